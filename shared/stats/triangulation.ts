import { scoreMetricCorrelation, type Correlation } from './correlation';

/** The customer metrics set beside audit scores, each per audit (entered in the metrics panel). */
export const TRIANGULATION_METRICS = ['nps', 'csat', 'ces'] as const;
export type TriangulationMetric = (typeof TRIANGULATION_METRICS)[number];

export interface TriangulationPoint {
  auditId: string;
  title: string;
  auditDate: string;
  site: string;
  /** Overall score in percent, or null when nothing is scored. */
  overall: number | null;
  /** Stage id → the stage's score in percent (null when none of it is scored). */
  stages: Record<string, number | null>;
  metrics: { nps: number | null; csat: number | null; ces: number | null; cesScale: 5 | 7 | null };
}

export interface TriangulationData {
  stages: { id: string; name: string }[];
  sites: string[];
  points: TriangulationPoint[];
}

export interface Triangulated {
  pairs: { auditId: string; title: string; site: string; score: number; metric: number }[];
  /** Audits left out because they lack the score or the metric. */
  leftOut: number;
  correlation: Correlation;
  /** CES scales in the pairs: a 5-point and a 7-point mean are not one axis. */
  cesScales: (5 | 7)[];
}

/**
 * Audit scores (overall or one stage's) against one customer metric over a client's audits, for all
 * sites or one: the pairs for the scatter and Pearson's r with its interval (scoreMetricCorrelation).
 */
export function triangulate(
  data: TriangulationData,
  choice: { score: 'overall' | { stageId: string }; metric: TriangulationMetric; site: string | null },
): Triangulated {
  const pairs: Triangulated['pairs'] = [];
  let leftOut = 0;
  const scales = new Set<5 | 7>();
  for (const p of data.points) {
    if (choice.site !== null && p.site !== choice.site) continue;
    const score = choice.score === 'overall' ? p.overall : (p.stages[choice.score.stageId] ?? null);
    const metric = p.metrics[choice.metric];
    if (score === null || metric === null) {
      leftOut++;
      continue;
    }
    if (choice.metric === 'ces' && p.metrics.cesScale) scales.add(p.metrics.cesScale);
    pairs.push({ auditId: p.auditId, title: p.title, site: p.site, score, metric });
  }
  return { pairs, leftOut, correlation: scoreMetricCorrelation(pairs), cesScales: [...scales].sort() };
}
