import type { TrailProblem } from '../../../shared/trail/trail-types';
import type { Db } from '../db/db-handle';
import { statement } from '../db/statements';
import { canonicalJson } from '../../../shared/canonical-json';
import type { ChainedRow } from './entry-hash';

/** What an audit holds now, in the shape both the database and a package can give. */
export interface AuditState {
  status: string;
  answers: { touchpoint_id: string; criterion_id: string; value_json: string | null; note: string }[];
  records: {
    touchpoint_id: string;
    emotion: number | null;
    pain_points: string;
    worked: string;
    recommendation: string;
  }[];
  /**
   * redacted_sha256: the derived copy's hash (null: none). Undefined where it cannot be known (a
   * package carries only the copy that left), so the redaction is then not compared.
   */
  evidence: { id: string; sha256: string; redacted_sha256?: string | null }[];
  stamps: { moment: string; at: string }[];
}

const RECORD_FIELDS = {
  emotion: 'emotion',
  painPoints: 'pain_points',
  worked: 'worked',
  recommendation: 'recommendation',
} as const;
type RecordField = keyof typeof RECORD_FIELDS;
const isRecordField = (f: string): f is RecordField => f in RECORD_FIELDS;

/** Values that mean "nothing here": an empty note and a missing note are the same state. */
const EMPTY = new Set([canonicalJson(null), canonicalJson('')]);
const norm = (value: unknown) => {
  const c = canonicalJson(value ?? null);
  return EMPTY.has(c) ? '' : c;
};
const parse = (json: string | null): unknown => (json === null ? null : (JSON.parse(json) as unknown));

export interface StateKey {
  field: string;
  touchpointId: string | null;
  criterionId: string | null;
}
export const keyOf = (k: StateKey) => `${k.field}|${k.touchpointId ?? ''}|${k.criterionId ?? ''}`;

/** The audit's state as a map of key → normalised value; empty values are left out. */
export function stateMap(state: AuditState): Map<string, { key: StateKey; value: string }> {
  const out = new Map<string, { key: StateKey; value: string }>();
  const put = (key: StateKey, value: unknown) => {
    const v = norm(value);
    if (v !== '') out.set(keyOf(key), { key, value: v });
  };
  for (const a of state.answers) {
    put({ field: 'answer', touchpointId: a.touchpoint_id, criterionId: a.criterion_id }, parse(a.value_json));
    put({ field: 'note', touchpointId: a.touchpoint_id, criterionId: a.criterion_id }, a.note);
  }
  for (const r of state.records)
    for (const [field, column] of Object.entries(RECORD_FIELDS) as [RecordField, keyof typeof r][])
      put({ field, touchpointId: r.touchpoint_id, criterionId: null }, r[column]);
  for (const e of state.evidence) {
    put({ field: 'evidence', touchpointId: null, criterionId: e.id }, e.sha256);
    if (e.redacted_sha256) put({ field: 'redaction', touchpointId: null, criterionId: e.id }, e.redacted_sha256);
  }
  for (const s of state.stamps) put({ field: 'stamp', touchpointId: null, criterionId: s.moment }, s.at);
  if (state.status === 'complete') put({ field: 'status', touchpointId: null, criterionId: null }, 'complete');
  return out;
}

/** The state key an entry writes and the value it leaves there, or null for entries that set no checked value. */
export function entryEffect(row: ChainedRow): { key: StateKey; value: string } | null {
  if (row.field === 'answer' || row.field === 'note' || isRecordField(row.field))
    return {
      key: { field: row.field, touchpointId: row.touchpoint_id, criterionId: row.criterion_id },
      value: norm(parse(row.new_json)),
    };
  if (row.field === 'evidence')
    return {
      key: { field: 'evidence', touchpointId: null, criterionId: String(parse(row.new_json)) },
      value: norm(row.photo_sha256),
    };
  if (row.field === 'evidence.markup')
    return {
      key: { field: 'redaction', touchpointId: null, criterionId: row.criterion_id },
      value: norm(row.photo_sha256),
    };
  if (row.field === 'evidence.removed')
    return { key: { field: 'evidence', touchpointId: null, criterionId: String(parse(row.old_json)) }, value: '' };
  if (row.field.startsWith('stamp.'))
    return {
      key: { field: 'stamp', touchpointId: null, criterionId: row.field.slice('stamp.'.length) },
      value: norm(parse(row.new_json)),
    };
  if (row.field === 'completed' || row.field === 'reopened')
    return {
      key: { field: 'status', touchpointId: null, criterionId: null },
      value: row.field === 'completed' ? norm('complete') : '',
    };
  return null;
}

