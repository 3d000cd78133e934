import { create } from 'zustand';
import type { AuditMetrics, MetricsCompareResult } from '../../../shared/api/metrics-api';
import type { MetricInputs } from '../../../shared/metrics/metric-inputs';
import { api } from '../api/api';
import { createWriteQueue } from '../lib/autosave/write-queue';
import { useSaveStatus } from './save-status-store';

/** Metric writes leave one at a time, in the order they were made: the last form sent is the one stored. */
const enqueue = createWriteQueue();

interface MetricsStore {
  /** Each audit's stored inputs, as last read or saved. */
  byAudit: Record<string, AuditMetrics>;
  load(auditId: string): Promise<AuditMetrics>;
  save(auditId: string, inputs: MetricInputs): Promise<AuditMetrics>;
  compare(baselineAuditId: string, followUpAuditId: string): Promise<MetricsCompareResult>;
}

/** Customer metrics (NPS, CSAT, CES...): every call for them goes through here. */
export const useMetrics = create<MetricsStore>((set, get) => ({
  byAudit: {},
  async load(auditId) {
    const metrics = await api().call('metrics.get', { auditId });
    set({ byAudit: { ...get().byAudit, [auditId]: metrics } });
    return metrics;
  },
  async save(auditId, inputs) {
    const saved = await useSaveStatus.getState().track(enqueue(() => api().call('metrics.set', { auditId, inputs })));
    set({ byAudit: { ...get().byAudit, [auditId]: saved } });
    return saved;
  },
  compare: (baselineAuditId, followUpAuditId) => api().call('metrics.compare', { baselineAuditId, followUpAuditId }),
}));
