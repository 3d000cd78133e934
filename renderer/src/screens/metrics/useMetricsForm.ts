import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { computeMetrics, type MetricsSummary } from '../../../../shared/metrics/compute-metrics';
import type { MetricInputs } from '../../../../shared/metrics/metric-inputs';
import { useAutosave } from '../../lib/autosave/use-autosave';
import { useSaveStatus } from '../../stores/save-status-store';
import { number } from './format-metric';
import {
  draftToInputs,
  groupOf,
  inputsToDraft,
  savableInputs,
  type DraftError,
  type DraftField,
  type MetricGroup,
  type MetricsDraft,
} from './metrics-form';

/** Typing pauses this long before the form is saved; leaving a field saves at once. */
const SAVE_DELAY_MS = 600;

const sameDraft = (a: MetricsDraft, b: MetricsDraft) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The metrics form's state: the draft as typed (saved through the one autosave, each group that
 * reads right saved even while another is wrong), the figures computed from it, and the errors in words.
 */
export function useMetricsForm(
  auditId: string,
  initial: MetricInputs,
  readOnly: boolean,
  saveInputs: (inputs: MetricInputs) => Promise<void>,
) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const initialDraft = useMemo(() => inputsToDraft(initial), [initial]);
  // What the backend holds: a group typed wrong keeps its stored values until it is corrected.
  const stored = useRef<MetricInputs>(draftToInputs(initialDraft).partial);
  const key = `metrics:${auditId}`;
  const form = useAutosave<MetricsDraft>({
    key,
    saved: initialDraft,
    equals: sameDraft,
    disabled: readOnly,
    delayMs: SAVE_DELAY_MS,
    save: (next) => {
      const inputs = savableInputs(draftToInputs(next), stored.current);
      return saveInputs(inputs).then(() => {
        stored.current = inputs;
      });
    },
  });
  const draft = form.value;

  const result = useMemo(() => draftToInputs(draft), [draft]);
  const summary: MetricsSummary = useMemo(() => computeMetrics(result.partial), [result]);
  const badGroups = useMemo(
    () => new Set<MetricGroup>(Object.keys(result.errors).map((f) => groupOf(f as DraftField))),
    [result],
  );
  const hasErrors = badGroups.size > 0;
  // A value that cannot be saved is "Not saved" in the header too, not only in this panel.
  useEffect(() => {
    const invalidKey = `${key}:invalid`;
    useSaveStatus.getState().setField(invalidKey, hasErrors ? { kind: 'invalid' } : null);
    return () => useSaveStatus.getState().setField(invalidKey, null);
  }, [key, hasErrors]);

  const update = (patch: Partial<MetricsDraft>, now = false) => form.change({ ...draft, ...patch }, now);
  const err = (field: DraftField): string | undefined => {
    const e: DraftError | undefined = result.errors[field];
    if (!e) return undefined;
    const values = Object.fromEntries(
      Object.entries(e.values ?? {}).map(([k, v]) => [k, typeof v === 'number' ? number(lang, v) : v]),
    );
    return t(`metrics.errors.${e.key}`, values);
  };

  return { draft, summary, badGroups, hasErrors, update, err, flush: form.flush };
}

export type MetricsFormState = ReturnType<typeof useMetricsForm>;
