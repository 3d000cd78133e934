import type { ParsedInput } from '../../../shared/contract';
import type { Client } from '../../../shared/domain/client';
import { AppError } from '../../../shared/result';
import type { BackendContext } from '../context';
import { write } from '../db/write';
import { getClient, listClients, type ClientRow } from '../queries/clients';

const COLUMN: Record<keyof ParsedInput<'clients.update'>['changes'], keyof ClientRow> = {
  name: 'name',
  sector: 'sector',
  country: 'country',
  notes: 'notes',
  contactName: 'contact_name',
  contactEmail: 'contact_email',
  contactPhone: 'contact_phone',
};

export const clientHandlers = {
  'clients.list'(input: ParsedInput<'clients.list'>, ctx: BackendContext): Client[] {
    return listClients(ctx, input.includeArchived ?? false);
  },

  'clients.get'(input: ParsedInput<'clients.get'>, ctx: BackendContext): Client {
    return getClient(ctx, input.id);
  },

  'clients.create'(input: ParsedInput<'clients.create'>, ctx: BackendContext): Client {
    const id = ctx.newId();
    const at = ctx.now().toISOString();
    write(ctx.db, () => {
      ctx.db
        .prepare(
          `INSERT INTO clients (id, name, sector, country, notes, contact_name, contact_email, contact_phone, archived_at, created_at, updated_at)
           VALUES (@id, @name, @sector, @country, @notes, @contactName, @contactEmail, @contactPhone, NULL, @at, @at)`,
        )
        .run({ ...input, id, at });
    });
    ctx.emit('clients.changed', { id, change: 'created' });
    return getClient(ctx, id);
  },

  'clients.update'(input: ParsedInput<'clients.update'>, ctx: BackendContext): Client {
    const entries = Object.entries(input.changes).filter(([, v]) => v !== undefined) as [keyof typeof COLUMN, string][];
    write(ctx.db, () => {
      getClient(ctx, input.id);
      if (!entries.length) return;
      const sets = entries.map(([k]) => `${COLUMN[k]} = ?`).join(', ');
      ctx.db
        .prepare(`UPDATE clients SET ${sets}, updated_at = ? WHERE id = ?`)
        .run(...entries.map(([, v]) => v), ctx.now().toISOString(), input.id);
    });
    ctx.emit('clients.changed', { id: input.id, change: 'updated' });
    return getClient(ctx, input.id);
  },

  'clients.setArchived'(input: ParsedInput<'clients.setArchived'>, ctx: BackendContext): Client {
    const at = ctx.now().toISOString();
    write(ctx.db, () => {
      getClient(ctx, input.id);
      ctx.db
        .prepare('UPDATE clients SET archived_at = ?, updated_at = ? WHERE id = ?')
        .run(input.archived ? at : null, at, input.id);
    });
    ctx.emit('clients.changed', { id: input.id, change: 'updated' });
    return getClient(ctx, input.id);
  },

  'clients.delete'(input: ParsedInput<'clients.delete'>, ctx: BackendContext): { id: string } {
    write(ctx.db, () => {
      const { changes } = ctx.db.prepare('DELETE FROM clients WHERE id = ?').run(input.id);
      if (changes === 0)
        throw new AppError('NOT_FOUND', `No client with id ${input.id}. It may have been deleted already.`);
    });
    ctx.emit('clients.changed', { id: input.id, change: 'deleted' });
    return { id: input.id };
  },
};
