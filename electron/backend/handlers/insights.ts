import type { ClientDashboard, ComparisonView, TouchpointMovement, TrendPoint } from '../../../shared/api/insights-api';
import { comparableSeries, siteChange, siteKeyOf, type SeriesAudit } from '../../../shared/comparison/series';
import { countsInFigures } from '../../../shared/domain/audit';
import { auditTrend, compareAudits } from '../../../shared/comparison/compare-audits';
import type { MethodName, MethodOutput, ParsedInput } from '../../../shared/contract';
import { stageKindHeat } from '../../../shared/scoring/heat-table';
import { inScopeIdsOf } from '../../../shared/scoring/stored-rollup';
import { namesOf } from '../../../shared/domain/template-outline';
import type { SectionScore } from '../../../shared/scoring/score-types';
import { AppError } from '../../../shared/result';
import { baselineRefusal, comparisonRefusal } from '../../../shared/rules/audit-rules';
import { asSentence } from '../../../shared/reasons/reason';
import type { BackendContext } from '../context';
import { write } from '../db/write';
import { getAuditRow } from '../audits/audit-rows';
import {
  baselineOf,
  loadAudit,
  loadClientAudits,
  painPointsOf,
  type LoadedAudit,
  type PainPointRow,
} from '../insights/comparable-audits';
import { siteStatistics } from '../insights/site-statistics';
import { touchpointFails } from '../../../shared/rules/touchpoint-fails';

type InsightMethod =
  'insights.client' | 'insights.compare' | 'insights.trend' | 'insights.movement' | 'audits.setBaseline';
type InsightHandlers = {
  [M in InsightMethod & MethodName]: (input: ParsedInput<M>, ctx: BackendContext) => MethodOutput<M>;
};

/** A series longer than this is shown per month, so no chart ever gets more than ~1,000 points. */
const TREND_POINTS_PER_AUDIT_LIMIT = 60;

function mustLoad(ctx: BackendContext, id: string): LoadedAudit {
  const audit = loadAudit(ctx, id);
  if (!audit) throw new AppError('NOT_FOUND', `No audit with id ${id}. It may have been deleted.`);
  return audit;
}

const points = (sections: SectionScore[], label: (key: string) => string) =>
  sections.map((s) => ({ key: s.key, label: label(s.key), percent: s.percent }));

function trendOf(audits: LoadedAudit[]): TrendPoint[] {
  if (audits.length <= TREND_POINTS_PER_AUDIT_LIMIT) {
    return audits.map((a) => ({
      label: a.title,
      auditDate: a.auditDate,
      overall: a.overallPercent,
      audits: 1,
      auditId: a.id,
    }));
  }
  const months = new Map<string, LoadedAudit[]>();
  for (const a of audits) {
    const month = a.auditDate.slice(0, 7);
    months.set(month, [...(months.get(month) ?? []), a]);
  }
  return [...months].map(([month, group]) => {
    const scored = group.map((a) => a.overallPercent).filter((p): p is number => p !== null);
    return {
      label: month,
      auditDate: `${month}-01`,
      overall: scored.length ? scored.reduce((x, y) => x + y, 0) / scored.length : null,
      audits: group.length,
      auditId: null,
    };
  });
}

