import type { AuditMetrics, MetricsCompareResult } from '../../../shared/api/metrics-api';
import type { ParsedInput } from '../../../shared/contract';
import { compareMetrics, computeMetrics } from '../../../shared/metrics/compute-metrics';
import { AppError } from '../../../shared/result';
import { comparisonRefusal } from '../../../shared/rules/audit-rules';
import { asSentence } from '../../../shared/reasons/reason';
import { assertAuditWritable } from '../audits/audit-guard';
import { getAuditRow, type AuditRow } from '../audits/audit-rows';
import type { BackendContext } from '../context';
import { write } from '../db/write';
import { auditMetrics, readMetrics } from '../queries/metrics';

/** The same refusal as every other write to a complete audit. */
function assertEditable(row: AuditRow): void {
  assertAuditWritable(row);
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
          `INSERT INTO audit_metrics (audit_id, data_json, updated_at) VALUES (?, ?, ?)
           ON CONFLICT (audit_id) DO UPDATE SET data_json = excluded.data_json, updated_at = excluded.updated_at`,
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
    if (refusal) throw new AppError('VALIDATION', asSentence(refusal), undefined, refusal);
    const before = readMetrics(ctx, input.baselineAuditId);
    const after = readMetrics(ctx, input.followUpAuditId);
    const baseline = before ? computeMetrics(before.inputs) : null;
    const followUp = after ? computeMetrics(after.inputs) : null;
    return { baseline, followUp, deltas: compareMetrics(baseline, followUp) };
  },
};
