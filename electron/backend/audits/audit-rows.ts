import type { CaptureFacts } from '../../../shared/evidence/capture-facts';
import type { MarkupShape } from '../../../shared/evidence/markup';
import { computeProgress, indexAnswers } from '../../../shared/audit-progress';
import {
  auditScopeSchema,
  type Answer,
  type AnswerValue,
  type AuditDetail,
  type AuditStatus,
  type AuditSummary,
  type AuditType,
  type Emotion,
  type EvidenceItem,
  type TouchpointRecord,
} from '../../../shared/domain/audit';
import type { TemplateDefinition } from '../../../shared/domain/template';
import { AppError } from '../../../shared/result';
import { scoreAudit } from '../../../shared/scoring/score-audit';
import type { BackendContext } from '../context';
import { versionDefinition } from '../templates/template-rows';
import type { AuditRow } from './audit-row';
import { readVisit } from './visit-rows';

export type { AuditRow } from './audit-row';

export function getAuditRow(ctx: BackendContext, id: string): AuditRow {
  const row = ctx.db.prepare('SELECT * FROM audits WHERE id = ?').get(id) as AuditRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', `No audit with id ${id}. It may have been deleted.`);
  return row;
}

export function readAnswers(ctx: BackendContext, auditId: string): Answer[] {
  const rows = ctx.db
    .prepare('SELECT touchpoint_id, criterion_id, value_json, note, updated_at FROM answers WHERE audit_id = ?')
    .all(auditId) as {
    touchpoint_id: string;
    criterion_id: string;
    value_json: string | null;
    note: string;
    updated_at: string;
  }[];
  return rows.map((r) => ({
    touchpointId: r.touchpoint_id,
    criterionId: r.criterion_id,
    value: r.value_json ? (JSON.parse(r.value_json) as AnswerValue) : null,
    note: r.note,
    updatedAt: r.updated_at,
  }));
}

function header(
  ctx: BackendContext,
  row: AuditRow,
): { definition: TemplateDefinition; clientName: string; templateId: string; templateVersion: number } {
  const meta = ctx.db
    .prepare(
      `SELECT c.name AS clientName, v.template_id AS templateId, v.version AS templateVersion FROM audits a
       JOIN clients c ON c.id = a.client_id JOIN template_versions v ON v.id = a.template_version_id WHERE a.id = ?`,
    )
    .get(row.id) as { clientName: string; templateId: string; templateVersion: number };
  return { ...meta, definition: versionDefinition(ctx, row.template_version_id) };
}

export function auditSummary(ctx: BackendContext, row: AuditRow, answers = readAnswers(ctx, row.id)): AuditSummary {
  const { definition, clientName, templateVersion } = header(ctx, row);
  const scope = auditScopeSchema.parse(JSON.parse(row.scope_json));
  const progress = computeProgress(definition, scope, indexAnswers(answers));
  return {
    id: row.id,
    clientId: row.client_id,
    clientName,
    templateName: definition.name,
    templateVersion,
    title: row.title,
    site: row.site,
    auditType: row.audit_type,
    auditor: row.auditor,
    auditDate: row.audit_date,
    status: row.status,
    answered: progress.overall.answered,
    total: progress.overall.total,
    score: scoreAudit(definition, scope, answers).overall.percent,
    siteId: row.site_id ?? null,
    isTest: Boolean(row.is_test),
    reviewStatus: row.review_status ?? 'none',
    updatedAt: row.updated_at,
  };
}

export function readRecords(ctx: BackendContext, auditId: string): TouchpointRecord[] {
  const rows = ctx.db
    .prepare(
      'SELECT touchpoint_id, emotion, pain_points, worked, recommendation, updated_at FROM touchpoint_records WHERE audit_id = ?',
    )
    .all(auditId) as {
    touchpoint_id: string;
    emotion: number | null;
    pain_points: string;
    worked: string;
    recommendation: string;
    updated_at: string;
  }[];
  return rows.map((r) => ({
    touchpointId: r.touchpoint_id,
    emotion: r.emotion as Emotion | null,
    painPoints: r.pain_points,
    worked: r.worked,
    recommendation: r.recommendation,
    updatedAt: r.updated_at,
  }));
}

export function auditDetail(ctx: BackendContext, id: string): AuditDetail {
  const row = getAuditRow(ctx, id);
  const answers = readAnswers(ctx, id);
  const { definition, templateId } = header(ctx, row);
  const records = readRecords(ctx, id);
  const evidence = (
    ctx.db
      .prepare(
        `SELECT e.id, e.touchpoint_id AS touchpointId, e.original_name AS originalName, e.mime, e.bytes, e.width,
         e.height, e.thumb_data_url AS thumbDataUrl, e.created_at AS createdAt, e.caption, e.capture_json,
         e.markup_json, e.redacted_sha256, d.sha256 IS NOT NULL AS pending, d.failed_at
         FROM evidence e LEFT JOIN photo_derivations d ON d.sha256 = e.sha256
         WHERE e.audit_id = ? ORDER BY e.created_at`,
      )
      .all(id) as (Omit<EvidenceItem, 'capture' | 'markup' | 'redacted' | 'preview'> & {
      capture_json: string | null;
      markup_json: string | null;
      redacted_sha256: string | null;
      pending: number;
      failed_at: string | null;
    })[]
  ).map(({ capture_json, markup_json, redacted_sha256, pending, failed_at, ...e }) => ({
    ...e,
    capture: capture_json === null ? null : (JSON.parse(capture_json) as CaptureFacts),
    markup: markup_json === null ? null : (JSON.parse(markup_json) as MarkupShape[]),
    redacted: redacted_sha256 !== null,
    preview: failed_at ? ('failed' as const) : pending ? ('pending' as const) : ('ready' as const),
  }));
  const reopenings = (
    ctx.db
      .prepare("SELECT new_json, at FROM audit_changes WHERE audit_id = ? AND field = 'reopened' ORDER BY seq")
      .all(id) as { new_json: string; at: string }[]
  ).map((r) => ({
    at: r.at,
    reason: JSON.parse(r.new_json) as string,
  }));
  return {
    ...auditSummary(ctx, row, answers),
    persona: row.persona,
    scope: auditScopeSchema.parse(JSON.parse(row.scope_json)),
    templateId,
    templateVersionId: row.template_version_id,
    definition,
    answers,
    records,
    evidence,
    position: row.position_touchpoint
      ? { touchpointId: row.position_touchpoint, criterionId: row.position_criterion }
      : null,
    completedAt: row.completed_at,
    baselineAuditId: row.baseline_audit_id,
    reopenings,
    visit: readVisit(ctx, row),
  };
}
