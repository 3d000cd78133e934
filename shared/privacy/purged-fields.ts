import type { AnyRecord, RecordKind } from '../exchange/package-format';

/**
 * What a privacy purge removes from a visit, kind by kind, in exchanged columns: these fields are
 * emptied (names and free text; scores, answers, times and counts stay) and every photo is deleted.
 * The purge writes by this list and the team sync keeps a purged visit to it.
 */
export const PURGED_FIELDS: Partial<Record<RecordKind, readonly string[]>> = {
  audits: ['shopper', 'auditor', 'review_comment'],
  answers: ['note'],
  touchpoint_records: ['pain_points', 'worked', 'recommendation'],
};

/** Records a purge deletes outright. */
export const PURGED_KINDS: ReadonlySet<RecordKind> = new Set(['evidence']);

/** A record of a purged visit as the purge leaves it: null when the purge deletes it, else with its purged fields empty. */
export function withoutPurgedDetails(kind: RecordKind, row: AnyRecord): AnyRecord | null {
  if (PURGED_KINDS.has(kind)) return null;
  const fields = PURGED_FIELDS[kind];
  if (!fields) return row;
  const out = { ...row };
  for (const f of fields) out[f] = '';
  return out;
}
