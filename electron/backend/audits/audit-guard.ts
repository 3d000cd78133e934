import { auditLock, LOCK_MESSAGES, type LockState } from '../../../shared/rules/locks';
import { AppError } from '../../../shared/result';

export const REVIEWED_LOCKED_MESSAGE = LOCK_MESSAGES.reviewed;

/** A reviewed visit is locked for good: every write to it is refused, reopening, deleting and moving its walk position included. */
export function assertNotReviewed(row: LockState): void {
  if (auditLock(row) === 'reviewed') throw new AppError('AUDIT_COMPLETE', REVIEWED_LOCKED_MESSAGE);
}

/** The one refusal of writes to a complete (or reviewed) audit: the rule book's lock, as an error. */
export function assertAuditWritable(row: LockState, message = LOCK_MESSAGES.complete): void {
  const lock = auditLock(row);
  if (lock === 'reviewed') throw new AppError('AUDIT_COMPLETE', REVIEWED_LOCKED_MESSAGE);
  if (lock === 'complete') throw new AppError('AUDIT_COMPLETE', message);
}
