import { isOverdue, type Action } from '../domain/action';
import { METRIC_KEYS, METRIC_UNIT, type MetricsSummary } from '../metrics/compute-metrics';
import type { SectionScore } from '../scoring/score-types';
import type { Language } from '../domain/settings';
import { outOfOrderMoments } from '../domain/visit';
import { visitColumns, type AuditColumns, type ExportAudit } from './answer-rows';
import { columnsOf, type ExportTable } from './export-table';
import { EXPORT_WORDS } from './export-words';

/**
 * The other sheets of the XLSX export: scores per audit and section, the action plan, and the
 * customer metrics. Like the answers, every table is "long": one row per fact with stable ids, so
 * a pivot table or a filter works on it whatever the number of audits or templates.
 */

export interface SummaryRow extends AuditColumns {
  status: string;
  template_name: string;
  template_version: number;
  /** pooled or average: how the sections roll up (README, "How scores are calculated"). */
  method: string;
  /** overall, stage, kind or channel. */
  section: string;
  section_id: string;
  section_name: string;
  /** earned / possible as a fraction (0.633 = 63.3%), shown as a percentage; empty for "no score". */
  score: number | null;
  earned: number;
  possible: number;
  criteria: number;
  scored: number;
  na: number;
  unanswered: number;
  touchpoints: number;
  knockouts: number;
}

export const SUMMARY_COLUMNS = columnsOf<SummaryRow>({
  client_id: 'text',
  client_name: 'text',
  audit_id: 'text',
  audit_title: 'text',
  audit_date: 'text',
  site: 'text',
  status: 'text',
  template_name: 'text',
  template_version: 'number',
  method: 'text',
  section: 'text',
  section_id: 'text',
  section_name: 'text',
  score: 'percent',
  earned: 'number',
  possible: 'number',
  criteria: 'number',
  scored: 'number',
  na: 'number',
  unanswered: 'number',
  touchpoints: 'number',
  knockouts: 'number',
});

/** Overall, then every stage, kind and channel of each audit, as the scoring engine rolled them up. */
export function summaryTable(audits: readonly ExportAudit[]): ExportTable<SummaryRow> {
  const rows: SummaryRow[] = [];
  for (const item of audits) {
    const { client, audit, template, definition, score } = item;
    const stageNames = new Map(definition.stages.map((s) => [s.id, s.name]));
    const row = (section: string, s: SectionScore, name: string): SummaryRow => ({
      client_id: client.id,
      client_name: client.name,
      audit_id: audit.id,
      audit_title: audit.title,
      audit_date: audit.auditDate,
      site: audit.site,
      status: audit.status,
      template_name: template.name,
      template_version: template.version,
      method: score.method,
      section,
      section_id: s.key,
      section_name: name,
      score: s.percent === null ? null : s.percent / 100,
      earned: s.earned,
      possible: s.possible,
      criteria: s.total,
      scored: s.scored,
      na: s.na,
      unanswered: s.unanswered,
      touchpoints: s.touchpoints,
      knockouts: s.knockouts,
    });
    rows.push(row('overall', score.overall, audit.title));
    for (const s of score.stages) rows.push(row('stage', s, stageNames.get(s.key) ?? s.key));
    for (const s of score.kinds) rows.push(row('kind', s, s.key));
    for (const s of score.channels) rows.push(row('channel', s, s.key));
  }
  return { name: 'Summary', columns: SUMMARY_COLUMNS, rows };
}

export interface ActionExportRow {
  action_id: string;
  client_id: string;
  audit_id: string | null;
  audit_title: string | null;
  touchpoint_id: string | null;
  touchpoint_name: string | null;
  criterion_id: string | null;
  title: string;
  detail: string;
  owner: string;
  due_date: string | null;
  priority: string;
  status: string;
  overdue: boolean;
  created_at: string;
  updated_at: string;
}

export const ACTION_COLUMNS = columnsOf<ActionExportRow>({
  action_id: 'text',
  client_id: 'text',
  audit_id: 'text',
  audit_title: 'text',
  touchpoint_id: 'text',
  touchpoint_name: 'text',
  criterion_id: 'text',
  title: 'text',
  detail: 'text',
  owner: 'text',
  due_date: 'text',
  priority: 'text',
  status: 'text',
  overdue: 'boolean',
  created_at: 'text',
  updated_at: 'text',
});

/**
 * The action plan, in the plan's order. A touchpoint's name comes from the linked audit's template
 * when that audit is in the export, else from any exported audit whose template has that key.
 */
