import { HASH_EXCLUDED, recordColumns, type AnyRecord, type RecordKind } from '../exchange/package-format';

/** Fields that take part in a merge: the exchanged ones, minus update times and an answer's local UUID. */
export function mergedFields(kind: RecordKind): string[] {
  return recordColumns[kind].filter((c) => !HASH_EXCLUDED.has(c) && !(kind === 'answers' && c === 'id'));
}

export interface FieldMerge {
  /** The record after the merge: "theirs" with every field only "mine" changed. */
  merged: AnyRecord;
  /** Fields changed on both sides to different values: "theirs" is kept in `merged`. */
  conflicts: string[];
  /** Whether `merged` differs from "theirs" in a field that matters. */
  changed: boolean;
}

const same = (a: unknown, b: unknown) => (a ?? null) === (b ?? null);

/**
 * Three-way merge of one record, field by field. `base` is the version both sides last agreed on
 * (null when "mine" never travelled); `theirs` is the other side's current version (null when it has
 * none). A field changed only on one side takes that side's value; the same field changed on both
 * sides to different values is a conflict, and "theirs" stays until a person settles it.
 */
export function mergeFields(
  kind: RecordKind,
  base: AnyRecord | null,
  mine: AnyRecord,
  theirs: AnyRecord | null,
): FieldMerge {
  if (!theirs) return { merged: { ...mine }, conflicts: [], changed: true };
  const merged: AnyRecord = { ...theirs };
  const conflicts: string[] = [];
  let changed = false;
  for (const f of mergedFields(kind)) {
    const m = mine[f] ?? null;
    const t = theirs[f] ?? null;
    if (same(m, t)) continue;
    const b = base ? (base[f] ?? null) : undefined;
    if (base && same(m, b)) continue; // only theirs changed
    if (base && same(t, b)) {
      merged[f] = m; // only mine changed
      changed = true;
      continue;
    }
    conflicts.push(f);
  }
  // The newer update time travels with the merged record.
  for (const f of recordColumns[kind])
    if (HASH_EXCLUDED.has(f) && String(mine[f] ?? '') > String(merged[f] ?? '')) merged[f] = mine[f] ?? null;
  return { merged, conflicts, changed };
}
