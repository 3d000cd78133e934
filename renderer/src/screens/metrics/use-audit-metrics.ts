import { useCallback, useEffect, useRef, useState } from 'react';
import type { AuditMetrics, MetricsCompareResult } from '../../../../shared/api/metrics-api';
import type { MetricInputs } from '../../../../shared/metrics/metric-inputs';
import type { ApiError } from '../../../../shared/result';
import { apiErrorOf } from '../../lib/field-errors';
import { useMetrics } from '../../stores/metrics-store';

export type PanelSaveState =
  { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: string } | { kind: 'failed'; error: ApiError };

/**
 * One audit's metrics: loads them, and saves a whole form at a time. Every write also goes
 * through the app's save status, so the header says Saving / Saved / Not saved like everywhere.
 */
export function useAuditMetrics(auditId: string) {
  const [data, setData] = useState<AuditMetrics | null>(null);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const [save, setSave] = useState<PanelSaveState>({ kind: 'idle' });
  const inFlight = useRef(0);
  const current = useRef(auditId);
  current.current = auditId;

  useEffect(() => {
    let live = true;
    setData(null);
    setLoadError(null);
    setSave({ kind: 'idle' });
    void useMetrics
      .getState()
      .load(auditId)
      .then((value) => live && setData(value))
      .catch((e: unknown) => live && setLoadError(apiErrorOf(e)));
    return () => {
      live = false;
    };
  }, [auditId]);

  const saveInputs = useCallback(
    async (inputs: MetricInputs) => {
      const target = auditId;
      inFlight.current++;
      setSave({ kind: 'saving' });
      try {
        const saved = await useMetrics.getState().save(target, inputs);
        inFlight.current--;
        if (current.current === target)
          setSave(
            inFlight.current > 0
              ? { kind: 'saving' }
              : { kind: 'saved', at: saved.updatedAt ?? new Date().toISOString() },
          );
      } catch (e) {
        inFlight.current--;
        if (current.current === target) setSave({ kind: 'failed', error: apiErrorOf(e) });
        throw e;
      }
    },
    [auditId],
  );

  return { data, loadError, save, saveInputs };
}

/** Before/after metrics of two audits, reloaded when either id changes. */
export function useMetricsComparison(baselineAuditId: string, followUpAuditId: string) {
  const [data, setData] = useState<MetricsCompareResult | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    let live = true;
    setData(null);
    setError(null);
    void useMetrics
      .getState()
      .compare(baselineAuditId, followUpAuditId)
      .then((value) => live && setData(value))
      .catch((e: unknown) => live && setError(apiErrorOf(e)));
    return () => {
      live = false;
    };
  }, [baselineAuditId, followUpAuditId]);
  return { data, error };
}