export function actionsTable(
  actions: readonly Action[],
  audits: readonly Pick<ExportAudit, 'audit' | 'definition'>[],
  todayIso: string,
): ExportTable<ActionExportRow> {
  const byAudit = new Map(audits.map((a) => [a.audit.id, a]));
  const anyName = new Map<string, string>();
  for (const a of audits)
    for (const tp of a.definition.touchpoints) if (!anyName.has(tp.id)) anyName.set(tp.id, tp.name);
  const rows = actions.map((a): ActionExportRow => {
    const own = a.auditId ? byAudit.get(a.auditId) : undefined;
    const touchpointName = a.touchpointId
      ? (own?.definition.touchpoints.find((tp) => tp.id === a.touchpointId)?.name ??
        anyName.get(a.touchpointId) ??
        null)
      : null;
    return {
      action_id: a.id,
      client_id: a.clientId,
      audit_id: a.auditId,
      audit_title: a.auditTitle,
      touchpoint_id: a.touchpointId,
      touchpoint_name: touchpointName,
      criterion_id: a.criterionId,
      title: a.title,
      detail: a.detail,
      owner: a.owner,
      due_date: a.dueDate,
      priority: a.priority,
      status: a.status,
      overdue: isOverdue(a, todayIso),
      created_at: a.createdAt,
      updated_at: a.updatedAt,
    };
  });
  return { name: 'Actions', columns: ACTION_COLUMNS, rows };
}

export interface MetricExportRow {
  client_id: string;
  audit_id: string;
  audit_title: string;
  audit_date: string;
  site: string;
  metric: string;
  /** In the metric's unit: NPS points (-100..100), percent (0..100), a mean on the CES scale, hours, minutes. */
  value: number | null;
  unit: string;
  /** Answers, contacts or customers the value was computed from, where the metric has such a count. */
  n: number | null;
  /** CES: the scale (5 or 7) the mean is on. */
  scale: number | null;
  updated_at: string;
}

export const METRIC_COLUMNS = columnsOf<MetricExportRow>({
  client_id: 'text',
  audit_id: 'text',
  audit_title: 'text',
  audit_date: 'text',
  site: 'text',
  metric: 'text',
  value: 'number',
  unit: 'text',
  n: 'number',
  scale: 'number',
  updated_at: 'text',
});

function countOf(summary: MetricsSummary, key: (typeof METRIC_KEYS)[number]): number | null {
  switch (key) {
    case 'nps':
      return summary.nps.n || null;
    case 'csat':
      return summary.csat.n || null;
    case 'ces':
      return summary.ces.n;
    case 'fcr':
      return summary.fcr.contacts;
    case 'retention':
    case 'churn':
      return summary[key].start;
    default:
      return null;
  }
}

/** Every metric of each audit that has customer metrics entered; a metric without data has an empty value. */
export function metricsTable(
  audits: readonly Pick<ExportAudit, 'client' | 'audit'>[],
  metrics: ReadonlyMap<string, { summary: MetricsSummary; updatedAt: string }>,
): ExportTable<MetricExportRow> {
  const rows: MetricExportRow[] = [];
  for (const { client, audit } of audits) {
    const entry = metrics.get(audit.id);
    if (!entry) continue;
    for (const key of METRIC_KEYS) {
      rows.push({
        client_id: client.id,
        audit_id: audit.id,
        audit_title: audit.title,
        audit_date: audit.auditDate,
        site: audit.site,
        metric: key,
        value: entry.summary[key].value,
        unit: METRIC_UNIT[key],
        n: countOf(entry.summary, key),
        scale: key === 'ces' ? entry.summary.ces.scale : null,
        updated_at: entry.updatedAt,
      });
    }
  }
  return { name: 'Metrics', columns: METRIC_COLUMNS, rows };
}

export interface TouchpointExportRow extends AuditColumns {
  stage_id: string;
  stage_name: string;
  touchpoint_id: string;
  touchpoint_name: string;
  kind: string;
  kind_label: string;
  channel: string;
  moment_of_truth: boolean;
  /** The touchpoint's score as a fraction (0 after a failed knock-out); empty for "no score". */
  score: number | null;
  knockout_failed: boolean;
  emotion: number | null;
  emotion_label: string | null;
  pain_points: string;
  worked: string;
  recommendation: string;
}