/** Where the trail's entries leave each value: key → the value and the 1-based index of the last entry that wrote it. */
export function trailMap(rows: ChainedRow[]): Map<string, { key: StateKey; value: string; index: number }> {
  const out = new Map<string, { key: StateKey; value: string; index: number }>();
  rows.forEach((row, i) => {
    const effect = entryEffect(row);
    if (effect) out.set(keyOf(effect.key), { ...effect, index: i + 1 });
  });
  return out;
}

/** Every value the audit holds that its trail did not leave there, named by the entry at fault. */
export function compareState(rows: ChainedRow[], state: AuditState): TrailProblem[] {
  const trail = trailMap(rows);
  const now = stateMap(state);
  const unknownRedaction = new Set(state.evidence.filter((e) => e.redacted_sha256 === undefined).map((e) => e.id));
  const problems: TrailProblem[] = [];
  for (const [k, t] of trail) {
    const held = now.get(k)?.value ?? '';
    if (held === t.value || standsInForOriginal(t.key, held, trail, unknownRedaction)) continue;
    problems.push({ kind: 'state-differs', entryIndex: t.index, at: rows[t.index - 1]!.at, ...t.key });
  }
  for (const [k, v] of now)
    if (!trail.has(k)) problems.push({ kind: 'not-in-trail', entryIndex: null, at: null, ...v.key });
  return problems;
}

/**
 * Where only the derived copy travelled (a package, or an audit imported from one), the photo is
 * held as that copy: the evidence value is the redaction entry's hash, and the redaction itself
 * cannot be seen. Both are what the trail says, not a change.
 */
function standsInForOriginal(
  key: StateKey,
  held: string,
  trail: Map<string, { key: StateKey; value: string; index: number }>,
  unknownRedaction: Set<string>,
): boolean {
  if (key.field === 'evidence') {
    const redaction = trail.get(keyOf({ field: 'redaction', touchpointId: null, criterionId: key.criterionId }));
    return !!redaction && redaction.value !== '' && held === redaction.value;
  }
  if (key.field === 'redaction') return unknownRedaction.has(key.criterionId!);
  return false;
}

/** The differences between the trail and the audit, as entries to append (old = what the trail says, new = what is held). */
export function stateDifferences(
  rows: ChainedRow[],
  state: AuditState,
): { key: StateKey; from: unknown; to: unknown }[] {
  const trail = trailMap(rows);
  const now = stateMap(state);
  const value = (v: string | undefined) => (v === undefined || v === '' ? null : (JSON.parse(v) as unknown));
  const out: { key: StateKey; from: unknown; to: unknown }[] = [];
  const keys = new Set([...trail.keys(), ...now.keys()]);
  for (const k of keys) {
    const t = trail.get(k)?.value ?? '';
    const n = now.get(k)?.value ?? '';
    if (t !== n) out.push({ key: (trail.get(k) ?? now.get(k))!.key, from: value(t), to: value(n) });
  }
  return out;
}

export function readAuditState(db: Db, auditId: string): AuditState {
  return {
    status: db.prepare('SELECT status FROM audits WHERE id = ?').pluck().get(auditId) as string,
    answers: statement(db, 'SELECT touchpoint_id, criterion_id, value_json, note FROM answers WHERE audit_id = ?').all(
      auditId,
    ) as AuditState['answers'],
    records: statement(
      db,
      'SELECT touchpoint_id, emotion, pain_points, worked, recommendation FROM touchpoint_records WHERE audit_id = ?',
    ).all(auditId) as AuditState['records'],
    // Migration 6 reconciles before migration 14 added the derived copy: no column, no redaction yet.
    evidence: db
      .prepare(
        db.prepare("SELECT 1 FROM pragma_table_info('evidence') WHERE name = 'redacted_sha256'").get()
          ? 'SELECT id, sha256, redacted_sha256 FROM evidence WHERE audit_id = ?'
          : 'SELECT id, sha256, NULL AS redacted_sha256 FROM evidence WHERE audit_id = ?',
      )
      .all(auditId) as AuditState['evidence'],
    stamps: statement(db, 'SELECT moment, at FROM visit_timestamps WHERE audit_id = ?').all(
      auditId,
    ) as AuditState['stamps'],
  };
}

export function readChain(db: Db, auditId: string): (ChainedRow & { seq: number; undone: number })[] {
  return statement(
    db,
    `SELECT seq, undone, audit_id, at, field, touchpoint_id, criterion_id, old_json, new_json, actor, device, reason,
     photo_sha256, prev_hash, hash FROM audit_changes WHERE audit_id = ? ORDER BY seq`,
  ).all(auditId) as (ChainedRow & { seq: number; undone: number })[];
}
