import type { AuditMetrics, MetricsCompareResult } from '../../../shared/api/metrics-api';
import type { ParsedInput } from '../../../shared/contract';
import { compareMetrics, computeMetrics } from '../../../shared/metrics/compute-metrics';
import { metricInputsSchema, type MetricInputs } from '../../../shared/metrics/metric-inputs';
import { AppError } from '../../../shared/result';
import { asSentence, comparisonRefusal } from '../../../shared/rules/audit-rules';
import { assertAuditWritable } from '../audits/audit-guard';
import { getAuditRow, type AuditRow } from '../audits/audit-rows';
import type { BackendContext } from '../context';
import { write } from '../db/write';

interface MetricsRow {
  data_json: string;
  updated_at: string;
}

/** The same refusal as every other write to a complete audit. */
function assertEditable(row: AuditRow): void {
  assertAuditWritable(row);
}

/** The stored inputs (validated again on the way out), or null when nothing was ever entered. */
function readMetrics(ctx: BackendContext, auditId: string): { inputs: MetricInputs; updatedAt: string } | null {
  const row = ctx.db.prepare('SELECT data_json, updated_at FROM audit_metrics WHERE audit_id = ?').get(auditId) as
    MetricsRow | undefined;
  if (!row) return null;
  const parsed = metricInputsSchema.safeParse(JSON.parse(row.data_json));
  if (!parsed.success)
    throw new AppError('INTERNAL', `The stored customer metrics of audit ${auditId} are not readable.`);
  return { inputs: parsed.data, updatedAt: row.updated_at };
}

function auditMetrics(ctx: BackendContext, auditId: string): AuditMetrics {
  getAuditRow(ctx, auditId);
  const stored = readMetrics(ctx, auditId);
  const inputs = stored?.inputs ?? {};
  return { auditId, inputs, summary: computeMetrics(inputs), updatedAt: stored?.updatedAt ?? null };
}

export const metricHandlers = {
  'metrics.get'(input: ParsedInput<'metrics.get'>, ctx: BackendContext): AuditMetrics {
    return auditMetrics(ctx, input.auditId);
  },

  'metrics.set'(input: ParsedInput<'metrics.set'>, ctx: BackendContext): AuditMetrics {
    const row = write(ctx.db, () => {
      const row = getAuditRow(ctx, input.auditId);
      assertEditable(row);
      const at = ctx.now().toISOString();
      ctx.db
        .prepare(
          'INSERT INTO audit_metrics (audit_id, data_json, updated_at) VALUES (?, ?, ?) ON CONFLICT (audit_id) DO UPDATE SET data_json = excluded.data_json, updated_at = excluded.updated_at',
        )
        .run(row.id, JSON.stringify(input.inputs), at);
      ctx.db.prepare('UPDATE audits SET updated_at = ? WHERE id = ?').run(at, row.id);
      return row;
    });
    ctx.emit('audits.changed', { id: row.id, clientId: row.client_id });
    return auditMetrics(ctx, input.auditId);
  },

  'metrics.compare'(input: ParsedInput<'metrics.compare'>, ctx: BackendContext): MetricsCompareResult {
    const a = getAuditRow(ctx, input.baselineAuditId);
    const b = getAuditRow(ctx, input.followUpAuditId);
    const refusal = comparisonRefusal({ id: a.id, clientId: a.client_id }, { id: b.id, clientId: b.client_id });
    if (refusal) throw new AppError('VALIDATION', asSentence(refusal));
    const before = readMetrics(ctx, input.baselineAuditId);
    const after = readMetrics(ctx, input.followUpAuditId);
    const baseline = before ? computeMetrics(before.inputs) : null;
    const followUp = after ? computeMetrics(after.inputs) : null;
    return { baseline, followUp, deltas: compareMetrics(baseline, followUp) };
  },
};
