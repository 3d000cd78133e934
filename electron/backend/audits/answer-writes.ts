import type { SavedAck } from '../../../shared/api/audits-api';
import { touchpointsInScope, type AnswerValue, type AuditScope } from '../../../shared/domain/audit';
import type { Criterion, TemplateDefinition, Touchpoint } from '../../../shared/domain/template';
import { AppError } from '../../../shared/result';
import { answerRefusal } from '../../../shared/rules/audit-rules';
import { asSentence } from '../../../shared/reasons/reason';
import { TRAIL_SYSTEM_REASONS } from '../../../shared/trail/trail-types';
import { rollUpWithOther, tallyTouchpoint } from '../../../shared/scoring/score-audit';
import type { TouchpointTally } from '../../../shared/scoring/score-types';
import { headTailText, packTouchpoint, rollupHeadJson } from '../../../shared/scoring/stored-rollup';
import type { BackendContext } from '../context';
import type { Db } from '../db/open-database';
import { statement } from '../db/statements';
import { startCheckpoints } from '../db/quiet-checkpoints';
import { write } from '../db/write';
import { versionDefinition } from '../templates/template-rows';
import { assertAuditWritable } from './audit-guard';
import { getAuditRow } from './audit-rows';
import { LATEST_HASH_OF_AUDIT } from '../trail/append-entry';
import { trailIdentity } from '../trail/identity';
import { appendChange, STATUS_AFTER_EDIT } from './record-edit';
import { parseScope } from './rollups';
import { RollupBytes } from './rollup-bytes';

/**
 * The save path of the walk: answers, notes and touchpoint records. One write is one IMMEDIATE
 * transaction of three statements: the audit touch (the write guard; it carries the updated
 * roll-ups and returns the trail's latest hash, and for a record the field's old value), the
 * single-statement upsert, and the chained change-log row. Nothing else is read: the audit's
 * answers, scores and criterion lookup are held in memory between writes. The touch only succeeds
 * when the audit's score inputs are still the ones held (`score_inputs_rev`, bumped by triggers
 * whoever writes) and the audit is writable; otherwise the state is reloaded inside the same
 * transaction and the write runs again.
 */

const RECORD_COLUMN = {
  emotion: 'emotion',
  painPoints: 'pain_points',
  worked: 'worked',
  recommendation: 'recommendation',
} as const;
export type RecordField = keyof typeof RECORD_COLUMN;

interface Located {
  stageId: string;
  touchpoint: Touchpoint;
  /** Index of the touchpoint in walk order. */
  index: number;
  criteria: Map<string, Criterion>;
}

/** Where each touchpoint and criterion of a template version sits within a scope: built once per version and scope. */
type Lookup = Map<string, Located>;
const lookups = new Map<string, Lookup>();

function lookupFor(versionId: string, scopeJson: string, definition: TemplateDefinition, scope: AuditScope): Lookup {
  const key = `${versionId}\u0000${scopeJson}`;
  let lookup = lookups.get(key);
  if (!lookup) {
    lookup = new Map(
      touchpointsInScope(definition, scope).map(({ stage, touchpoint }, index) => [
        touchpoint.id,
        { stageId: stage.id, touchpoint, index, criteria: new Map(touchpoint.criteria.map((c) => [c.id, c])) },
      ]),
    );
    if (lookups.size > 200) lookups.clear();
    lookups.set(key, lookup);
  }
  return lookup;
}

interface AnswerRow {
  value: AnswerValue | null;
  note: string;
}

interface WriteState {
  auditId: string;
  versionId: string;
  scopeJson: string;
  scope: AuditScope;
  definition: TemplateDefinition;
  lookup: Lookup;
  /** score_inputs_rev the state was built at (and has followed since). */
  rev: number;
  /** Whether the stored roll-up is the one of `rev`. */
  storedCurrent: boolean;
  /** Answer rows by touchpoint, then criterion. */
  rows: Map<string, Map<string, AnswerRow>>;
  /** Touchpoint scores in walk order. */
  scores: TouchpointTally[];
  /** Each of `scores` as stored in the roll-up (`packTouchpoint`): a write packs again only the one it changed. */
  packed: string[];
  /** Where the stored roll-up's text is written on each save. */
  rollupBytes: RollupBytes;
  /** The padded lengths the last touch wrote (`paddedRow`), in bytes; at first, the stored row's. */
  padded: PaddedRow;
  /** Set once an attempt has run its first statement: from then on an error is final. */
  writing: boolean;
}

