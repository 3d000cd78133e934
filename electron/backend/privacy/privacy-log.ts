import type { PrivacyLogEntry } from '../../../shared/privacy/privacy-types';
import type { Db } from '../db/db-handle';

/**
 * The privacy log outlives what it records: it has no foreign keys, so neither a purge nor the
 * deletion of a client removes it, and it holds counts only, never the purged content.
 */
export function logPrivacyEvent(db: Db, entry: PrivacyLogEntry): void {
  db.prepare('INSERT INTO privacy_log (id, kind, client_id, summary_json, actor, at) VALUES (?, ?, ?, ?, ?, ?)').run(
    entry.id,
    entry.kind,
    entry.clientId,
    JSON.stringify(entry.summary),
    entry.actor,
    entry.at,
  );
}

export function readPrivacyLog(db: Db, clientId?: string): PrivacyLogEntry[] {
  const rows = (
    clientId
      ? db.prepare('SELECT * FROM privacy_log WHERE client_id = ? ORDER BY at DESC, id').all(clientId)
      : db.prepare('SELECT * FROM privacy_log ORDER BY at DESC, id').all()
  ) as {
    id: string;
    kind: PrivacyLogEntry['kind'];
    client_id: string | null;
    summary_json: string;
    actor: string;
    at: string;
  }[];
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    clientId: r.client_id,
    summary: JSON.parse(r.summary_json) as PrivacyLogEntry['summary'],
    actor: r.actor,
    at: r.at,
  }));
}
