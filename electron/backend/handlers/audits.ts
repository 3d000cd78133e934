import type { SavedAck } from '../../../shared/api/audits-api';
import { computeProgress, indexAnswers } from '../../../shared/audit-progress';
import type { ParsedInput } from '../../../shared/contract';
import {
  touchpointsInScope,
  type AnswerValue,
  type AuditDetail,
  type AuditSummary,
} from '../../../shared/domain/audit';
import { AppError } from '../../../shared/result';
import { answerRefusal, asSentence, unknownScopeStages } from '../../../shared/rules/audit-rules';
import { assertAuditWritable, assertNotReviewed } from '../audits/audit-guard';
import { auditDetail, auditSummary, getAuditRow, readAnswers, type AuditRow } from '../audits/audit-rows';
import { siteForName } from '../audits/site-registry';
import { failsWithoutComment } from '../../../shared/scoring/fails-without-comment';
import type { BackendContext } from '../context';
import { write } from '../db/write';
import { appendTrailEntry } from '../trail/append-entry';
import { TRAIL_SYSTEM_REASONS } from '../../../shared/trail/trail-types';
import { pinCurrentVersion, versionDefinition } from '../templates/template-rows';

const RECORD_COLUMN = {
  emotion: 'emotion',
  painPoints: 'pain_points',
  worked: 'worked',
  recommendation: 'recommendation',
} as const;
type RecordField = keyof typeof RECORD_COLUMN;

function assertEditable(row: AuditRow): void {
  assertAuditWritable(row);
}

/** The touchpoint and criterion, as pinned by the audit's template version and inside its scope. */
function locate(ctx: BackendContext, row: AuditRow, touchpointId: string, criterionId?: string) {
  const definition = versionDefinition(ctx, row.template_version_id);
  const scope = JSON.parse(row.scope_json) as AuditDetail['scope'];
  const entry = touchpointsInScope(definition, scope).find((e) => e.touchpoint.id === touchpointId);
  if (!entry) throw new AppError('NOT_FOUND', `Touchpoint "${touchpointId}" is not part of this audit.`);
  if (criterionId === undefined) return { touchpoint: entry.touchpoint, criterion: undefined };
  const criterion = entry.touchpoint.criteria.find((c) => c.id === criterionId);
  if (!criterion)
    throw new AppError('NOT_FOUND', `Criterion "${criterionId}" is not part of touchpoint "${touchpointId}".`);
  return { touchpoint: entry.touchpoint, criterion };
}

function logChange(
  ctx: BackendContext,
  auditId: string,
  at: string,
  field: string,
  touchpointId: string | null,
  criterionId: string | null,
  oldValue: unknown,
  newValue: unknown,
  reason: string | null = null,
): void {
  appendTrailEntry(ctx.db, { auditId, at, field, touchpointId, criterionId, oldValue, newValue, reason });
}

/** Every edit moves a draft to in progress, remembers where the auditor is and stamps the audit. */
function touchAudit(
  ctx: BackendContext,
  row: AuditRow,
  at: string,
  touchpointId: string,
  criterionId: string | null,
): SavedAck {
  const status = row.status === 'draft' ? 'in_progress' : row.status;
  ctx.db
    .prepare(
      'UPDATE audits SET status = ?, position_touchpoint = ?, position_criterion = ?, updated_at = ? WHERE id = ?',
    )
    .run(status, touchpointId, criterionId, at, row.id);
  return { savedAt: at, status };
}