const byteLength = (text: string | null | undefined) => (text ? Buffer.byteLength(text) : 0);

const STATES_KEPT = 8;
const states = new WeakMap<Db, Map<string, WriteState>>();

function statesOf(db: Db): Map<string, WriteState> {
  let map = states.get(db);
  if (!map) states.set(db, (map = new Map()));
  return map;
}

/** Reads the audit (refusing a write to one that is complete or reviewed) and builds its state. */
function loadState(ctx: BackendContext, auditId: string): WriteState {
  const row = getAuditRow(ctx, auditId) as ReturnType<typeof getAuditRow> & {
    score_inputs_rev: number;
    rollup_rev: number;
    rollup_json: string | null;
    rollup_tail: string | null;
  };
  assertAuditWritable(row);
  const definition = versionDefinition(ctx, row.template_version_id);
  const scope = parseScope(row.scope_json);
  const lookup = lookupFor(row.template_version_id, row.scope_json, definition, scope);
  const rows = new Map<string, Map<string, AnswerRow>>();
  const answers = statement(
    ctx.db,
    'SELECT touchpoint_id, criterion_id, value_json, note FROM answers WHERE audit_id = ?',
  ).all(auditId) as { touchpoint_id: string; criterion_id: string; value_json: string | null; note: string }[];
  for (const a of answers) {
    let inner = rows.get(a.touchpoint_id);
    if (!inner) rows.set(a.touchpoint_id, (inner = new Map()));
    inner.set(a.criterion_id, { value: a.value_json ? (JSON.parse(a.value_json) as AnswerValue) : null, note: a.note });
  }
  const scores = [...lookup.values()].map((l) =>
    tallyTouchpoint(definition, l.stageId, l.touchpoint, valuesOf(rows.get(l.touchpoint.id))),
  );
  const state: WriteState = {
    auditId,
    versionId: row.template_version_id,
    scopeJson: row.scope_json,
    scope,
    definition,
    lookup,
    rev: row.score_inputs_rev,
    storedCurrent: row.rollup_rev === row.score_inputs_rev,
    rows,
    scores,
    packed: scores.map(packTouchpoint),
    rollupBytes: statesOf(ctx.db).get(auditId)?.rollupBytes ?? new RollupBytes(),
    // As the row stands (bytes): the first save keeps its length too, if its text fits.
    padded: {
      row:
        byteLength(row.rollup_json) +
        byteLength(row.rollup_tail) +
        byteLength(row.position_touchpoint) +
        byteLength(row.position_criterion),
      tail: byteLength(row.rollup_tail),
    },
    writing: false,
  };
  const kept = statesOf(ctx.db);
  kept.delete(auditId);
  if (kept.size >= STATES_KEPT) kept.delete(kept.keys().next().value!);
  kept.set(auditId, state);
  return state;
}

/**
 * Loads the audit's write state ahead of its first save (the walk opens an audit with `audits.get`
 * before any answer), so the first keypress pays for a save, not for reading and scoring the whole
 * audit. Does nothing when the state is already held or the audit takes no writes (complete, reviewed).
 */
export function holdWriteState(ctx: BackendContext, auditId: string): void {
  if (statesOf(ctx.db).has(auditId)) return;
  try {
    loadState(ctx, auditId);
    // Who the trail's entries are by (read once per connection) and the answer's statements (prepared once):
    // by the first save otherwise.
    trailIdentity(ctx.db);
    for (const sql of [TOUCH_WITH_ROLLUP, TOUCH_SAME_ROLLUP, UPSERT_VALUE, UPSERT_NOTE]) statement(ctx.db, sql);
    // And the checkpoint worker, which otherwise starts with the first save.
    startCheckpoints(ctx.db);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
  }
}

