import { createHash } from 'node:crypto';
import fs from 'node:fs';
import {
  HASH_EXCLUDED,
  recordColumns,
  recordKey,
  type AnyRecord,
  type RecordKind,
} from '../../../shared/exchange/package-format';
import type { BackendContext } from '../context';
import { statement } from '../db/statements';
import { outlineJsonOf } from '../templates/stored-definition';
import { canonicalJson } from '../../../shared/canonical-json';

export { canonicalJson };

/** An answer is known by its audit, touchpoint and criterion; its UUID may differ between two databases that answered it separately. */
const skipInHash = (kind: RecordKind, column: string) =>
  HASH_EXCLUDED.has(column) || (kind === 'answers' && column === 'id');

/** SHA-256 of the record's exchanged fields (not its update time), as canonical JSON. */
export function recordHash(kind: RecordKind, row: AnyRecord): string {
  const picked: Record<string, unknown> = {};
  for (const c of recordColumns[kind]) if (!skipInHash(kind, c)) picked[c] = row[c] ?? null;
  return createHash('sha256').update(canonicalJson(picked)).digest('hex');
}

const KEY_COLUMNS: Partial<Record<RecordKind, string[]>> = {
  answers: ['audit_id', 'touchpoint_id', 'criterion_id'],
  touchpoint_records: ['audit_id', 'touchpoint_id'],
  visit_timestamps: ['audit_id', 'moment'],
  audit_metrics: ['audit_id'],
};
export const keyColumns = (kind: RecordKind) => KEY_COLUMNS[kind] ?? ['id'];

/** Only the kind's own columns, in its order. */
export function pick(kind: RecordKind, row: Record<string, unknown>): AnyRecord {
  const out: AnyRecord = {};
  for (const c of recordColumns[kind]) out[c] = (row[c] ?? null) as string | number | null;
  return out;
}

export function selectLocal(ctx: BackendContext, kind: RecordKind, row: AnyRecord): AnyRecord | undefined {
  const keys = keyColumns(kind);
  const found = statement(
    ctx.db,
    `SELECT ${recordColumns[kind].join(', ')} FROM ${kind} WHERE ${keys.map((k) => `${k} = ?`).join(' AND ')}`,
  ).get(...keys.map((k) => row[k])) as AnyRecord | undefined;
  return found;
}

export function insertRecord(
  ctx: BackendContext,
  kind: RecordKind,
  row: AnyRecord,
  extra: Record<string, string | number | null> = {},
): void {
  const local = { ...extra, ...derivedColumns(kind, row) };
  const cols = [...recordColumns[kind], ...Object.keys(local)];
  statement(ctx.db, `INSERT INTO ${kind} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`).run(
    ...recordColumns[kind].map((c) => row[c] ?? null),
    ...Object.values(local),
  );
}

/** Columns kept beside a record's exchanged ones and worked out from them: a template version's outline. */
function derivedColumns(kind: RecordKind, row: AnyRecord): Record<string, string> {
  return kind === 'template_versions' ? { outline_json: outlineJsonOf(String(row.definition_json)) } : {};
}

/** Replaces the exchanged fields of the local record; its key (and an answer's local UUID) stays. */
export function updateRecord(ctx: BackendContext, kind: RecordKind, row: AnyRecord): void {
  const keys = keyColumns(kind);
  const cols = recordColumns[kind].filter((c) => !keys.includes(c) && c !== 'id');
  if (cols.length === 0) return;
  const derived = derivedColumns(kind, row);
  const set = [...cols, ...Object.keys(derived)];
  ctx.db
    .prepare(
      `UPDATE ${kind} SET ${set.map((c) => `${c} = ?`).join(', ')} WHERE ${keys.map((k) => `${k} = ?`).join(' AND ')}`,
    )
    .run(...cols.map((c) => row[c] ?? null), ...Object.values(derived), ...keys.map((k) => row[k]));
}

export function getBase(ctx: BackendContext, kind: RecordKind, key: string): string | undefined {
  const row = statement(ctx.db, 'SELECT base_hash FROM exchange_state WHERE record_kind = ? AND record_id = ?').get(
    kind,
    key,
  ) as { base_hash: string } | undefined;
  return row?.base_hash;
}

/** Records the hash a record had when it travelled; writes nothing when it is already recorded. */
export function setBase(ctx: BackendContext, kind: RecordKind, key: string, hash: string, at: string): boolean {
  if (getBase(ctx, kind, key) === hash) return false;
  statement(
    ctx.db,
    `INSERT INTO exchange_state (record_kind, record_id, base_hash, exchanged_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (record_kind, record_id) DO UPDATE SET base_hash = excluded.base_hash, exchanged_at = excluded.exchanged_at`,
  ).run(kind, key, hash, at);
  return true;
}

export { recordKey };

export { displayPath, evidenceDir, EXT_BY_MIME, originalPath } from '../evidence/photo-files';
export const exists = (file: string) => fs.existsSync(file);

/** A short human label for a record in the conflict list. */
export function recordLabel(kind: RecordKind, row: AnyRecord): string {
  switch (kind) {
    case 'answers':
      return `${row.touchpoint_id} / ${row.criterion_id}`;
    case 'touchpoint_records':
      return String(row.touchpoint_id);
    case 'visit_timestamps':
      return String(row.moment);
    case 'audit_metrics':
      return 'metrics';
    case 'audits':
    case 'actions':
      return String(row.title);
    default:
      return String(row.name ?? row.id ?? '');
  }
}

export function differences(
  kind: RecordKind,
  local: AnyRecord | null,
  incoming: AnyRecord,
): { field: string; local: unknown; incoming: unknown }[] {
  const out: { field: string; local: unknown; incoming: unknown }[] = [];
  for (const c of recordColumns[kind]) {
    if (skipInHash(kind, c)) continue;
    const l = local ? (local[c] ?? null) : null;
    const i = incoming[c] ?? null;
    if (l !== i) out.push({ field: c, local: l, incoming: i });
  }
  return out;
}
