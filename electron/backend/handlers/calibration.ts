import type { MethodName, MethodOutput, ParsedInput } from '../../../shared/contract';
import {
  CALIBRATION_PACKAGE_FORMAT,
  CALIBRATION_PACKAGE_VERSION,
  type CalibrationPackage,
} from '../../../shared/calibration/calibration-package';
import { calibrationAnswerProblem } from '../../../shared/calibration/calibration-answer-rule';
import { canonicalJson } from '../../../shared/canonical-json';
import { accuracyOverSessions } from '../../../shared/calibration/rater-accuracy';
import { isInTheFuture } from '../../../shared/rules/dates';
import { suggestedFileName } from '../../../shared/rules/file-names';
import { reason, type Reason } from '../../../shared/reasons/reason';
import { AppError } from '../../../shared/result';
import {
  allSessionViews,
  getSession,
  insertSession,
  putAnswer,
  sessionAnswers,
  sessionSummary,
  sessionView,
} from '../calibration/calibration-rows';
import { readCalibrationPackage, writeCalibrationPackage } from '../calibration/calibration-package-file';
import type { BackendContext } from '../context';
import { write } from '../db/write';
import { getTemplateRow, parseDefinition } from '../templates/template-rows';

type CalibrationMethod = Extract<MethodName, `calibration.${string}`>;
type CalibrationHandlers = {
  [M in CalibrationMethod]: (input: ParsedInput<M>, ctx: BackendContext) => MethodOutput<M>;
};

const refuseWrite = (why: Reason): never => {
  throw AppError.because('VALIDATION', why, 'Nothing was saved.');
};
const refuseFile = (why: Reason): never => {
  throw AppError.because('INVALID_FILE', why, 'Nothing was imported.');
};

