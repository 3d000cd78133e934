import { isReason, type Reason } from '../../../shared/reasons/reason';
import type { TeamRole } from '../../../shared/sync/hub-protocol';
import type { BackendContext } from '../context';

/** This laptop's membership of a team hub, as stored in hub_link (one row at most). */
export interface TeamLink {
  origin: string;
  token: string;
  device_id: string;
  device_name: string;
  team_id: string;
  team_name: string;
  person_id: string;
  person_name: string;
  role: TeamRole;
  cursor: number;
  joined_at: string;
  last_sync_at: string | null;
  last_error: string | null;
}

export function readLink(ctx: BackendContext): TeamLink | null {
  return (ctx.db.prepare('SELECT * FROM hub_link WHERE id = 1').get() as TeamLink | undefined) ?? null;
}

export function saveLink(ctx: BackendContext, link: TeamLink): void {
  const cols = Object.keys(link) as (keyof TeamLink)[];
  ctx.db
    .prepare(`INSERT OR REPLACE INTO hub_link (id, ${cols.join(', ')}) VALUES (1, ${cols.map(() => '?').join(', ')})`)
    .run(...cols.map((c) => link[c]));
}

export function updateLink(
  ctx: BackendContext,
  changes: Partial<Pick<TeamLink, 'cursor' | 'last_sync_at' | 'last_error'>>,
): void {
  const cols = Object.keys(changes) as (keyof typeof changes)[];
  if (cols.length === 0) return;
  ctx.db
    .prepare(`UPDATE hub_link SET ${cols.map((c) => `${c} = ?`).join(', ')} WHERE id = 1`)
    .run(...cols.map((c) => changes[c]));
}

/** Leaving forgets the hub entirely: the token, the cursor and every record's synced version. */
export function forgetLink(ctx: BackendContext): void {
  ctx.db.prepare('DELETE FROM hub_link').run();
  ctx.db.prepare('DELETE FROM hub_base').run();
}

/** Where conflicts that came through the hub say they came from. */
export const HUB_CONFLICT_SOURCE = 'Team hub';

/**
 * Only the hub the user configured, and only its own paths: every request the sync makes is
 * checked against the stored origin, so nothing in the data can send the app elsewhere.
 */
export function isHubRequest(url: string, origin: string): boolean {
  try {
    const u = new URL(url);
    return u.origin === new URL(origin).origin && u.pathname.startsWith('/v1/') && !u.username && !u.password;
  } catch {
    return false;
  }
}

/** A hub address as typed: https anywhere, plain http only to this computer. */
export function normaliseHubOrigin(text: string): string | null {
  let u: URL;
  try {
    u = new URL(text.trim());
  } catch {
    return null;
  }
  if (u.username || u.password || u.search || u.hash) return null;
  const loopback = u.hostname === '127.0.0.1' || u.hostname === 'localhost' || u.hostname === '[::1]';
  if (u.protocol !== 'https:' && !(u.protocol === 'http:' && loopback)) return null;
  return u.origin;
}

/**
 * The last sync problem as stored in hub_link.last_error: plain English, or (for a refusal the
 * screen can translate) JSON with the English and the reason.
 */
export function encodeProblem(message: string, reason?: Reason): string {
  return reason ? JSON.stringify({ message, reason }) : message;
}

export function decodeProblem(stored: string): { message: string; reason: Reason | null } {
  if (stored.startsWith('{')) {
    try {
      const parsed = JSON.parse(stored) as { message?: unknown; reason?: unknown };
      if (typeof parsed.message === 'string')
        return { message: parsed.message, reason: isReason(parsed.reason) ? parsed.reason : null };
    } catch {
      // Not ours: shown as it is.
    }
  }
  return { message: stored, reason: null };
}