function valuesOf(rows: Map<string, AnswerRow> | undefined): Map<string, AnswerValue | null> | undefined {
  if (!rows) return undefined;
  const values = new Map<string, AnswerValue | null>();
  rows.forEach((r, criterionId) => values.set(criterionId, r.value));
  return values;
}

/** Returned by a write that found the held state out of date (nothing was written). */
const STALE = Symbol('stale');

/**
 * Runs `fn` on the audit's held state inside one IMMEDIATE transaction; if the state turns out
 * stale, reloads it (which also refuses a complete audit with its message) and runs it again.
 */
function withState<T>(ctx: BackendContext, auditId: string, fn: (state: WriteState) => T | typeof STALE): T {
  try {
    return write(ctx.db, () => {
      const held = statesOf(ctx.db).get(auditId);
      if (held) {
        // A refusal judged on a held state may be out of date (another version, another scope): judged again fresh.
        // Nothing is written before the touch, so nothing needs undoing.
        let result: T | typeof STALE = STALE;
        held.writing = false;
        try {
          result = fn(held);
        } catch (error) {
          if (!(error instanceof AppError) || held.writing) throw error;
        }
        if (result !== STALE) return result;
      }
      const result = fn(loadState(ctx, auditId));
      if (result === STALE) throw new Error(`The audit ${auditId} changed while it was being saved.`);
      return result;
    });
  } catch (error) {
    // The transaction rolled back: whatever the state took in is no longer true.
    statesOf(ctx.db).delete(auditId);
    throw error;
  }
}

function locate(state: WriteState, touchpointId: string, criterionId?: string) {
  const located = state.lookup.get(touchpointId);
  if (!located) throw new AppError('NOT_FOUND', `Touchpoint "${touchpointId}" is not part of this audit.`);
  if (criterionId === undefined) return { located, criterion: undefined };
  const criterion = located.criteria.get(criterionId);
  if (!criterion)
    throw new AppError('NOT_FOUND', `Criterion "${criterionId}" is not part of touchpoint "${touchpointId}".`);
  return { located, criterion };
}

const TOUCH_WHERE = `WHERE id = ? AND score_inputs_rev = ? AND template_version_id = ? AND scope_json = ?
  AND status != 'complete' AND review_status != 'reviewed'
  RETURNING status, client_id, ${LATEST_HASH_OF_AUDIT} AS prev_hash`;
/** The audit touch with the roll-ups it now has. */
const TOUCH_WITH_ROLLUP = `UPDATE audits SET status = ${STATUS_AFTER_EDIT}, position_touchpoint = ?, position_criterion = ?,
  updated_at = ?, rollup_tail = ?, rollup_json = CAST(? AS TEXT), rollup_percent = ?, rollup_rev = ? ${TOUCH_WHERE}`;
/** The audit touch when the scores did not change (a note): the stored roll-up stays current. */
const TOUCH_SAME_ROLLUP = `UPDATE audits SET status = ${STATUS_AFTER_EDIT}, position_touchpoint = ?, position_criterion = ?, updated_at = ?, rollup_rev = ? ${TOUCH_WHERE}`;
/** A touchpoint record keeps the criterion position only when the auditor is still on that touchpoint. */
const TOUCH_RECORD = (column: string) =>
  `UPDATE audits SET status = ${STATUS_AFTER_EDIT},
    position_criterion = CASE WHEN position_touchpoint = ? THEN position_criterion ELSE NULL END,
    position_touchpoint = ?, updated_at = ? ${TOUCH_WHERE},
    (SELECT ${column} FROM touchpoint_records WHERE audit_id = audits.id AND touchpoint_id = ?) AS old_value`;

const UPSERT_VALUE = `INSERT INTO answers (id, audit_id, touchpoint_id, criterion_id, value_json, note, updated_at) VALUES (?, ?, ?, ?, ?, '', ?)
   ON CONFLICT (audit_id, touchpoint_id, criterion_id) DO UPDATE SET value_json = excluded.value_json, updated_at = excluded.updated_at`;
const UPSERT_NOTE = `INSERT INTO answers (id, audit_id, touchpoint_id, criterion_id, value_json, note, updated_at) VALUES (?, ?, ?, ?, NULL, ?, ?)
   ON CONFLICT (audit_id, touchpoint_id, criterion_id) DO UPDATE SET note = excluded.note, updated_at = excluded.updated_at`;