function upsertAnswer(
  ctx: BackendContext,
  auditId: string,
  touchpointId: string,
  criterionId: string,
  fields: { value_json?: string | null; note?: string },
  at: string,
): void {
  const existing = ctx.db
    .prepare('SELECT id FROM answers WHERE audit_id = ? AND touchpoint_id = ? AND criterion_id = ?')
    .pluck()
    .get(auditId, touchpointId, criterionId) as string | undefined;
  if (existing) {
    if ('value_json' in fields)
      ctx.db
        .prepare('UPDATE answers SET value_json = ?, updated_at = ? WHERE id = ?')
        .run(fields.value_json ?? null, at, existing);
    if ('note' in fields)
      ctx.db.prepare('UPDATE answers SET note = ?, updated_at = ? WHERE id = ?').run(fields.note ?? '', at, existing);
  } else {
    ctx.db
      .prepare(
        'INSERT INTO answers (id, audit_id, touchpoint_id, criterion_id, value_json, note, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      )
      .run(ctx.newId(), auditId, touchpointId, criterionId, fields.value_json ?? null, fields.note ?? '', at);
  }
}

function upsertRecord(
  ctx: BackendContext,
  auditId: string,
  touchpointId: string,
  field: RecordField,
  value: string | number | null,
  at: string,
): void {
  ctx.db
    .prepare(
      'INSERT INTO touchpoint_records (audit_id, touchpoint_id, updated_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
    )
    .run(auditId, touchpointId, at);
  ctx.db
    .prepare(
      `UPDATE touchpoint_records SET ${RECORD_COLUMN[field]} = ?, updated_at = ? WHERE audit_id = ? AND touchpoint_id = ?`,
    )
    .run(value, at, auditId, touchpointId);
}

function readRecordField(
  ctx: BackendContext,
  auditId: string,
  touchpointId: string,
  field: RecordField,
): string | number | null {
  const value = ctx.db
    .prepare(`SELECT ${RECORD_COLUMN[field]} FROM touchpoint_records WHERE audit_id = ? AND touchpoint_id = ?`)
    .pluck()
    .get(auditId, touchpointId) as string | number | null | undefined;
  return value ?? (field === 'emotion' ? null : '');
}

export const auditHandlers = {
  'audits.list'(input: ParsedInput<'audits.list'>, ctx: BackendContext): AuditSummary[] {
    const rows = (
      input.clientId
        ? ctx.db
            .prepare('SELECT * FROM audits WHERE client_id = ? ORDER BY audit_date DESC, updated_at DESC')
            .all(input.clientId)
        : ctx.db.prepare('SELECT * FROM audits ORDER BY updated_at DESC LIMIT 200').all()
    ) as AuditRow[];
    return rows.map((row) => auditSummary(ctx, row));
  },

  'audits.create'(input: ParsedInput<'audits.create'>, ctx: BackendContext): AuditDetail {
    const id = ctx.newId();
    write(ctx.db, () => {
      const client = ctx.db.prepare('SELECT id FROM clients WHERE id = ?').get(input.clientId);
      if (!client) throw new AppError('NOT_FOUND', 'That client no longer exists.');
      const version = pinCurrentVersion(ctx, input.templateId);
      const definition = versionDefinition(ctx, version.id);
      const unknownStage = unknownScopeStages(definition, input.scope)[0];
      if (unknownStage)
        throw new AppError('VALIDATION', `Stage "${unknownStage}" is not in this template.`, [
          { field: 'scope', rule: 'invalid' },
        ]);
      const first = touchpointsInScope(definition, input.scope)[0];
      if (!first)
        throw new AppError('VALIDATION', 'The chosen scope has no touchpoints. Include more stages or kinds.', [
          { field: 'scope', rule: 'invalid' },
        ]);
      const at = ctx.now().toISOString();
      const site = siteForName(ctx, input.clientId, input.site, at);
      ctx.db
        .prepare(
          `INSERT INTO audits (id, client_id, template_version_id, title, site, site_id, is_test, persona, audit_type, auditor, audit_date, scope_json, status, position_touchpoint, position_criterion, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'draft', ?, ?, ?, ?)`,
        )
        .run(
          id,
          input.clientId,
          version.id,
          input.title,
          site?.name ?? '',
          site?.id ?? null,
          input.isTest ? 1 : 0,
          input.persona,
          input.auditType,
          input.auditor,
          input.auditDate,
          JSON.stringify(input.scope),
          first.touchpoint.id,
          first.touchpoint.criteria[0]?.id ?? null,
          at,
          at,
        );
    });
    ctx.emit('audits.changed', { id, clientId: input.clientId });
    return auditDetail(ctx, id);
  },

  'audits.get'(input: ParsedInput<'audits.get'>, ctx: BackendContext): AuditDetail {
    return auditDetail(ctx, input.id);
  },

  'audits.update'(input: ParsedInput<'audits.update'>, ctx: BackendContext): AuditDetail {
    const columns = {
      title: 'title',
      site: 'site',
      persona: 'persona',
      auditor: 'auditor',
      auditDate: 'audit_date',
    } as const;
    const row = write(ctx.db, () => {
      const row = getAuditRow(ctx, input.id);
      assertEditable(row);
      const at = ctx.now().toISOString();
      const { isTest, ...fields } = input.changes;
      for (const [k, v] of Object.entries(fields) as [keyof typeof columns, string][]) {
        if (v === undefined) continue;
        let value = v;
        if (k === 'site') {
          // The registry site of that name (created on first use), so every audit of a branch is one site.
          const site = siteForName(ctx, row.client_id, v, at);
          value = site?.name ?? '';
          ctx.db.prepare('UPDATE audits SET site_id = ? WHERE id = ?').run(site?.id ?? null, row.id);
        }
        logChange(ctx, row.id, at, k, null, null, row[columns[k]], value);
        ctx.db.prepare(`UPDATE audits SET ${columns[k]} = ?, updated_at = ? WHERE id = ?`).run(value, at, row.id);
      }
      if (isTest !== undefined) {
        logChange(ctx, row.id, at, 'isTest', null, null, Boolean(row.is_test), isTest);
        ctx.db.prepare('UPDATE audits SET is_test = ?, updated_at = ? WHERE id = ?').run(isTest ? 1 : 0, at, row.id);
      }
      return row;
    });
    ctx.emit('audits.changed', { id: row.id, clientId: row.client_id });
    return auditDetail(ctx, input.id);
  },

  'audits.delete'(input: ParsedInput<'audits.delete'>, ctx: BackendContext): { id: string } {
    const row = write(ctx.db, () => {
      const row = getAuditRow(ctx, input.id);
      // A reviewed visit is the lead's record of what happened: it is never deleted.
      assertNotReviewed(row);
      ctx.db.prepare('DELETE FROM audits WHERE id = ?').run(input.id);
      return row;
    });
    ctx.emit('audits.changed', { id: input.id, clientId: row.client_id });
    return { id: input.id };
  },

  'audits.setAnswer'(input: ParsedInput<'audits.setAnswer'>, ctx: BackendContext): SavedAck {
    let clientId = '';
    const ack = write(ctx.db, () => {
      const row = getAuditRow(ctx, input.auditId);
      clientId = row.client_id;
      assertEditable(row);
      const { criterion } = locate(ctx, row, input.touchpointId, input.criterionId);
      const refusal = answerRefusal(input.value, criterion!);
      if (refusal) throw new AppError('VALIDATION', asSentence(refusal), [{ field: 'value', rule: 'invalid' }]);
      const at = ctx.now().toISOString();
      const old = ctx.db
        .prepare('SELECT value_json FROM answers WHERE audit_id = ? AND touchpoint_id = ? AND criterion_id = ?')
        .pluck()
        .get(row.id, input.touchpointId, input.criterionId) as string | null | undefined;
      upsertAnswer(
        ctx,
        row.id,
        input.touchpointId,
        input.criterionId,
        { value_json: input.value ? JSON.stringify(input.value) : null },
        at,
      );
      logChange(
        ctx,
        row.id,
        at,
        'answer',
        input.touchpointId,
        input.criterionId,
        old ? (JSON.parse(old) as AnswerValue) : null,
        input.value,
      );
      return touchAudit(ctx, row, at, input.touchpointId, input.criterionId);
    });
    // The walk's "since baseline" badge and every open view of this audit refresh on each saved change.
    ctx.emit('audits.changed', { id: input.auditId, clientId });
    return ack;
  },

  'audits.setNote'(input: ParsedInput<'audits.setNote'>, ctx: BackendContext): SavedAck {
    let clientId = '';
    const ack = write(ctx.db, () => {
      const row = getAuditRow(ctx, input.auditId);
      clientId = row.client_id;
      assertEditable(row);
      locate(ctx, row, input.touchpointId, input.criterionId);
      const at = ctx.now().toISOString();
      const old = ctx.db
        .prepare('SELECT note FROM answers WHERE audit_id = ? AND touchpoint_id = ? AND criterion_id = ?')
        .pluck()
        .get(row.id, input.touchpointId, input.criterionId) as string | undefined;
      upsertAnswer(ctx, row.id, input.touchpointId, input.criterionId, { note: input.note }, at);
      logChange(ctx, row.id, at, 'note', input.touchpointId, input.criterionId, old ?? '', input.note);
      return touchAudit(ctx, row, at, input.touchpointId, input.criterionId);
    });
    // The walk's "since baseline" badge and every open view of this audit refresh on each saved change.
    ctx.emit('audits.changed', { id: input.auditId, clientId });
    return ack;
  },

  'audits.setRecord'(input: ParsedInput<'audits.setRecord'>, ctx: BackendContext): SavedAck {
    let clientId = '';
    const ack = write(ctx.db, () => {
      const row = getAuditRow(ctx, input.auditId);
      clientId = row.client_id;
      assertEditable(row);
      locate(ctx, row, input.touchpointId);
      const at = ctx.now().toISOString();
      const old = readRecordField(ctx, row.id, input.touchpointId, input.field);
      upsertRecord(ctx, row.id, input.touchpointId, input.field, input.value, at);
      logChange(ctx, row.id, at, input.field, input.touchpointId, null, old, input.value);
      return touchAudit(
        ctx,
        row,
        at,
        input.touchpointId,
        row.position_touchpoint === input.touchpointId ? row.position_criterion : null,
      );
    });
    // The walk's "since baseline" badge and every open view of this audit refresh on each saved change.
    ctx.emit('audits.changed', { id: input.auditId, clientId });
    return ack;
  },

  'audits.setPosition'(input: ParsedInput<'audits.setPosition'>, ctx: BackendContext): { ok: true } {
    write(ctx.db, () => {
      const row = getAuditRow(ctx, input.auditId);
      assertNotReviewed(row);
      locate(ctx, row, input.touchpointId, input.criterionId ?? undefined);
      ctx.db
        .prepare('UPDATE audits SET position_touchpoint = ?, position_criterion = ? WHERE id = ?')
        .run(input.touchpointId, input.criterionId, row.id);
    });
    return { ok: true };
  },

  'audits.undo'(input: ParsedInput<'audits.undo'>, ctx: BackendContext) {
    const undone = write(ctx.db, () => {
      const row = getAuditRow(ctx, input.auditId);
      assertEditable(row);
      const change = ctx.db
        .prepare(
          "SELECT seq, field, touchpoint_id, criterion_id, old_json FROM audit_changes WHERE audit_id = ? AND undone = 0 AND field IN ('answer', 'note', 'emotion', 'painPoints', 'worked', 'recommendation') ORDER BY seq DESC LIMIT 1",
        )
        .get(row.id) as
        | { seq: number; field: string; touchpoint_id: string; criterion_id: string | null; old_json: string }
        | undefined;
      if (!change) return null;
      const old = JSON.parse(change.old_json) as unknown;
      const at = ctx.now().toISOString();
      const current =
        change.field === 'answer'
          ? ((v) => (v ? (JSON.parse(v) as unknown) : null))(
              ctx.db
                .prepare('SELECT value_json FROM answers WHERE audit_id = ? AND touchpoint_id = ? AND criterion_id = ?')
                .pluck()
                .get(row.id, change.touchpoint_id, change.criterion_id) as string | null | undefined,
            )
          : change.field === 'note'
            ? ((ctx.db
                .prepare('SELECT note FROM answers WHERE audit_id = ? AND touchpoint_id = ? AND criterion_id = ?')
                .pluck()
                .get(row.id, change.touchpoint_id, change.criterion_id) as string | undefined) ?? '')
            : readRecordField(ctx, row.id, change.touchpoint_id, change.field as RecordField);
      if (change.field === 'answer')
        upsertAnswer(
          ctx,
          row.id,
          change.touchpoint_id,
          change.criterion_id!,
          { value_json: old === null ? null : JSON.stringify(old) },
          at,
        );
      else if (change.field === 'note')
        upsertAnswer(ctx, row.id, change.touchpoint_id, change.criterion_id!, { note: old as string }, at);
      else
        upsertRecord(ctx, row.id, change.touchpoint_id, change.field as RecordField, old as string | number | null, at);
      ctx.db.prepare('UPDATE audit_changes SET undone = 1 WHERE seq = ?').run(change.seq);
      // The undo is a change of its own in the trail; marked undone so a second undo walks further back.
      appendTrailEntry(ctx.db, {
        auditId: row.id,
        at,
        field: change.field,
        touchpointId: change.touchpoint_id,
        criterionId: change.criterion_id,
        oldValue: current,
        newValue: old,
        reason: TRAIL_SYSTEM_REASONS.undo,
        undone: true,
      });
      touchAudit(ctx, row, at, change.touchpoint_id, change.criterion_id);
      return { field: change.field, touchpointId: change.touchpoint_id, criterionId: change.criterion_id };
    });
    return { undone, audit: auditDetail(ctx, input.auditId) };
  },

  'audits.complete'(input: ParsedInput<'audits.complete'>, ctx: BackendContext): AuditDetail {
    const row = write(ctx.db, () => {
      const row = getAuditRow(ctx, input.id);
      if (row.status === 'complete') return row;
      const definition = versionDefinition(ctx, row.template_version_id);
      const progress = computeProgress(
        definition,
        JSON.parse(row.scope_json) as AuditDetail['scope'],
        indexAnswers(readAnswers(ctx, row.id)),
      );
      if (progress.unanswered.length) {
        throw new AppError(
          'AUDIT_INCOMPLETE',
          `${progress.unanswered.length} criteria are still unanswered; answer them or mark them N/A before completing the audit.`,
          progress.unanswered
            .slice(0, 200)
            .map((u) => ({ field: `${u.touchpointId}.${u.criterionId}`, rule: 'required' })),
        );
      }
      const missing = failsWithoutComment(
        definition,
        JSON.parse(row.scope_json) as AuditDetail['scope'],
        readAnswers(ctx, row.id),
      );
      if (missing.length) {
        throw new AppError(
          'AUDIT_INCOMPLETE',
          `A fail needs a comment before the visit can be completed; write one on: ${missing
            .slice(0, 20)
            .map((m) => `${m.touchpointName} — ${m.question}`)
            .join('; ')}${missing.length > 20 ? ` and ${missing.length - 20} more` : ''}.`,
          missing.slice(0, 200).map((m) => ({ field: `${m.touchpointId}.${m.criterionId}.note`, rule: 'required' })),
        );
      }
      const at = ctx.now().toISOString();
      ctx.db
        .prepare("UPDATE audits SET status = 'complete', completed_at = ?, updated_at = ? WHERE id = ?")
        .run(at, at, row.id);
      logChange(ctx, row.id, at, 'completed', null, null, row.status, 'complete');
      return row;
    });
    ctx.emit('audits.changed', { id: row.id, clientId: row.client_id });
    return auditDetail(ctx, input.id);
  },

  'audits.reopen'(input: ParsedInput<'audits.reopen'>, ctx: BackendContext): AuditDetail {
    const row = write(ctx.db, () => {
      const row = getAuditRow(ctx, input.id);
      assertNotReviewed(row);
      if (row.status !== 'complete') throw new AppError('NOT_ALLOWED', 'Only a complete audit can be reopened.');
      const at = ctx.now().toISOString();
      ctx.db
        .prepare("UPDATE audits SET status = 'in_progress', completed_at = NULL, updated_at = ? WHERE id = ?")
        .run(at, row.id);
      logChange(ctx, row.id, at, 'reopened', null, null, null, input.reason, input.reason);
      return row;
    });
    ctx.emit('audits.changed', { id: row.id, clientId: row.client_id });
    return auditDetail(ctx, input.id);
  },
};