/** Rater calibration: sessions, each rater's answers (typed here or arriving by package), the consensus. */
export const calibrationHandlers: CalibrationHandlers = {
  'calibration.overview'(_input, ctx) {
    const views = allSessionViews(ctx);
    return {
      sessions: views.map(sessionSummary),
      raters: accuracyOverSessions(views.map((v) => v.summary.raters)),
    };
  },
  'calibration.create'(input, ctx) {
    const id = ctx.newId();
    write(ctx.db, () => {
      const template = getTemplateRow(ctx, input.templateId);
      insertSession(ctx, {
        id,
        title: input.title,
        scenario: input.scenario,
        templateId: template.id,
        templateName: template.name,
        definition: parseDefinition(template.definition_json),
        raters: input.raters,
        createdAt: ctx.now().toISOString(),
      });
    });
    ctx.emit('calibration.changed', { id });
    return sessionView(ctx, id);
  },
  'calibration.get'(input, ctx) {
    return sessionView(ctx, input.id);
  },
  'calibration.setAnswer'(input, ctx) {
    const at = ctx.now().toISOString();
    write(ctx.db, () => {
      const session = getSession(ctx, input.sessionId);
      if (!session.raters.includes(input.rater)) refuseWrite(reason('calibNotRater', { rater: input.rater }));
      const problem = calibrationAnswerProblem(session.definition, input.touchpointId, input.criterionId, input.value);
      if (problem) refuseWrite(problem);
      putAnswer(ctx, session.id, { ...input, updatedAt: at }, null);
    });
    ctx.emit('calibration.changed', { id: input.sessionId });
    return { savedAt: at };
  },
  'calibration.setConsensus'(input, ctx) {
    const at = ctx.now().toISOString();
    write(ctx.db, () => {
      const session = getSession(ctx, input.sessionId);
      const problem = calibrationAnswerProblem(session.definition, input.touchpointId, input.criterionId, input.value);
      if (problem) refuseWrite(problem);
      if (input.value === null || input.value.kind === 'na') {
        if (input.value?.kind === 'na') refuseWrite(reason('calibConsensusNa'));
        ctx.db
          .prepare('DELETE FROM calibration_consensus WHERE session_id = ? AND touchpoint_id = ? AND criterion_id = ?')
          .run(session.id, input.touchpointId, input.criterionId);
        return;
      }
      ctx.db
        .prepare(
          `INSERT INTO calibration_consensus (session_id, touchpoint_id, criterion_id, value_json, note, updated_at)
           VALUES (?, ?, ?, ?, ?, ?)
           ON CONFLICT (session_id, touchpoint_id, criterion_id) DO UPDATE
             SET value_json = excluded.value_json, note = excluded.note, updated_at = excluded.updated_at`,
        )
        .run(session.id, input.touchpointId, input.criterionId, JSON.stringify(input.value), input.note, at);
    });
    ctx.emit('calibration.changed', { id: input.sessionId });
    return { savedAt: at };
  },
  'calibration.exportPackage'(input, ctx) {
    const session = getSession(ctx, input.sessionId);
    if (input.rater !== undefined && !session.raters.includes(input.rater))
      throw AppError.because('VALIDATION', reason('calibNotRater', { rater: input.rater }));
    const answers = sessionAnswers(ctx, session.id).filter((a) => input.rater === undefined || a.rater === input.rater);
    const pkg: CalibrationPackage = {
      format: CALIBRATION_PACKAGE_FORMAT,
      formatVersion: CALIBRATION_PACKAGE_VERSION,
      createdAt: ctx.now().toISOString(),
      session: {
        id: session.id,
        title: session.title,
        scenario: session.scenario,
        templateId: session.templateId,
        templateName: session.templateName,
        definition: session.definition,
        raters: session.raters,
        createdAt: session.createdAt,
      },
      answers,
    };
    const bytes = writeCalibrationPackage(pkg);
    return {
      fileName: suggestedFileName(['calibration', session.title, input.rater ?? 'session'], 'zip', 'calibration'),
      base64: bytes.toString('base64'),
      answers: answers.length,
    };
  },
  'calibration.importPackage'(input, ctx) {
    const pkg = readCalibrationPackage(Buffer.from(input.base64, 'base64'));
    const now = ctx.now();
    const result = write(ctx.db, () => {
      const exists =
        ctx.db.prepare('SELECT 1 FROM calibration_sessions WHERE id = ?').get(pkg.session.id) !== undefined;
      // The answers join the session stored here when this laptop has it: they are checked against its
      // definition, and a package that carries another one (re-typed questions) is refused whole.
      let definition = pkg.session.definition;
      if (exists) {
        const local = getSession(ctx, pkg.session.id);
        if (JSON.stringify(local.raters) !== JSON.stringify(pkg.session.raters))
          refuseFile(reason('calibOtherRaters', { title: local.title }));
        if (canonicalJson(local.definition) !== canonicalJson(pkg.session.definition))
          refuseFile(reason('calibOtherDefinition', { title: local.title }));
        definition = local.definition;
      }
      const raters = new Set(pkg.session.raters);
      for (const a of pkg.answers) {
        if (!raters.has(a.rater)) refuseFile(reason('calibAnswerFromStranger', { rater: a.rater }));
        // The answer changed last wins: one dated ahead of this clock would win over every real later one.
        if (isInTheFuture(a.updatedAt, now))
          refuseFile(reason('calibAnswerInFuture', { rater: a.rater, at: a.updatedAt, now: now.toISOString() }));
        const problem = calibrationAnswerProblem(definition, a.touchpointId, a.criterionId, a.value);
        if (problem) refuseFile(problem);
      }
      if (!exists) insertSession(ctx, pkg.session);
      let saved = 0;
      for (const a of pkg.answers) if (putAnswer(ctx, pkg.session.id, a, now)) saved++;
      return {
        sessionId: pkg.session.id,
        title: pkg.session.title,
        created: !exists,
        saved,
        unchanged: pkg.answers.length - saved,
        raters: [...new Set(pkg.answers.map((a) => a.rater))],
      };
    });
    ctx.emit('calibration.changed', { id: result.sessionId });
    return result;
  },
};