type Position = { touchpointId: string; criterionId: string | null };

/** The text the touch writes into the audit row (roll-up, its tail and position) is padded up to a multiple of this (bytes). */
const ROW_TEXT_STEP = 512;
/**
 * The roll-up's tail is padded up to a multiple of this (bytes): it is stored before the roll-up, whose every
 * overflow page would be written again whenever a change of the tail's length moved it.
 */
const TAIL_STEP = 128;
/** Lengths in stored (UTF-8) bytes: the roll-up, its tail and the position together (`row`), and the tail. */
export interface PaddedRow {
  row: number;
  tail: number;
}
/**
 * The lengths the touch pads the roll-up and its tail to with trailing spaces (JSON allows them), so that
 * the text it writes into the audit row keeps one length from save to save: SQLite then overwrites the row
 * in place and writes only the pages whose bytes changed. A row of another length is written anew, its
 * ~13 KB overflow chain freed and allocated again, the freelist and the database header changed too: 11 WAL
 * pages a save instead of 9 (probe, 300 x 8 audit). Never shorter than the last (`last`): a roll-up whose
 * length went up and down across a step changed the row's length 31 times in the first 1,000 answers of that
 * audit, now 6 (the first answer included; probe).
 */
export function paddedRow(last: PaddedRow, text: { rollup: number; tail: number; position: number }): PaddedRow {
  const tail = Math.max(last.tail, Math.ceil((text.tail + 1) / TAIL_STEP) * TAIL_STEP);
  const row = Math.max(last.row, Math.ceil((text.rollup + tail + text.position + 1) / ROW_TEXT_STEP) * ROW_TEXT_STEP);
  return { row, tail };
}
/**
 * What the touch returns: the audit's status after the edit, its client (for the change event) and
 * the trail's latest hash (the next entry chains to it: no read of its own).
 */
type Touched = { status: SavedAck['status']; client_id: string; prev_hash: string | null };

/**
 * Writes an answer's value or note: touch (guard + roll-ups), upsert, and `log` (the change-log
 * row, or for undo the mark on the undone row). Every answer upsert bumps score_inputs_rev by one
 * (answers triggers, migration 6).
 */
function writeAnswerField(
  ctx: BackendContext,
  auditId: string,
  touchpointId: string,
  criterionId: string,
  change: { value: AnswerValue | null } | { note: string },
  at: string,
  position: Position,
  log: (oldRow: AnswerRow | undefined, prevHash: string | null) => void,
): Touched {
  return withState(ctx, auditId, (state) => {
    const { located, criterion } = locate(state, touchpointId, criterionId);
    // A position other than the answered criterion (the walk's next one) must be part of this audit too.
    if (position.touchpointId !== touchpointId || position.criterionId !== criterionId)
      locate(state, position.touchpointId, position.criterionId ?? undefined);
    // The rule book's checks of an answer or note, before any statement runs.
    const refusal = 'value' in change ? answerRefusal(change.value, criterion!) : null;
    if (refusal) throw new AppError('VALIDATION', asSentence(refusal), [{ field: 'value', rule: 'invalid' }], refusal);
    const oldRow = state.rows.get(touchpointId)?.get(criterionId);
    const newRow: AnswerRow = {
      value: 'value' in change ? change.value : (oldRow?.value ?? null),
      note: 'note' in change ? change.note : (oldRow?.note ?? ''),
    };
    const nextRev = state.rev + 1;
    state.writing = true;
    let touched: Touched | undefined;
    let padded: PaddedRow | undefined;
    const positionArgs = [position.touchpointId, position.criterionId, at] as const;
    const whereArgs = [auditId, state.rev, state.versionId, state.scopeJson] as const;
    if ('value' in change || !state.storedCurrent) {
      const given = valuesOf(state.rows.get(touchpointId)) ?? new Map<string, AnswerValue | null>();
      given.set(criterionId, newRow.value);
      // Changed in place (no copies of 300-entry arrays per save): a write that fails from here on drops
      // the state (withState), and a stale one is replaced by a fresh load.
      const rescored = tallyTouchpoint(state.definition, located.stageId, located.touchpoint, given);
      state.scores[located.index] = rescored;
      state.packed[located.index] = packTouchpoint(rescored);
      const { rolled, otherPercent } = rollUpWithOther(state.definition, state.scope, state.scores);
      const head = rollupHeadJson(rolled, otherPercent);
      const tail = headTailText(head);
      const positionBytes = byteLength(position.touchpointId) + byteLength(position.criterionId);
      const rollup = state.rollupBytes.write(head, state.packed, (rollupBytes) => {
        padded = paddedRow(state.padded, { rollup: rollupBytes, tail: tail.length, position: positionBytes });
        return padded.row - padded.tail - positionBytes;
      });
      touched = statement(ctx.db, TOUCH_WITH_ROLLUP).get(
        ...positionArgs,
        // The tail holds numbers only: one byte a character.
        tail.padEnd(padded!.tail),
        rollup,
        rolled.overall.percent,
        nextRev,
        ...whereArgs,
      ) as typeof touched;
    } else {
      touched = statement(ctx.db, TOUCH_SAME_ROLLUP).get(...positionArgs, nextRev, ...whereArgs) as typeof touched;
    }
    if (!touched) return STALE;
    if ('value' in change)
      statement(ctx.db, UPSERT_VALUE).run(
        ctx.newId(),
        auditId,
        touchpointId,
        criterionId,
        change.value ? JSON.stringify(change.value) : null,
        at,
      );
    else statement(ctx.db, UPSERT_NOTE).run(ctx.newId(), auditId, touchpointId, criterionId, change.note, at);
    log(oldRow, touched.prev_hash);
    let inner = state.rows.get(touchpointId);
    if (!inner) state.rows.set(touchpointId, (inner = new Map()));
    inner.set(criterionId, newRow);
    state.rev = nextRev;
    state.storedCurrent = true;
    if (padded) state.padded = padded;
    return touched;
  });
}

