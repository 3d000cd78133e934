import { z } from 'zod';
import type { MetricDelta, MetricKey, MetricsSummary } from '../metrics/compute-metrics';
import { metricInputsSchema, type MetricInputs } from '../metrics/metric-inputs';
import { returns } from './returns';
import { id } from './ids';

/** One audit's customer metrics: what was entered, what it computes to, and when it was last saved (null: never). */
export interface AuditMetrics {
  auditId: string;
  inputs: MetricInputs;
  summary: MetricsSummary;
  updatedAt: string | null;
}

/** Before/after of two audits' metrics; a side is null when nothing was ever entered for it. */
export interface MetricsCompareResult {
  baseline: MetricsSummary | null;
  followUp: MetricsSummary | null;
  deltas: Record<MetricKey, MetricDelta>;
}

export const metricsApi = {
  'metrics.get': { input: z.object({ auditId: id }).strict(), output: returns<AuditMetrics>() },
  /** Replaces the audit's inputs as a whole (the screen sends its full form on every autosave). */
  'metrics.set': {
    input: z.object({ auditId: id, inputs: metricInputsSchema }).strict(),
    output: returns<AuditMetrics>(),
  },
  'metrics.compare': {
    input: z.object({ baselineAuditId: id, followUpAuditId: id }).strict(),
    output: returns<MetricsCompareResult>(),
  },
} as const;
