import type { AuditMetrics } from '../../../shared/api/metrics-api';
import { computeMetrics, type MetricsSummary } from '../../../shared/metrics/compute-metrics';
import { metricInputsSchema, type MetricInputs } from '../../../shared/metrics/metric-inputs';
import { AppError } from '../../../shared/result';
import { getAuditRow } from '../audits/audit-rows';
import type { BackendContext } from '../context';

/** The customer-metrics read model shared by the metrics handlers, the report and the data export. */
interface MetricsRow {
  audit_id: string;
  data_json: string;
  updated_at: string;
}

const parseInputs = (row: MetricsRow) => metricInputsSchema.safeParse(JSON.parse(row.data_json));

/** The stored inputs (validated again on the way out), or null when nothing was ever entered. */
export function readMetrics(ctx: BackendContext, auditId: string): { inputs: MetricInputs; updatedAt: string } | null {
  const row = ctx.db
    .prepare('SELECT audit_id, data_json, updated_at FROM audit_metrics WHERE audit_id = ?')
    .get(auditId) as MetricsRow | undefined;
  if (!row) return null;
  const parsed = parseInputs(row);
  if (!parsed.success)
    throw new AppError('INTERNAL', `The stored customer metrics of audit ${auditId} are not readable.`);
  return { inputs: parsed.data, updatedAt: row.updated_at };
}

/** An audit's inputs and their summary; an audit with none entered has empty inputs and `updatedAt` null. */
export function auditMetrics(ctx: BackendContext, auditId: string): AuditMetrics {
  getAuditRow(ctx, auditId);
  const stored = readMetrics(ctx, auditId);
  const inputs = stored?.inputs ?? {};
  return { auditId, inputs, summary: computeMetrics(inputs), updatedAt: stored?.updatedAt ?? null };
}

/** The summary of an audit's metrics, or null when none were ever entered. */
export function metricsSummary(ctx: BackendContext, auditId: string): MetricsSummary | null {
  const m = auditMetrics(ctx, auditId);
  return m.updatedAt === null ? null : m.summary;
}

/** Metrics of a client's audits among `auditIds` that have any entered (a row that no longer reads is left out). */
export function clientMetricsSummaries(
  ctx: BackendContext,
  clientId: string,
  auditIds: ReadonlySet<string>,
): Map<string, { summary: MetricsSummary; updatedAt: string }> {
  const rows = ctx.db
    .prepare(
      `SELECT m.audit_id, m.data_json, m.updated_at FROM audit_metrics m
       JOIN audits a ON a.id = m.audit_id WHERE a.client_id = ?`,
    )
    .all(clientId) as MetricsRow[];
  const out = new Map<string, { summary: MetricsSummary; updatedAt: string }>();
  for (const row of rows) {
    if (!auditIds.has(row.audit_id)) continue;
    const parsed = parseInputs(row);
    if (parsed.success) out.set(row.audit_id, { summary: computeMetrics(parsed.data), updatedAt: row.updated_at });
  }
  return out;
}
