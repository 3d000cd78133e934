/**
 * Placeholder until the rule book's locks (shared/rules/locks.ts) land: then this file re-exports them.
 * The same words as the desktop app's audit guard.
 */
export interface LockState {
  status: string;
  review_status?: string | null;
}
export type AuditLock = 'reviewed' | 'complete';
export const LOCK_MESSAGES: Record<AuditLock, string> = {
  reviewed: 'This visit was reviewed by the lead and is locked: nothing in it can be changed or reopened.',
  complete: 'This audit is complete and read-only. Reopen it to change it; the reopening is recorded.',
};
export function auditLock(audit: LockState): AuditLock | null {
  if (audit.review_status === 'reviewed') return 'reviewed';
  if (audit.status === 'complete') return 'complete';
  return null;
}
