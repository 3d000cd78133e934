import { useEffect, useId, useMemo, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { computeMetrics, type MetricsSummary } from '../../../../shared/metrics/compute-metrics';
import { CES_SCALES, type MetricInputs } from '../../../../shared/metrics/metric-inputs';
import { useAutosave } from '../../lib/autosave/use-autosave';
import { describeError } from '../../lib/field-errors';
import { useSaveStatus } from '../../stores/save-status-store';
import { formatMetric, percent, number } from './format-metric';
import {
  cesBoxes,
  draftToInputs,
  groupOf,
  inputsToDraft,
  parseAnswerList,
  savableInputs,
  type DraftError,
  type DraftField,
  type MetricGroup,
  type MetricsDraft,
} from './metrics-form';
import { useAuditMetrics, type PanelSaveState } from './use-audit-metrics';
import './metrics.css';

export interface MetricsPanelProps {
  auditId: string;
  readOnly: boolean;
}

/** Typing pauses this long before the form is saved; leaving a field saves at once. */
const SAVE_DELAY_MS = 600;

/**
 * The customer metrics of one audit (NPS, CSAT, CES, TTR, FCR, AHT, retention, churn): a form that
 * saves itself, with each figure computed live beside what it is computed from.
 */
export function MetricsPanel({ auditId, readOnly }: MetricsPanelProps) {
  const { t } = useTranslation();
  const { data, loadError, save, saveInputs } = useAuditMetrics(auditId);
  if (loadError) {
    return (
      <section className="metrics-panel" aria-label={t('metrics.title')}>
        <p className="form-error" role="alert">
          {t('metrics.loadFailed', { reason: describeError(t, loadError) })}
        </p>
      </section>
    );
  }
  // Until the metrics of *this* audit arrive (the id may just have changed), nothing is editable.
  if (!data || data.auditId !== auditId) {
    return (
      <section className="metrics-panel" aria-label={t('metrics.title')} aria-busy="true">
        <p className="muted">{t('metrics.loading')}</p>
      </section>
    );
  }
  return (
    <MetricsForm
      key={data.auditId}
      auditId={data.auditId}
      initial={data.inputs}
      readOnly={readOnly}
      save={save}
      saveInputs={saveInputs}
    />
  );
}

export interface FormProps {
  auditId: string;
  initial: MetricInputs;
  readOnly: boolean;
  save: PanelSaveState;
  saveInputs(inputs: MetricInputs): Promise<void>;
}

const sameDraft = (a: MetricsDraft, b: MetricsDraft) => JSON.stringify(a) === JSON.stringify(b);

/** The form itself, once the audit's stored inputs are known (exported for rendering tests). */
export function MetricsForm({ auditId, initial, readOnly, save, saveInputs }: FormProps) {
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
  const flush = form.flush;
  const update = (patch: Partial<MetricsDraft>, now = false) => form.change({ ...draft, ...patch }, now);

  const err = (field: DraftField): string | undefined => {
    const e: DraftError | undefined = result.errors[field];
    if (!e) return undefined;
    const values = Object.fromEntries(
      Object.entries(e.values ?? {}).map(([k, v]) => [k, typeof v === 'number' ? number(lang, v) : v]),
    );
    return t(`metrics.errors.${e.key}`, values);
  };
  const box = (
    field: Exclude<
      keyof MetricsDraft,
      'npsMode' | 'npsAnswers' | 'csatCounts' | 'cesScale' | 'cesMode' | 'cesCounts' | 'fcrMode'
    >,
    decimal = false,
    unit?: string,
  ) => (
    <NumberBox
      label={t(`metrics.fields.${field}`)}
      value={draft[field]}
      error={err(field)}
      decimal={decimal}
      unit={unit}
      readOnly={readOnly}
      onChange={(v) => update({ [field]: v })}
      onBlur={flush}
      testId={`metric-${field}`}
    />
  );
  const listBox = (list: 'csatCounts' | 'cesCounts', i: number, label: string) => (
    <NumberBox
      key={i}
      label={label}
      value={draft[list][i] ?? ''}
      error={err(`${list}.${i}`)}
      readOnly={readOnly}
      onChange={(v) => update({ [list]: draft[list].map((x, j) => (j === i ? v : x)) })}
      onBlur={flush}
      testId={`metric-${list}-${i + 1}`}
      compact
    />
  );
  const figure = (group: MetricGroup, content: ReactNode) => (
    <div className="metrics-result" aria-live="polite" data-testid={`metric-result-${group}`}>
      {badGroups.has(group) ? <span className="metrics-result-blocked">{t('metrics.fixToCompute')}</span> : content}
    </div>
  );

  const npsAnswersRead = draft.npsAnswers.trim() === '' ? 0 : parseAnswerList(draft.npsAnswers).answers.length;
  const cesScale = draft.cesScale;

  return (
    <section className="metrics-panel" aria-labelledby="metrics-title" data-testid="metrics-panel">
      <header className="metrics-head">
        <div>
          <h2 id="metrics-title">{t('metrics.title')}</h2>
          <p className="muted small">{t('metrics.intro')}</p>
        </div>
        {readOnly ? null : <PanelSaveIndicator save={save} blocked={hasErrors} />}
      </header>
      {readOnly ? (
        <p className="metrics-readonly" role="note">
          {t('metrics.readOnly')}
        </p>
      ) : null}

      <fieldset className="metrics-group" data-testid="metrics-nps">
        <legend>{t('metrics.nps.title')}</legend>
        <div className="metrics-inputs">
          <p className="metrics-hint">{t('metrics.nps.hint')}</p>
          <ModeSwitch
            name="npsMode"
            label={t('metrics.entry')}
            value={draft.npsMode}
            options={[
              ['counts', t('metrics.modes.counts')],
              ['raw', t('metrics.modes.raw')],
            ]}
            readOnly={readOnly}
            onChange={(v) => update({ npsMode: v }, true)}
          />
          {draft.npsMode === 'counts' ? (
            <div className="metrics-row">
              {box('promoters')}
              {box('passives')}
              {box('detractors')}
            </div>
          ) : (
            <AnswersBox
              label={t('metrics.fields.npsAnswers')}
              hint={t('metrics.nps.answersHint')}
              read={t('metrics.nps.answersRead', { count: npsAnswersRead })}
              value={draft.npsAnswers}
              error={err('npsAnswers')}
              readOnly={readOnly}
              onChange={(v) => update({ npsAnswers: v })}
              onBlur={flush}
            />
          )}
        </div>
        {figure(
          'nps',
          <>
            <div className="metrics-figure">
              <span className="metrics-value" data-testid="metric-value-nps">
                {formatMetric(t, lang, 'nps', summary.nps.value)}
              </span>
              {summary.nps.n > 0 ? (
                <span className="muted small">{t('metrics.responses', { count: summary.nps.n })}</span>
              ) : null}
            </div>
            {summary.nps.n > 0 ? <NpsBar summary={summary.nps} /> : null}
          </>,
        )}
      </fieldset>

      <fieldset className="metrics-group" data-testid="metrics-csat">
        <legend>{t('metrics.csat.title')}</legend>
        <div className="metrics-inputs">
          <p className="metrics-hint">{t('metrics.csat.hint')}</p>
          <div className="metrics-row metrics-row-boxes">
            {[0, 1, 2, 3, 4].map((i) =>
              listBox('csatCounts', i, t('metrics.csat.answer', { point: number(lang, i + 1) })),
            )}
          </div>
        </div>
        {figure(
          'csat',
          <div className="metrics-figure">
            <span className="metrics-value" data-testid="metric-value-csat">
              {formatMetric(t, lang, 'csat', summary.csat.value)}
            </span>
            {summary.csat.n > 0 ? (
              <span className="muted small">
                {t('metrics.csat.detail', {
                  satisfied: number(lang, summary.csat.satisfied),
                  n: number(lang, summary.csat.n),
                })}
              </span>
            ) : null}
          </div>,
        )}
      </fieldset>

      <fieldset className="metrics-group" data-testid="metrics-ces">
        <legend>{t('metrics.ces.title')}</legend>
        <div className="metrics-inputs">
          <p className="metrics-hint">{t('metrics.ces.hint')}</p>
          <ModeSwitch
            name="cesScale"
            label={t('metrics.ces.scale')}
            value={cesScale === null ? '' : String(cesScale)}
            options={CES_SCALES.map((s) => [String(s), t('metrics.ces.points', { n: number(lang, s) })] as const)}
            readOnly={readOnly}
            error={err('cesScale')}
            onChange={(v) => update({ cesScale: v === '7' ? 7 : 5 }, true)}
          />
          <ModeSwitch
            name="cesMode"
            label={t('metrics.entry')}
            value={draft.cesMode}
            options={[
              ['counts', t('metrics.modes.counts')],
              ['mean', t('metrics.modes.mean')],
            ]}
            readOnly={readOnly}
            onChange={(v) => update({ cesMode: v }, true)}
          />
          {draft.cesMode === 'counts' ? (
            <>
              <div className="metrics-row metrics-row-boxes">
                {Array.from({ length: cesBoxes(draft) }, (_, i) =>
                  listBox('cesCounts', i, t('metrics.ces.answer', { point: number(lang, i + 1) })),
                )}
              </div>
              {err('cesCounts') ? (
                <p className="field-error" role="alert">
                  {err('cesCounts')}
                </p>
              ) : null}
            </>
          ) : (
            box('cesMean', true, cesScale ? `/ ${number(lang, cesScale)}` : undefined)
          )}
        </div>
        {figure(
          'ces',
          <div className="metrics-figure">
            <span className="metrics-value" data-testid="metric-value-ces">
              {formatMetric(t, lang, 'ces', summary.ces.value, summary.ces.scale)}
            </span>
            {summary.ces.n !== null ? (
              <span className="muted small">{t('metrics.responses', { count: summary.ces.n })}</span>
            ) : null}
          </div>,
        )}
      </fieldset>

      <fieldset className="metrics-group" data-testid="metrics-fcr">
        <legend>{t('metrics.fcr.title')}</legend>
        <div className="metrics-inputs">
          <p className="metrics-hint">{t('metrics.fcr.hint')}</p>
          <ModeSwitch
            name="fcrMode"
            label={t('metrics.entry')}
            value={draft.fcrMode}
            options={[
              ['counts', t('metrics.modes.counts')],
              ['percent', t('metrics.modes.percent')],
            ]}
            readOnly={readOnly}
            onChange={(v) => update({ fcrMode: v }, true)}
          />
          {draft.fcrMode === 'counts' ? (
            <div className="metrics-row">
              {box('fcrContacts')}
              {box('fcrResolved')}
            </div>
          ) : (
            box('fcrPercent', true, '%')
          )}
        </div>
        {figure(
          'fcr',
          <div className="metrics-figure">
            <span className="metrics-value" data-testid="metric-value-fcr">
              {formatMetric(t, lang, 'fcr', summary.fcr.value)}
            </span>
          </div>,
        )}
      </fieldset>

      <fieldset className="metrics-group" data-testid="metrics-times">
        <legend>{t('metrics.times.title')}</legend>
        <div className="metrics-inputs">
          <p className="metrics-hint">{t('metrics.times.hint')}</p>
          <div className="metrics-row">
            {box('ttrHours', true, t('metrics.units.hoursShort'))}
            {box('ahtMinutes', true, t('metrics.units.minutesShort'))}
          </div>
        </div>
        <div className="metrics-result" aria-live="polite" data-testid="metric-result-times">
          <dl className="metrics-figures">
            <dt>{t('metrics.names.ttr')}</dt>
            <dd data-testid="metric-value-ttr">
              {badGroups.has('ttr') ? t('metrics.fixToCompute') : formatMetric(t, lang, 'ttr', summary.ttr.value)}
            </dd>
            <dt>{t('metrics.names.aht')}</dt>
            <dd data-testid="metric-value-aht">
              {badGroups.has('aht') ? t('metrics.fixToCompute') : formatMetric(t, lang, 'aht', summary.aht.value)}
            </dd>
          </dl>
        </div>
      </fieldset>

      <fieldset className="metrics-group" data-testid="metrics-customers">
        <legend>{t('metrics.customers.title')}</legend>
        <div className="metrics-inputs">
          <p className="metrics-hint">{t('metrics.customers.hint')}</p>
          <div className="metrics-row">
            {box('customersStart')}
            {box('customersEnd')}
            {box('customersNew')}
            {box('customersLost')}
          </div>
        </div>
        {figure(
          'customers',
          <dl className="metrics-figures">
            <dt>{t('metrics.names.retention')}</dt>
            <dd data-testid="metric-value-retention">{formatMetric(t, lang, 'retention', summary.retention.value)}</dd>
            <dt>{t('metrics.names.churn')}</dt>
            <dd data-testid="metric-value-churn">
              {formatMetric(t, lang, 'churn', summary.churn.value)}
              {summary.churn.lostDerived && summary.churn.lost !== null ? (
                <span className="muted small metrics-note">
                  {t('metrics.customers.lostDerived', { lost: number(lang, summary.churn.lost) })}
                </span>
              ) : null}
            </dd>
          </dl>,
        )}
      </fieldset>
    </section>
  );
}

function PanelSaveIndicator({ save, blocked }: { save: PanelSaveState; blocked: boolean }) {
  const { t } = useTranslation();
  const kind = blocked ? 'failed' : save.kind;
  const text = blocked
    ? t('metrics.fixFirst')
    : save.kind === 'saving'
      ? t('save.saving')
      : save.kind === 'saved'
        ? t('save.saved')
        : save.kind === 'failed'
          ? t('save.failed', { reason: describeError(t, save.error, 'metrics.fields') })
          : t('save.idle');
  return (
    <span
      className={`save-indicator save-${kind}`}
      role="status"
      aria-live="polite"
      data-testid="metrics-save"
      data-state={kind}
      title={text}
    >
      <span className="save-dot" aria-hidden="true" />
      {text}
    </span>
  );
}

function NumberBox(props: {
  label: string;
  value: string;
  error: string | undefined;
  decimal?: boolean;
  unit?: string | undefined;
  readOnly: boolean;
  compact?: boolean;
  testId: string;
  onChange(v: string): void;
  onBlur(): void;
}) {
  const id = useId();
  return (
    <div className={`metrics-box${props.compact ? ' metrics-box-compact' : ''}${props.error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{props.label}</label>
      <span className="metrics-box-input">
        <input
          id={id}
          type="text"
          dir="auto"
          inputMode={props.decimal ? 'decimal' : 'numeric'}
          autoComplete="off"
          value={props.value}
          readOnly={props.readOnly}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={props.error ? `${id}-error` : undefined}
          onChange={(e) => props.onChange(e.target.value)}
          onBlur={props.onBlur}
          data-testid={props.testId}
          data-autosave={props.testId}
        />
        {props.unit ? <span className="metrics-unit">{props.unit}</span> : null}
      </span>
      {props.error ? (
        <p className="field-error" id={`${id}-error`} role="alert">
          {props.error}
        </p>
      ) : null}
    </div>
  );
}

function AnswersBox(props: {
  label: string;
  hint: string;
  read: string;
  value: string;
  error: string | undefined;
  readOnly: boolean;
  onChange(v: string): void;
  onBlur(): void;
}) {
  const id = useId();
  return (
    <div className={`metrics-box metrics-box-wide${props.error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{props.label}</label>
      <textarea
        id={id}
        dir="auto"
        rows={3}
        value={props.value}
        readOnly={props.readOnly}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={`${id}-hint${props.error ? ` ${id}-error` : ''}`}
        onChange={(e) => props.onChange(e.target.value)}
        onBlur={props.onBlur}
        data-testid="metric-npsAnswers"
        data-autosave="metric-npsAnswers"
      />
      <p className="metrics-hint" id={`${id}-hint`}>
        {props.hint} <strong>{props.read}</strong>
      </p>
      {props.error ? (
        <p className="field-error" id={`${id}-error`} role="alert">
          {props.error}
        </p>
      ) : null}
    </div>
  );
}

function ModeSwitch<V extends string>(props: {
  name: string;
  label: string;
  value: V | '';
  options: readonly (readonly [V, string])[];
  readOnly: boolean;
  error?: string | undefined;
  onChange(v: V): void;
}) {
  const id = useId();
  return (
    <div
      className={`metrics-switch${props.error ? ' field-invalid' : ''}`}
      role="radiogroup"
      aria-labelledby={`${id}-label`}
      aria-describedby={props.error ? `${id}-error` : undefined}
    >
      <span className="metrics-switch-label" id={`${id}-label`}>
        {props.label}
      </span>
      {props.options.map(([value, text]) => (
        <label key={value} className={`metrics-switch-option${props.value === value ? ' chosen' : ''}`}>
          <input
            type="radio"
            name={`${id}-${props.name}`}
            value={value}
            checked={props.value === value}
            disabled={props.readOnly}
            onChange={() => props.onChange(value)}
          />
          {text}
        </label>
      ))}
      {props.error ? (
        <p className="field-error" id={`${id}-error`} role="alert">
          {props.error}
        </p>
      ) : null}
    </div>
  );
}

/** Detractors, passives, promoters as one bar; each part also named with its share, never colour alone. */
function NpsBar({ summary }: { summary: MetricsSummary['nps'] }) {
  const { t, i18n } = useTranslation();
  const parts = [
    ['detractors', summary.detractorShare ?? 0, summary.detractors],
    ['passives', summary.passiveShare ?? 0, summary.passives],
    ['promoters', summary.promoterShare ?? 0, summary.promoters],
  ] as const;
  const share = (v: number) => percent(i18n.language, v);
  return (
    <div className="metrics-nps">
      <div
        className="metrics-nps-bar"
        role="img"
        aria-label={t('metrics.nps.bar', {
          promoters: share(parts[2][1]),
          passives: share(parts[1][1]),
          detractors: share(parts[0][1]),
        })}
      >
        {parts.map(([key, value]) =>
          value > 0 ? (
            <span key={key} className={`metrics-nps-part metrics-nps-${key}`} style={{ width: `${value}%` }} />
          ) : null,
        )}
      </div>
      <ul className="metrics-legend">
        {parts.map(([key, value, n]) => (
          <li key={key}>
            <span className={`metrics-swatch metrics-nps-${key}`} aria-hidden="true" />
            {t(`metrics.nps.${key}`)}: {share(value)} ({number(i18n.language, n)})
          </li>
        ))}
      </ul>
    </div>
  );
}
