import type { ParsedInput } from '../../../shared/contract';
import type { Client } from '../../../shared/domain/client';
import { AppError } from '../../../shared/result';
import type { BackendContext } from '../context';
import { write } from '../db/write';

interface ClientRow {
  id: string;
  name: string;
  sector: string;
  country: string;
  notes: string;
  contact_name: string;
  contact_email: string;
  contact_phone: string;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
}

const toClient = (r: ClientRow): Client => ({
  id: r.id,
  name: r.name,
  sector: r.sector,
  country: r.country,
  notes: r.notes,
  contactName: r.contact_name,
  contactEmail: r.contact_email,
  contactPhone: r.contact_phone,
  archived: r.archived_at !== null,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const COLUMN: Record<keyof ParsedInput<'clients.update'>['changes'], keyof ClientRow> = {
  name: 'name',
  sector: 'sector',
  country: 'country',
  notes: 'notes',
  contactName: 'contact_name',
  contactEmail: 'contact_email',
  contactPhone: 'contact_phone',
};

function getClient(ctx: BackendContext, id: string): Client {
  const row = ctx.db.prepare('SELECT * FROM clients WHERE id = ?').get(id) as ClientRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', `No client with id ${id}. It may have been deleted.`);
  return toClient(row);
}

export const clientHandlers = {
  'clients.list'(input: ParsedInput<'clients.list'>, ctx: BackendContext): Client[] {
    const sql = input.includeArchived
      ? 'SELECT * FROM clients ORDER BY archived_at IS NOT NULL, name COLLATE NOCASE'
      : 'SELECT * FROM clients WHERE archived_at IS NULL ORDER BY name COLLATE NOCASE';
    return (ctx.db.prepare(sql).all() as ClientRow[]).map(toClient);
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