export const TOUCHPOINT_COLUMNS = columnsOf<TouchpointExportRow>({
  client_id: 'text',
  client_name: 'text',
  audit_id: 'text',
  audit_title: 'text',
  audit_date: 'text',
  site: 'text',
  stage_id: 'text',
  stage_name: 'text',
  touchpoint_id: 'text',
  touchpoint_name: 'text',
  kind: 'text',
  kind_label: 'text',
  channel: 'text',
  moment_of_truth: 'boolean',
  score: 'percent',
  knockout_failed: 'boolean',
  emotion: 'number',
  emotion_label: 'text',
  pain_points: 'text',
  worked: 'text',
  recommendation: 'text',
});

/** One row per touchpoint in scope: its score and what the consultant recorded there (the PDF's findings). */
export function touchpointsTable(audits: readonly ExportAudit[], language: Language): ExportTable<TouchpointExportRow> {
  const words = EXPORT_WORDS[language];
  const rows: TouchpointExportRow[] = [];
  for (const item of audits) {
    const { client, audit, definition, score } = item;
    const stageNames = new Map(definition.stages.map((s) => [s.id, s.name]));
    const names = new Map(definition.touchpoints.map((tp) => [tp.id, tp.name]));
    const records = new Map(item.records.map((r) => [r.touchpointId, r]));
    for (const tp of score.touchpoints) {
      const record = records.get(tp.touchpointId);
      rows.push({
        client_id: client.id,
        client_name: client.name,
        audit_id: audit.id,
        audit_title: audit.title,
        audit_date: audit.auditDate,
        site: audit.site,
        stage_id: tp.stageId,
        stage_name: stageNames.get(tp.stageId) ?? tp.stageId,
        touchpoint_id: tp.touchpointId,
        touchpoint_name: names.get(tp.touchpointId) ?? tp.touchpointId,
        kind: tp.kind,
        kind_label: words.kinds[tp.kind],
        channel: tp.channel,
        moment_of_truth: tp.momentOfTruth,
        score: tp.percent === null ? null : tp.percent / 100,
        knockout_failed: tp.criticalFailed,
        emotion: record?.emotion ?? null,
        emotion_label: record?.emotion ? words.emotions[record.emotion] : null,
        pain_points: record?.painPoints ?? '',
        worked: record?.worked ?? '',
        recommendation: record?.recommendation ?? '',
      });
    }
  }
  return { name: 'Touchpoints', columns: TOUCHPOINT_COLUMNS, rows };
}

export interface VisitExportRow extends AuditColumns {
  site_id: string | null;
  region: string | null;
  wave_id: string | null;
  wave_name: string | null;
  shopper: string | null;
  scenario: string | null;
  planned_date: string | null;
  entered_at: string | null;
  greeted_at: string | null;
  served_at: string | null;
  paid_at: string | null;
  left_at: string | null;
  /** The tapped moments are not in the order a visit happens (a mis-tap): the durations may be missing. */
  moments_out_of_order: boolean;
  waiting_seconds: number | null;
  service_seconds: number | null;
  total_seconds: number | null;
  score: number | null;
  review_status: string;
  review_comment: string;
}

export const VISIT_COLUMNS = columnsOf<VisitExportRow>({
  client_id: 'text',
  client_name: 'text',
  audit_id: 'text',
  audit_title: 'text',
  audit_date: 'text',
  site: 'text',
  site_id: 'text',
  region: 'text',
  wave_id: 'text',
  wave_name: 'text',
  shopper: 'text',
  scenario: 'text',
  planned_date: 'text',
  entered_at: 'text',
  greeted_at: 'text',
  served_at: 'text',
  paid_at: 'text',
  left_at: 'text',
  moments_out_of_order: 'boolean',
  waiting_seconds: 'number',
  service_seconds: 'number',
  total_seconds: 'number',
  score: 'percent',
  review_status: 'text',
  review_comment: 'text',
});

/** One row per mystery-shop visit: wave, shopper, scenario, the tapped moments and the times between them. */
export function visitsTable(audits: readonly ExportAudit[]): ExportTable<VisitExportRow> {
  const rows: VisitExportRow[] = [];
  for (const { client, audit, visit, score } of audits) {
    if (!visit) continue;
    rows.push({
      client_id: client.id,
      client_name: client.name,
      audit_id: audit.id,
      audit_title: audit.title,
      audit_date: audit.auditDate,
      site: audit.site,
      site_id: visit.siteId,
      region: visit.siteRegion,
      planned_date: visit.plannedDate,
      ...visitColumns(visit),
      moments_out_of_order: outOfOrderMoments(visit.timestamps).length > 0,
      score: score.overall.percent === null ? null : score.overall.percent / 100,
      review_status: visit.review.status,
      review_comment: visit.review.comment,
    });
  }
  return { name: 'Visits', columns: VISIT_COLUMNS, rows };
}