function dashboard(ctx: BackendContext, clientId: string): ClientDashboard {
  const today = ctx.now().toISOString().slice(0, 10);
  // The client's existence and its actions in one statement: the first dashboard after a start prepares each anew.
  const actionCounts = ctx.db
    .prepare(
      `SELECT EXISTS (SELECT 1 FROM clients WHERE id = @clientId) AS found, sum(status = 'open') AS open,
              sum(status = 'in_progress') AS inProgress,
              sum(status IN ('open', 'in_progress') AND due_date IS NOT NULL AND due_date < @today) AS overdue
       FROM actions WHERE client_id = @clientId`,
    )
    .get({ clientId, today }) as {
    found: number;
    open: number | null;
    inProgress: number | null;
    overdue: number | null;
  };
  if (!actionCounts.found) throw new AppError('NOT_FOUND', `No client with id ${clientId}. It may have been deleted.`);
  const all = loadClientAudits(ctx, clientId);
  const audits = all.filter(countsInFigures);
  const leftOut = {
    drafts: all.filter((a) => !a.isTest && a.status === 'draft').length,
    tests: all.filter((a) => a.isTest).length,
  };
  const actions = {
    open: actionCounts.open ?? 0,
    inProgress: actionCounts.inProgress ?? 0,
    overdue: actionCounts.overdue ?? 0,
  };

  const asSeries = (a: LoadedAudit): SeriesAudit & { loaded: LoadedAudit } => ({
    id: a.id,
    title: a.title,
    templateId: a.templateId,
    templateName: a.outline.name,
    auditType: a.auditType,
    siteId: a.siteId,
    site: a.site,
    auditDate: a.auditDate,
    status: a.status,
    overall: a.overallPercent,
    loaded: a,
  });
  const counted = audits.map(asSeries);
  const trends = comparableSeries(counted).map((series) => ({
    key: series.key,
    templateName: series.templateName,
    auditType: series.auditType,
    site: series.site,
    points: trendOf(series.audits.map((a) => a.loaded)),
  }));

  // The latest audit of each site (audits are oldest first), against the site's previous audit of the same series.
  const bySite = new Map<string, typeof counted>();
  for (const a of counted) {
    const key = siteKeyOf(a);
    const list = bySite.get(key);
    if (list) list.push(a);
    else bySite.set(key, [a]);
  }
  const stats = siteStatistics(new Map([...bySite].map(([key, list]) => [key, list.map((a) => a.loaded)])));
  const sites = [...bySite].map(([key, list]) => {
    const { latest, previous, change, reason, otherTemplates } = siteChange(list);
    return {
      siteId: latest.siteId,
      site: latest.site,
      auditId: latest.id,
      auditDate: latest.auditDate,
      templateName: latest.templateName,
      overall: latest.overall,
      change,
      notComparable: reason ? { reason, otherTemplates } : null,
      previous: previous ? { auditId: previous.id, title: previous.title, auditDate: previous.auditDate } : null,
      audits: list.length,
      stats: stats.get(key) ?? null,
    };
  });
  const latestPerSite = [...bySite.values()].map((list) => list[list.length - 1]!.loaded);

  const failingMoments: ClientDashboard['failingMoments'] = [];
  const painPoints: ClientDashboard['painPoints'] = [];
  const painsByAudit = new Map<string, PainPointRow[]>();
  for (const row of painPointsOf(
    ctx,
    latestPerSite.map((a) => a.id),
  )) {
    const list = painsByAudit.get(row.auditId);
    if (list) list.push(row);
    else painsByAudit.set(row.auditId, [row]);
  }
  for (const audit of latestPerSite) {
    const { touchpoints: names, stages } = namesOf(audit.outline);
    for (const tp of audit.momentsOfTruth) {
      if (touchpointFails(tp)) {
        failingMoments.push({
          auditId: audit.id,
          site: audit.site,
          touchpointId: tp.touchpointId,
          name: names.get(tp.touchpointId) ?? tp.touchpointId,
          stage: stages.get(tp.stageId) ?? tp.stageId,
          percent: tp.percent,
          knockout: tp.criticalFailed,
        });
      }
    }
    const inScope = inScopeIdsOf(audit.outline, audit.scope);
    for (const r of painsByAudit.get(audit.id) ?? []) {
      if (inScope.has(r.touchpointId) && r.painPoints.trim())
        painPoints.push({
          auditId: audit.id,
          site: audit.site,
          touchpointId: r.touchpointId,
          name: names.get(r.touchpointId) ?? r.touchpointId,
          text: r.painPoints,
          emotion: r.emotion,
        });
    }
  }

  const last = audits[audits.length - 1];
  let latest: ClientDashboard['latest'] = null;
  if (last) {
    const stageNames = namesOf(last.outline).stages;
    const previous = baselineOf(ctx, last, all);
    latest = {
      auditId: last.id,
      title: last.title,
      site: last.site,
      auditDate: last.auditDate,
      status: last.status,
      method: last.rollup.method,
      overall: last.rollup.overall.percent,
      previous: previous
        ? {
            auditId: previous.id,
            title: previous.title,
            auditDate: previous.auditDate,
            overall: previous.overallPercent,
          }
        : null,
      stages: points(last.rollup.stages, (k) => stageNames.get(k) ?? k),
      kinds: points(last.rollup.kinds, (k) => k),
      heat: stageKindHeat(last.outline, last.rollup),
      answered: last.rollup.overall.scored + last.rollup.overall.na,
      total: last.rollup.overall.total,
    };
  }
  return {
    clientId,
    auditCount: audits.length,
    leftOut,
    latest,
    trends,
    sites,
    failingMoments,
    painPoints: painPoints.slice(0, 200),
    actions,
  };
}

