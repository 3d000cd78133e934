import type { Db } from '../db/db-handle';
import { entryHash, type ChainedRow } from './entry-hash';
import { reconcileTrail } from './reconcile';
import { TRAIL_SYSTEM_REASONS } from '../../../shared/trail/trail-types';

/** Fields whose new value is the reason someone gave (reopen, review and return comments). */
const REASON_FIELDS = new Set(['reopened', 'reviewed', 'returned']);

/**
 * The migration step that turns the change log written before the trail into a chain: each audit's
 * rows in their order, photo entries given their photo's hash, reasons moved into their own column;
 * then values the log never recorded (sample data, removed photos) get entries that say so.
 */
export function chainExistingChanges(db: Db, at: Date): void {
  const audits = db.prepare('SELECT id FROM audits ORDER BY created_at').pluck().all() as string[];
  const rowsOf = db.prepare(
    'SELECT seq, audit_id, at, field, touchpoint_id, criterion_id, old_json, new_json, actor, device, reason, photo_sha256 FROM audit_changes WHERE audit_id = ? ORDER BY seq',
  );
  const photoSha = db.prepare('SELECT sha256 FROM evidence WHERE id = ?').pluck();
  const update = db.prepare(
    'UPDATE audit_changes SET reason = ?, photo_sha256 = ?, prev_hash = ?, hash = ? WHERE seq = ?',
  );
  for (const auditId of audits) {
    let prev: string | null = null;
    for (const raw of rowsOf.all(auditId) as (Omit<ChainedRow, 'prev_hash' | 'hash'> & { seq: number })[]) {
      const parsed = (json: string | null) => (json === null ? null : (JSON.parse(json) as unknown));
      const reason = raw.reason ?? (REASON_FIELDS.has(raw.field) ? String(parsed(raw.new_json) ?? '') : null);
      const photo =
        raw.photo_sha256 ??
        (raw.field === 'evidence'
          ? ((photoSha.get(String(parsed(raw.new_json))) as string | undefined) ?? null)
          : null);
      const content = { ...raw, reason, photo_sha256: photo, prev_hash: prev };
      const hash = entryHash(content);
      update.run(reason, photo, prev, hash, raw.seq);
      prev = hash;
    }
    reconcileTrail(db, auditId, at.toISOString(), TRAIL_SYSTEM_REASONS.introduced);
  }
}
