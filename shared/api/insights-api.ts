import { z } from 'zod';
import type { AuditComparison, AuditTrend, Movement } from '../comparison/comparison-types';
import type { NotComparableReason } from '../comparison/series';
import type { AuditType } from '../domain/audit';
import type { HeatTable } from '../scoring/heat-table';
import type { AuditScore } from '../scoring/score-types';
import type { SiteStatistics } from '../stats/wave-statistics';
import { DEFAULT_THRESHOLD } from '../comparison/movement';
import { returns } from './returns';
import { id } from './ids';

export interface ScorePoint {
  key: string;
  label: string;
  percent: number | null;
}

export interface TrendPoint {
  label: string;
  auditDate: string;
  overall: number | null;
  audits: number;
  auditId: string | null;
}

export interface ClientDashboard {
  clientId: string;
  /** Audits that count in the figures (shared/domain/audit countsInFigures): no drafts, no test audits. */
  auditCount: number;
  /** Audits left out of every figure below: drafts nobody answered yet, and test audits. */
  leftOut: { drafts: number; tests: number };
  latest: {
    auditId: string;
    title: string;
    site: string;
    auditDate: string;
    status: string;
    method: AuditScore['method'];
    overall: number | null;
    /** The previous audit of the same template (and site, when there is one), for the headline change. */
    previous: { auditId: string; title: string; auditDate: string; overall: number | null } | null;
    stages: ScorePoint[];
    kinds: ScorePoint[];
    heat: HeatTable;
    answered: number;
    total: number;
  } | null;
  /**
   * One trend per comparable series (shared/comparison/series: a template for walkthroughs, a
   * template and site for visits), each one point per audit, or per month when there are many.
   */
  trends: {
    key: string;
    templateName: string;
    auditType: AuditType;
    /** The site of a series of visits; null for walkthroughs. */
    site: string | null;
    points: TrendPoint[];
  }[];
  /** Latest audit per registry site, with the change since that site's previous audit of the same series. */
  sites: {
    siteId: string | null;
    site: string;
    auditId: string;
    auditDate: string;
    templateName: string;
    overall: number | null;
    change: number | null;
    /** Set exactly when change is null: why there is nothing to compare. */
    notComparable: { reason: NotComparableReason; otherTemplates: string[] } | null;
    previous: { auditId: string; title: string; auditDate: string } | null;
    audits: number;
    /** Over the site's latest round (the wave of its latest audit, or that audit alone); null without a score. */
    stats: SiteStatistics | null;
  }[];
  /** Moments of truth failing in the latest audit of each site (knock-out or below 50%). */
  failingMoments: {
    auditId: string;
    site: string;
    touchpointId: string;
    name: string;
    stage: string;
    percent: number | null;
    knockout: boolean;
  }[];
  /** Pain points written in the latest audit of each site. */
  painPoints: {
    auditId: string;
    site: string;
    touchpointId: string;
    name: string;
    text: string;
    emotion: number | null;
  }[];
  actions: { open: number; inProgress: number; overdue: number };
}

/** What the comparison screen shows: the engine's comparison plus the heat tables of both audits. */
export interface ComparisonView extends AuditComparison {
  heatBefore: HeatTable;
  heatAfter: HeatTable;
}

/** In a follow-up: how each touchpoint moved since the baseline, with the actions that were taken on it. */
export interface TouchpointMovement {
  baseline: { auditId: string; title: string; auditDate: string } | null;
  touchpoints: {
    touchpointId: string;
    before: number | null;
    after: number | null;
    change: number | null;
    movement: Movement;
    actions: number;
    actionsDone: number;
  }[];
}

export const insightsApi = {
  'insights.client': { input: z.object({ clientId: id }).strict(), output: returns<ClientDashboard>() },
  'insights.compare': {
    input: z
      .object({ baselineId: id, followUpId: id, threshold: z.number().min(0).max(100).default(DEFAULT_THRESHOLD) })
      .strict(),
    output: returns<ComparisonView>(),
  },
  'insights.trend': {
    input: z.object({ auditIds: z.array(id).min(2).max(60) }).strict(),
    output: returns<AuditTrend>(),
  },
  'insights.movement': {
    input: z.object({ auditId: id, threshold: z.number().min(0).max(100).default(DEFAULT_THRESHOLD) }).strict(),
    output: returns<TouchpointMovement>(),
  },
  'audits.setBaseline': {
    input: z.object({ id, baselineId: id.nullable() }).strict(),
    output: returns<{ id: string; baselineId: string | null }>(),
  },
} as const;
