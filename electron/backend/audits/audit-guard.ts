import { AppError } from '../../../shared/result';
import type { AuditRow } from './audit-rows';

export const REVIEWED_LOCKED_MESSAGE =
  'This visit was reviewed by the lead and is locked: nothing in it can be changed or reopened.';

/** A reviewed visit is locked for good: every write to it is refused, reopening included. */
export function assertNotReviewed(row: Pick<AuditRow, 'review_status'>): void {
  if (row.review_status === 'reviewed') throw new AppError('AUDIT_COMPLETE', REVIEWED_LOCKED_MESSAGE);
}

/** The one refusal of writes to a complete (or reviewed) audit. */
export function assertAuditWritable(
  row: Pick<AuditRow, 'status' | 'review_status'>,
  message = 'This audit is complete and read-only. Reopen it to change it; the reopening is recorded.',
): void {
  assertNotReviewed(row);
  if (row.status === 'complete') throw new AppError('AUDIT_COMPLETE', message);
}
