import type { Client } from '../../../shared/domain/client';
import { AppError } from '../../../shared/result';
import type { BackendContext } from '../context';

/** The clients read model: the clients handlers, the report and the data export read a client here. */
export interface ClientRow {
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

export function getClient(ctx: BackendContext, id: string): Client {
  const row = ctx.db.prepare('SELECT * FROM clients WHERE id = ?').get(id) as ClientRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', `No client with id ${id}. It may have been deleted.`);
  return toClient(row);
}

/** By name; archived clients (when asked for) after the active ones. */
export function listClients(ctx: BackendContext, includeArchived: boolean): Client[] {
  const sql = includeArchived
    ? 'SELECT * FROM clients ORDER BY archived_at IS NOT NULL, name COLLATE NOCASE'
    : 'SELECT * FROM clients WHERE archived_at IS NULL ORDER BY name COLLATE NOCASE';
  return (ctx.db.prepare(sql).all() as ClientRow[]).map(toClient);
}
