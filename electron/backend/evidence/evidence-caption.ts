import { AppError } from '../../../shared/result';
import { assertAuditWritable } from '../audits/audit-guard';
import type { AuditRow } from '../audits/audit-row';
import { getAuditRow } from '../audits/audit-rows';
import type { BackendContext } from '../context';
import { appendTrailEntry } from '../trail/append-entry';

/**
 * The one place a photo's caption is written (evidence.caption: searchable, printed under the photo,
 * in the trail). The walk's caption follows the audit's lock; the report's caption is editorial and
 * may be written after completion, so its caller passes no lock message. Call inside a write transaction.
 */
export function writeCaption(
  ctx: BackendContext,
  evidenceId: string,
  caption: string,
  lockMessage: string | null,
): AuditRow {
  const photo = ctx.db.prepare('SELECT audit_id, touchpoint_id, caption FROM evidence WHERE id = ?').get(evidenceId) as
    { audit_id: string; touchpoint_id: string; caption: string } | undefined;
  if (!photo) throw new AppError('NOT_FOUND', 'That photo no longer exists. Nothing was saved.');
  const audit = getAuditRow(ctx, photo.audit_id);
  if (lockMessage !== null) assertAuditWritable(audit, lockMessage);
  if (photo.caption === caption) return audit;
  ctx.db.prepare('UPDATE evidence SET caption = ? WHERE id = ?').run(caption, evidenceId);
  appendTrailEntry(ctx.db, {
    auditId: photo.audit_id,
    at: ctx.now().toISOString(),
    field: 'caption',
    touchpointId: photo.touchpoint_id,
    criterionId: evidenceId,
    oldValue: photo.caption,
    newValue: caption,
  });
  return audit;
}
