import type { PrivacyChanges } from '../../../shared/privacy/privacy-changes';
import type { ClientPrivacy } from '../../../shared/privacy/privacy-types';
import type { Db } from '../db/db-handle';

interface PrivacyRow {
  client_id: string;
  staff_informed: 'yes' | 'no' | null;
  staff_informed_on: string | null;
  staff_informed_note: string;
  retention_months: number | null;
  updated_at: string;
}

const COLUMN = {
  staffInformed: 'staff_informed',
  staffInformedOn: 'staff_informed_on',
  staffInformedNote: 'staff_informed_note',
  retentionMonths: 'retention_months',
} as const;

/** A client's privacy settings; a client never set up has nothing recorded and keeps visits for good. */
export function readClientPrivacy(db: Db, clientId: string): ClientPrivacy {
  const row = db.prepare('SELECT * FROM client_privacy WHERE client_id = ?').get(clientId) as PrivacyRow | undefined;
  return {
    clientId,
    staffInformed: row?.staff_informed ?? null,
    staffInformedOn: row?.staff_informed_on ?? null,
    staffInformedNote: row?.staff_informed_note ?? '',
    retentionMonths: row?.retention_months ?? null,
    updatedAt: row?.updated_at ?? null,
  };
}

/** Writes only the fields given; call inside a write transaction. */
export function writeClientPrivacy(db: Db, clientId: string, changes: PrivacyChanges, at: string): ClientPrivacy {
  db.prepare('INSERT INTO client_privacy (client_id, updated_at) VALUES (?, ?) ON CONFLICT (client_id) DO NOTHING').run(
    clientId,
    at,
  );
  for (const [field, column] of Object.entries(COLUMN) as [keyof typeof COLUMN, string][]) {
    if (changes[field] === undefined) continue;
    db.prepare(`UPDATE client_privacy SET ${column} = ?, updated_at = ? WHERE client_id = ?`).run(
      changes[field],
      at,
      clientId,
    );
  }
  return readClientPrivacy(db, clientId);
}