/** After the commit: the walk's "since baseline" badge and every open view of this audit refresh on each saved change. */
function saved(ctx: BackendContext, auditId: string, at: string, touched: Touched): SavedAck {
  ctx.emit('audits.changed', { id: auditId, clientId: touched.client_id });
  return { savedAt: at, status: touched.status };
}

export interface AnswerInput {
  auditId: string;
  touchpointId: string;
  criterionId: string;
}

/** An answer; `then` is where the walk went with it (saved as the position in the same touch, not a second write). */
export function saveAnswer(
  ctx: BackendContext,
  input: AnswerInput & { value: AnswerValue | null; then?: Position | undefined },
): SavedAck {
  return saveAnswerPart(
    ctx,
    input,
    'answer',
    { value: input.value },
    (old) => old?.value ?? null,
    input.value,
    input.then,
  );
}

export function saveNote(ctx: BackendContext, input: AnswerInput & { note: string }): SavedAck {
  return saveAnswerPart(ctx, input, 'note', { note: input.note }, (old) => old?.note ?? '', input.note);
}

/** An answer's value or its note, saved alike: the row and one trail entry holding the old and new part. */
function saveAnswerPart(
  ctx: BackendContext,
  input: AnswerInput,
  field: 'answer' | 'note',
  change: { value: AnswerValue | null } | { note: string },
  oldPart: (old: AnswerRow | undefined) => unknown,
  newPart: unknown,
  then?: Position,
): SavedAck {
  const at = ctx.now().toISOString();
  const { auditId, touchpointId, criterionId } = input;
  const touched = writeAnswerField(
    ctx,
    auditId,
    touchpointId,
    criterionId,
    change,
    at,
    then ?? { touchpointId, criterionId },
    (old, prevHash) =>
      appendChange(ctx, {
        auditId,
        field,
        touchpointId,
        criterionId,
        oldValue: oldPart(old),
        newValue: newPart,
        at,
        prevHash,
      }),
  );
  return saved(ctx, auditId, at, touched);
}

