import { z } from 'zod';
import {
  RECORD_KINDS,
  recordEntryPath,
  type PackageRecords,
  recordKey,
  recordSchemas,
  type AnyRecord,
  type RecordKind,
} from '../../shared/exchange/package-format';
import { inEnglish, reason, type Reason } from '../../shared/reasons/reason';
import { packageContentRefusals, type PackageSurroundings } from '../../shared/rules/package-rules';
import type { PushedChange } from '../../shared/sync/hub-protocol';
import { describeIssues, toFieldIssues } from '../../shared/validation';
import { invalid } from '../http/hub-error';

/**
 * Every pushed record is checked by the same schemas (and so the same limits) as a record in a
 * package, and refused with the same words; a push with one bad record is refused whole.
 * The rule book's cross-record checks (answer fits its scale, locks) run where the hub has the rows.
 */
export function checkPushedChanges(changes: PushedChange[]): void {
  const byKind = new Map<RecordKind, { change: PushedChange; index: number }[]>();
  for (const change of changes) {
    const list = byKind.get(change.kind) ?? [];
    list.push({ change, index: list.length });
    byKind.set(change.kind, list);
  }
  for (const [kind, list] of byKind) {
    const path = recordEntryPath(kind);
    const rows = list.filter((l) => !l.change.deleted).map((l) => l.change.row);
    const parsed = z.array(recordSchemas[kind]).safeParse(rows);
    if (!parsed.success) refuse(`"${path}" does not follow the format: ${describe(parsed.error, rows)}.`);
    for (const { change } of list) {
      if (change.deleted) continue;
      const key = recordKey(kind, change.row as AnyRecord);
      if (key !== change.key) refuse(`"${path}" holds a record under the key ${change.key} that is really ${key}.`);
    }
    const seen = new Set<string>();
    for (const { change } of list) {
      if (seen.has(change.key)) refuse(`"${path}" holds the same record twice (${change.key}).`);
      seen.add(change.key);
    }
  }
}

/** The first problem in the rule book's words, as the package import words it (read-package.ts). */
function describe(error: z.ZodError, raw: unknown): string {
  const issue = toFieldIssues(error, raw)[0]!;
  const words = describeIssues([issue]);
  return issue.field === '(input)' ? `the whole file ${words.slice('(input) '.length)}` : words;
}

function refuse(message: string, why?: Reason): never {
  throw invalid(`${message} Nothing was imported.`, why);
}

/**
 * The rule book's content checks (answers fit their scale, scopes, baselines, ids used once,
 * built-ins unaltered), exactly as the package import runs them, on the pushed records plus the
 * hub's copies of the visits they belong to. Refused whole, in the package import's words.
 */
export function checkPushedContent(changes: PushedChange[], hubAudits: AnyRecord[], around: PackageSurroundings): void {
  const records = Object.fromEntries(RECORD_KINDS.map((k) => [k, [] as AnyRecord[]])) as Record<
    RecordKind,
    AnyRecord[]
  >;
  for (const c of changes) if (!c.deleted && c.row) records[c.kind].push(c.row);
  const pushed = new Set(records.audits.map((a) => a.id));
  for (const a of hubAudits) if (!pushed.has(a.id)) records.audits.push(a);
  const refusals = packageContentRefusals(records as unknown as PackageRecords, around);
  if (refusals.length) {
    const why = refusals[0]!.reason;
    const whole =
      refusals.length > 1
        ? reason('breaksRulesMore', { why, more: refusals.length - 1 })
        : reason('breaksRules', { why });
    refuse(inEnglish(whole), whole);
  }
}
