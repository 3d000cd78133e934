import type { BackendContext } from '../context';

/**
 * One site registry for walkthroughs and visits: a site typed by name is the client's registry
 * site of that name (trimmed, case-insensitive, as the site-registry migration matched them), created on first
 * use. The audit keeps the registry id and shows the registry's spelling.
 */
export function siteForName(
  ctx: BackendContext,
  clientId: string,
  name: string,
  at: string,
): { id: string; name: string } | null {
  const trimmed = name.trim();
  if (trimmed === '') return null;
  const found = ctx.db
    .prepare(
      'SELECT id, name FROM sites WHERE client_id = ? AND lower(trim(name)) = lower(?) ORDER BY created_at, id LIMIT 1',
    )
    .get(clientId, trimmed) as { id: string; name: string } | undefined;
  if (found) return found;
  const id = ctx.newId();
  ctx.db
    .prepare(
      "INSERT INTO sites (id, client_id, name, address, region, created_at, updated_at) VALUES (?, ?, ?, '', '', ?, ?)",
    )
    .run(id, clientId, trimmed, at, at);
  return { id, name: trimmed };
}
