import type { Db } from '../db/db-handle';
import { appendTrailEntry } from './append-entry';
import { readAuditState, readChain, stateDifferences } from './trail-state';

/**
 * Appends one entry for every value the audit holds that its trail does not account for, with the
 * reason why (the trail being introduced, sample data, an import). Written by the app in the open:
 * the entries say so, so Verify stays meaningful for everything after them.
 */
export function reconcileTrail(db: Db, auditId: string, at: string, reason: string): number {
  const diffs = stateDifferences(readChain(db, auditId), readAuditState(db, auditId));
  for (const { key, from, to } of diffs) {
    const base = { auditId, at, reason, touchpointId: key.touchpointId, criterionId: key.criterionId };
    if (key.field === 'evidence') {
      if (to === null)
        appendTrailEntry(db, {
          ...base,
          touchpointId: null,
          criterionId: null,
          field: 'evidence.removed',
          oldValue: key.criterionId,
          photoSha256: from as string,
        });
      else
        appendTrailEntry(db, {
          ...base,
          touchpointId: null,
          criterionId: null,
          field: 'evidence',
          newValue: key.criterionId,
          photoSha256: to as string,
        });
    } else if (key.field === 'redaction')
      appendTrailEntry(db, {
        ...base,
        field: 'evidence.markup',
        touchpointId: null,
        photoSha256: (to as string | null) ?? null,
      });
    else if (key.field === 'stamp')
      appendTrailEntry(db, {
        ...base,
        touchpointId: null,
        criterionId: null,
        field: `stamp.${key.criterionId}`,
        oldValue: from,
        newValue: to,
      });
    else if (key.field === 'status')
      appendTrailEntry(db, {
        ...base,
        field: to === 'complete' ? 'completed' : 'reopened',
        oldValue: from,
        newValue: to,
      });
    else appendTrailEntry(db, { ...base, field: key.field, oldValue: from, newValue: to });
  }
  return diffs.length;
}
