import type { PurgePlan } from '../../../shared/privacy/privacy-types';
import { TRAIL_SYSTEM_REASONS } from '../../../shared/trail/trail-types';
import type { Db } from '../db/db-handle';
import { appendTrailEntry } from '../trail/append-entry';
import type { AnyRecord, RecordKind } from '../../../shared/exchange/package-format';
import { PURGED_FIELDS, withoutPurgedDetails } from '../../../shared/privacy/purged-fields';
import { visitContent } from './purge-plan';
import { PURGED_TRAIL_TEXT_FIELDS } from '../../../shared/trail/purge-redaction';

export type PurgeReason = 'retention-purge' | 'shopper-erasure';

const SYSTEM_REASONS: string[] = Object.values(TRAIL_SYSTEM_REASONS);
type PurgedTable = 'audits' | 'answers' | 'touchpoint_records';
/** `a = '', b = ''` for the fields the purge empties in a table. */
const emptied = (kind: PurgedTable) => PURGED_FIELDS[kind]!.map((c) => `${c} = ''`).join(', ');
const holdsAny = (kind: PurgedTable) => PURGED_FIELDS[kind]!.map((c) => `${c} <> ''`).join(' OR ');

/**
 * Removes from each planned visit its shopper's name, its free text and its photos; scores,
 * answers, times and counts stay. Call inside one write transaction, after checking the plan's
 * token. The trail keeps its chain: earlier entries lose the text and the names they carried
 * (marked redacted, so Verify checks their links but no longer their content), and one entry per
 * removed value records the purge and its reason.
 */
export function applyPurge(db: Db, plan: PurgePlan, at: string, reason: PurgeReason): void {
  const placeholders = PURGED_TRAIL_TEXT_FIELDS.map(() => '?').join(', ');
  const redact = db.prepare(
    `UPDATE audit_changes
       SET actor = '', device = '', redacted_at = ?,
           old_json = CASE WHEN field IN (${placeholders}) THEN NULL ELSE old_json END,
           new_json = CASE WHEN field IN (${placeholders}) THEN NULL ELSE new_json END,
           reason = CASE WHEN reason IS NULL OR reason IN (${SYSTEM_REASONS.map(() => '?').join(', ')}) THEN reason ELSE '' END
     WHERE audit_id = ? AND redacted_at IS NULL`,
  );
  for (const visit of plan.visits) {
    const row = db
      .prepare('SELECT id, shopper, auditor, review_comment FROM audits WHERE id = ?')
      .get(visit.auditId) as {
      id: string;
      shopper: string;
      auditor: string;
      review_comment: string;
    };
    const content = visitContent(db, row);
    redact.run(at, ...PURGED_TRAIL_TEXT_FIELDS, ...PURGED_TRAIL_TEXT_FIELDS, ...SYSTEM_REASONS, row.id);
    const entry = (
      field: string,
      extra: { touchpointId?: string; criterionId?: string; oldValue?: unknown; photoSha256?: string },
    ) => appendTrailEntry(db, { auditId: row.id, at, field, reason, newValue: '', ...extra });

    for (const n of content.notes) entry('note', { touchpointId: n.touchpoint_id, criterionId: n.criterion_id });
    // Only answers with a note: an unchanged answer must not be marked for rescoring.
    db.prepare(`UPDATE answers SET ${emptied('answers')} WHERE audit_id = ? AND (${holdsAny('answers')})`).run(row.id);

    for (const r of content.records) entry(r.field, { touchpointId: r.touchpoint_id });
    db.prepare(`UPDATE touchpoint_records SET ${emptied('touchpoint_records')} WHERE audit_id = ?`).run(row.id);

    for (const p of content.photos) {
      db.prepare('DELETE FROM evidence WHERE id = ?').run(p.id);
      entry('evidence.removed', { touchpointId: p.touchpoint_id, oldValue: p.id, photoSha256: p.sha256 });
    }
    if (content.names) entry('visit.shopper', {});
    // Every purge leaves at least one entry of its own, at its time: what tells a redaction it made from a mere mark.
    if (content.reviewComment) entry('visit.reviewComment', {});
    db.prepare(`UPDATE audits SET ${emptied('audits')}, purged_at = ? WHERE id = ?`).run(at, row.id);
    forgetInConflicts(db, row.id);
  }
}

/** Both versions kept by conflicts of the visit (open or settled, from packages or the hub) lose the same details. */
function forgetInConflicts(db: Db, auditId: string): void {
  const rows = db
    .prepare('SELECT id, record_kind, local_json, incoming_json FROM exchange_conflicts WHERE audit_id = ?')
    .all(auditId) as { id: string; record_kind: RecordKind; local_json: string; incoming_json: string }[];
  // A photo's record holds no purged field (the photo itself is deleted with the evidence row).
  const scrub = (kind: RecordKind, json: string) => {
    const kept = withoutPurgedDetails(kind, JSON.parse(json) as AnyRecord);
    return kept ? JSON.stringify(kept) : json;
  };
  const update = db.prepare('UPDATE exchange_conflicts SET local_json = ?, incoming_json = ? WHERE id = ?');
  for (const r of rows) update.run(scrub(r.record_kind, r.local_json), scrub(r.record_kind, r.incoming_json), r.id);
}
