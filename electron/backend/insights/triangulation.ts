import { countsInFigures } from '../../../shared/domain/audit';
import type { TriangulationData } from '../../../shared/stats/triangulation';
import type { BackendContext } from '../context';
import { clientMetricsSummaries } from '../queries/metrics';
import { loadClientAudits } from './comparable-audits';

/** Scores beside customer metrics: a client's audits that count in its figures (as on the dashboard), oldest first. */
export function triangulationData(ctx: BackendContext, clientId: string): TriangulationData {
  const audits = loadClientAudits(ctx, clientId).filter((a) => countsInFigures(a));
  const metrics = clientMetricsSummaries(ctx, clientId, new Set(audits.map((a) => a.id)));
  const siteNames = new Map(
    (
      ctx.db.prepare('SELECT id, name FROM sites WHERE client_id = ?').all(clientId) as { id: string; name: string }[]
    ).map((s) => [s.id, s.name]),
  );
  const stages = new Map<string, string>();
  const points = audits.map((a) => {
    for (const s of a.outline.stages) if (!stages.has(s.id)) stages.set(s.id, s.name);
    const m = metrics.get(a.id)?.summary;
    return {
      auditId: a.id,
      title: a.title,
      auditDate: a.auditDate,
      site: (a.siteId ? siteNames.get(a.siteId) : undefined) ?? a.site,
      overall: a.score.overall.percent,
      stages: Object.fromEntries(a.score.stages.map((s) => [s.key, s.percent])),
      metrics: {
        nps: m?.nps.value ?? null,
        csat: m?.csat.value ?? null,
        ces: m?.ces.value ?? null,
        cesScale: m?.ces.scale ?? null,
      },
    };
  });
  return {
    stages: [...stages].map(([id, name]) => ({ id, name })),
    sites: [...new Set(points.map((p) => p.site).filter(Boolean))].sort((a, b) => a.localeCompare(b)),
    points,
  };
}