/** A touchpoint record field (emotion, pain points, what worked, recommendation): not a score input. */
function writeRecordField(
  ctx: BackendContext,
  auditId: string,
  touchpointId: string,
  field: RecordField,
  value: string | number | null,
  at: string,
  log: (oldValue: string | number | null, prevHash: string | null) => void,
): Touched {
  return withState(ctx, auditId, (state) => {
    locate(state, touchpointId);
    // rule checks: the rule book's checks of a record field go here, before any statement runs.
    const column = RECORD_COLUMN[field];
    state.writing = true;
    const touched = statement(ctx.db, TOUCH_RECORD(column)).get(
      touchpointId,
      touchpointId,
      at,
      auditId,
      state.rev,
      state.versionId,
      state.scopeJson,
      touchpointId,
    ) as (Touched & { old_value: string | number | null }) | undefined;
    if (!touched) return STALE;
    const old = touched.old_value;
    statement(
      ctx.db,
      `INSERT INTO touchpoint_records (audit_id, touchpoint_id, ${column}, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (audit_id, touchpoint_id) DO UPDATE SET ${column} = excluded.${column}, updated_at = excluded.updated_at`,
    ).run(auditId, touchpointId, value ?? (field === 'emotion' ? null : ''), at);
    log(old ?? (field === 'emotion' ? null : ''), touched.prev_hash);
    return touched;
  });
}

export function saveRecord(
  ctx: BackendContext,
  input: { auditId: string; touchpointId: string; field: RecordField; value: string | number | null },
): SavedAck {
  const at = ctx.now().toISOString();
  const touched = writeRecordField(
    ctx,
    input.auditId,
    input.touchpointId,
    input.field,
    input.value,
    at,
    (old, prevHash) =>
      appendChange(ctx, {
        auditId: input.auditId,
        field: input.field,
        touchpointId: input.touchpointId,
        criterionId: null,
        oldValue: old,
        newValue: input.value,
        at,
        prevHash,
      }),
  );
  return saved(ctx, input.auditId, at, touched);
}

const UNDOABLE = "('answer', 'note', 'emotion', 'painPoints', 'worked', 'recommendation')";

/** Walks back the latest change not yet undone; returns what it undid, or null when there is nothing. */
export function undoLastEdit(
  ctx: BackendContext,
  auditId: string,
): { field: string; touchpointId: string; criterionId: string | null } | null {
  return write(ctx.db, () => {
    assertAuditWritable(getAuditRow(ctx, auditId));
    const change = ctx.db
      .prepare(
        `SELECT seq, field, touchpoint_id, criterion_id, old_json FROM audit_changes WHERE audit_id = ? AND undone = 0 AND field IN ${UNDOABLE} ORDER BY seq DESC LIMIT 1`,
      )
      .get(auditId) as
      { seq: number; field: string; touchpoint_id: string; criterion_id: string | null; old_json: string } | undefined;
    if (!change) return null;
    const old = JSON.parse(change.old_json) as unknown;
    const at = ctx.now().toISOString();
    // The undo is a change of its own in the trail; marked undone so a second undo walks further back.
    const logUndo = (current: unknown, prevHash: string | null) => {
      ctx.db.prepare('UPDATE audit_changes SET undone = 1 WHERE seq = ?').run(change.seq);
      appendChange(ctx, {
        auditId,
        at,
        field: change.field,
        touchpointId: change.touchpoint_id,
        criterionId: change.criterion_id,
        oldValue: current,
        newValue: old,
        reason: TRAIL_SYSTEM_REASONS.undo,
        undone: true,
        prevHash,
      });
    };
    const position = { touchpointId: change.touchpoint_id, criterionId: change.criterion_id };
    if (change.field === 'answer' || change.field === 'note')
      writeAnswerField(
        ctx,
        auditId,
        change.touchpoint_id,
        change.criterion_id!,
        change.field === 'answer'
          ? { value: (old as AnswerValue | null) ?? null }
          : { note: (old as string | null) ?? '' },
        at,
        position,
        (row, prevHash) => logUndo(change.field === 'answer' ? (row?.value ?? null) : (row?.note ?? ''), prevHash),
      );
    else
      writeRecordField(
        ctx,
        auditId,
        change.touchpoint_id,
        change.field as RecordField,
        old as string | number | null,
        at,
        logUndo,
      );
    return { field: change.field, touchpointId: change.touchpoint_id, criterionId: change.criterion_id };
  });
}
