/**
 * Locks. A complete audit is read-only until it is reopened (the reopening is recorded); a visit
 * the lead reviewed is locked for good. A locked audit accepts no write of any kind: answers,
 * notes, records, evidence, metrics, visit fields, its walk position once reviewed, deletion once
 * reviewed, and nothing through a package import or a conflict resolution either.
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

/** Why an audit accepts no writes (reviewed wins over complete), or null when it is open. */
export function auditLock(audit: LockState): AuditLock | null {
  if (audit.review_status === 'reviewed') return 'reviewed';
  if (audit.status === 'complete') return 'complete';
  return null;
}