function comparison(ctx: BackendContext, baselineId: string, followUpId: string, threshold: number): ComparisonView {
  if (baselineId === followUpId) throw new AppError('VALIDATION', 'Pick two different audits to compare.');
  const baseline = mustLoad(ctx, baselineId);
  const followUp = mustLoad(ctx, followUpId);
  const refusal = comparisonRefusal(baseline, followUp);
  if (refusal) throw new AppError('VALIDATION', asSentence(refusal), undefined, refusal);
  return {
    ...compareAudits(baseline, followUp, { threshold }),
    heatBefore: stageKindHeat(baseline.definition, baseline.score),
    heatAfter: stageKindHeat(followUp.definition, followUp.score),
  };
}

function movement(ctx: BackendContext, auditId: string, threshold: number): TouchpointMovement {
  const audit = mustLoad(ctx, auditId);
  const actionRows = ctx.db
    .prepare(
      "SELECT touchpoint_id AS touchpointId, count(*) AS n, sum(status = 'done') AS done FROM actions WHERE client_id = ? AND touchpoint_id IS NOT NULL GROUP BY touchpoint_id",
    )
    .all(audit.clientId) as { touchpointId: string; n: number; done: number }[];
  const actions = new Map(actionRows.map((r) => [r.touchpointId, r]));
  const baseline = baselineOf(ctx, audit);
  if (!baseline) return { baseline: null, touchpoints: [] };
  const compared = compareAudits(baseline, audit, { threshold });
  return {
    baseline: { auditId: baseline.id, title: baseline.title, auditDate: baseline.auditDate },
    touchpoints: compared.touchpoints.map((tp) => ({
      touchpointId: tp.touchpointId,
      before: tp.before,
      after: tp.after,
      change: tp.change,
      movement: tp.movement,
      actions: actions.get(tp.touchpointId)?.n ?? 0,
      actionsDone: actions.get(tp.touchpointId)?.done ?? 0,
    })),
  };
}

export const insightHandlers: InsightHandlers = {
  'insights.client': (input, ctx) => dashboard(ctx, input.clientId),
  'insights.compare': (input, ctx) => comparison(ctx, input.baselineId, input.followUpId, input.threshold),
  'insights.trend'(input, ctx) {
    const audits = input.auditIds.map((id) => mustLoad(ctx, id));
    if (new Set(audits.map((a) => a.clientId)).size > 1)
      throw new AppError('VALIDATION', 'A trend is drawn over audits of one client.');
    return auditTrend(audits);
  },
  'insights.movement': (input, ctx) => movement(ctx, input.auditId, input.threshold),
  'audits.setBaseline'(input, ctx) {
    const row = getAuditRow(ctx, input.id);
    if (input.baselineId !== null) {
      const base = input.baselineId === input.id ? row : getAuditRow(ctx, input.baselineId);
      const refusal = baselineRefusal(
        { id: row.id, clientId: row.client_id },
        { id: base.id, clientId: base.client_id },
      );
      if (refusal) throw new AppError('VALIDATION', asSentence(refusal), undefined, refusal);
    }
    write(ctx.db, () =>
      ctx.db.prepare('UPDATE audits SET baseline_audit_id = ? WHERE id = ?').run(input.baselineId, input.id),
    );
    ctx.emit('audits.changed', { id: input.id, clientId: row.client_id });
    return { id: input.id, baselineId: input.baselineId };
  },
};
