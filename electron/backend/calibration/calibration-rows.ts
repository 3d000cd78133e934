import type { CalibrationPackage } from '../../../shared/calibration/calibration-package';
import { summariseCalibration, type ConsensusAnswer } from '../../../shared/calibration/calibration-summary';
import type {
  CalibrationSession,
  CalibrationSessionSummary,
  CalibrationSessionView,
  StoredRaterAnswer,
} from '../../../shared/calibration/calibration-types';
import type { AnswerValue } from '../../../shared/domain/audit';
import { AppError } from '../../../shared/result';
import { instantMs, isInTheFuture } from '../../../shared/rules/dates';
import type { BackendContext } from '../context';
import { parseDefinition } from '../templates/template-rows';

interface SessionRow {
  id: string;
  title: string;
  scenario: string;
  template_id: string;
  template_name: string;
  definition_json: string;
  created_at: string;
}

const parseValue = (json: string | null) => (json === null ? null : (JSON.parse(json) as AnswerValue));

export function getSession(ctx: BackendContext, id: string): CalibrationSession {
  const row = ctx.db.prepare('SELECT * FROM calibration_sessions WHERE id = ?').get(id) as SessionRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'That calibration session does not exist on this laptop.');
  return toSession(ctx, row);
}

function toSession(ctx: BackendContext, row: SessionRow): CalibrationSession {
  return {
    id: row.id,
    title: row.title,
    scenario: row.scenario,
    templateId: row.template_id,
    templateName: row.template_name,
    definition: parseDefinition(row.definition_json),
    raters: ctx.db
      .prepare('SELECT name FROM calibration_raters WHERE session_id = ? ORDER BY position')
      .pluck()
      .all(row.id) as string[],
    createdAt: row.created_at,
  };
}

export function insertSession(ctx: BackendContext, s: CalibrationPackage['session']): void {
  ctx.db
    .prepare(
      `INSERT INTO calibration_sessions (id, title, scenario, template_id, template_name, definition_json, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(s.id, s.title, s.scenario, s.templateId, s.templateName, JSON.stringify(s.definition), s.createdAt);
  const rater = ctx.db.prepare('INSERT INTO calibration_raters (session_id, position, name) VALUES (?, ?, ?)');
  s.raters.forEach((name, i) => rater.run(s.id, i, name));
}

export function sessionAnswers(ctx: BackendContext, sessionId: string): StoredRaterAnswer[] {
  const rows = ctx.db
    .prepare(
      `SELECT rater, touchpoint_id, criterion_id, value_json, updated_at FROM calibration_answers WHERE session_id = ?
       ORDER BY rater, touchpoint_id, criterion_id`,
    )
    .all(sessionId) as {
    rater: string;
    touchpoint_id: string;
    criterion_id: string;
    value_json: string | null;
    updated_at: string;
  }[];
  return rows.map((r) => ({
    rater: r.rater,
    touchpointId: r.touchpoint_id,
    criterionId: r.criterion_id,
    value: parseValue(r.value_json),
    updatedAt: r.updated_at,
  }));
}

export function sessionConsensus(ctx: BackendContext, sessionId: string): ConsensusAnswer[] {
  const rows = ctx.db
    .prepare('SELECT touchpoint_id, criterion_id, value_json, note FROM calibration_consensus WHERE session_id = ?')
    .all(sessionId) as { touchpoint_id: string; criterion_id: string; value_json: string; note: string }[];
  return rows.map((r) => ({
    touchpointId: r.touchpoint_id,
    criterionId: r.criterion_id,
    value: parseValue(r.value_json)!,
    note: r.note,
  }));
}

export function sessionView(ctx: BackendContext, id: string): CalibrationSessionView {
  const session = getSession(ctx, id);
  const answers = sessionAnswers(ctx, id);
  const consensus = sessionConsensus(ctx, id);
  const summary = summariseCalibration({ definition: session.definition, raters: session.raters, answers, consensus });
  return { session, answers, consensus, summary };
}

/** Every session, newest first, each with its summary (for the list and for accuracy over sessions). */
export function allSessionViews(ctx: BackendContext): CalibrationSessionView[] {
  const ids = ctx.db
    .prepare('SELECT id FROM calibration_sessions ORDER BY created_at DESC, id')
    .pluck()
    .all() as string[];
  return ids.map((id) => sessionView(ctx, id));
}

export function sessionSummary(view: CalibrationSessionView): CalibrationSessionSummary {
  const answered = new Set(view.answers.filter((a) => a.value !== null).map((a) => a.rater));
  return {
    id: view.session.id,
    title: view.session.title,
    templateId: view.session.templateId,
    templateName: view.session.templateName,
    raters: view.session.raters,
    answered: view.session.raters.filter((r) => answered.has(r)),
    consensus: view.summary.criteria.filter((c) => c.consensus).length,
    comparable: view.summary.criteria.length,
    createdAt: view.session.createdAt,
  };
}

/**
 * Upserts one rater's answer. From a package (`arrivedAt`, this laptop's time of the import) it is
 * kept only when it changed later than the stored one, the two times compared as instants (their UTC
 * offsets may differ), so an import never rolls an answer back; a stored time later than this clock
 * allows (written before such times were refused) counts as no time. Typed on this laptop (null) it
 * always wins. An unchanged value is left as it is.
 */
export function putAnswer(
  ctx: BackendContext,
  sessionId: string,
  a: { rater: string; touchpointId: string; criterionId: string; value: AnswerValue | null; updatedAt: string },
  arrivedAt: Date | null,
): boolean {
  const key = [sessionId, a.rater, a.touchpointId, a.criterionId];
  const value = a.value === null ? null : JSON.stringify(a.value);
  const updatedAt = new Date(instantMs(a.updatedAt)).toISOString();
  const stored = ctx.db
    .prepare(
      `SELECT value_json, updated_at FROM calibration_answers
       WHERE session_id = ? AND rater = ? AND touchpoint_id = ? AND criterion_id = ?`,
    )
    .get(...key) as { value_json: string | null; updated_at: string } | undefined;
  if (!stored) {
    ctx.db
      .prepare(
        `INSERT INTO calibration_answers (session_id, rater, touchpoint_id, criterion_id, value_json, updated_at)
         VALUES (?, ?, ?, ?, ?, ?)`,
      )
      .run(...key, value, updatedAt);
    return true;
  }
  if (stored.value_json === value) return false;
  if (
    arrivedAt !== null &&
    !isInTheFuture(stored.updated_at, arrivedAt) &&
    !(instantMs(updatedAt) > instantMs(stored.updated_at))
  )
    return false;
  ctx.db
    .prepare(
      `UPDATE calibration_answers SET value_json = ?, updated_at = ?
       WHERE session_id = ? AND rater = ? AND touchpoint_id = ? AND criterion_id = ?`,
    )
    .run(value, updatedAt, ...key);
  return true;
}
