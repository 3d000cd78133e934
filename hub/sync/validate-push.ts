import { z } from 'zod';
import {
  recordEntryPath,
  recordKey,
  recordSchemas,
  type AnyRecord,
  type RecordKind,
} from '../../shared/exchange/package-format';
import type { PushedChange } from '../../shared/sync/hub-protocol';
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
    if (!parsed.success) refuse(`"${path}" does not follow the format: ${describe(parsed.error)}.`);
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

function describe(error: z.ZodError): string {
  const issue = error.issues[0]!;
  return `${issue.path.length ? issue.path.join('.') : 'the whole file'} ${issue.message}`;
}

function refuse(message: string): never {
  throw invalid(`${message} Nothing was imported.`);
}
