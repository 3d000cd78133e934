import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CES_SCALES, type MetricInputs } from '../../../../shared/metrics/metric-inputs';
import { formatMetric, number } from './format-metric';
import { AnswersBox, ModeSwitch, NpsBar, NumberBox, PanelSaveIndicator } from './metrics-controls';
import { cesBoxes, parseAnswerList, type MetricGroup, type MetricsDraft } from './metrics-form';
import type { PanelSaveState } from './use-audit-metrics';
import { useMetricsForm } from './useMetricsForm';

export interface FormProps {
  auditId: string;
  initial: MetricInputs;
  readOnly: boolean;
  save: PanelSaveState;
  saveInputs(inputs: MetricInputs): Promise<void>;
}

type EntryMode = 'npsMode' | 'cesMode' | 'fcrMode';

/** One metric: what to type (with a hint) on one side, the figure computed from it on the other. */
function MetricsGroup({
  id,
  title,
  hint,
  inputs,
  result,
}: {
  id: string;
  title: string;
  hint: string;
  inputs: ReactNode;
  result: ReactNode;
}) {
  return (
    <fieldset className="metrics-group" data-testid={`metrics-${id}`}>
      <legend>{title}</legend>
      <div className="metrics-inputs">
        <p className="metrics-hint">{hint}</p>
        {inputs}
      </div>
      {result}
    </fieldset>
  );
}

/** The form itself, once the audit's stored inputs are known (exported for rendering tests). */
export function MetricsForm({ auditId, initial, readOnly, save, saveInputs }: FormProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { draft, summary, badGroups, hasErrors, update, err, flush } = useMetricsForm(
    auditId,
    initial,
    readOnly,
    saveInputs,
  );

  /** How a metric is entered (counts, raw answers, a mean, a percent): a choice saved at once. */
  const entry = <M extends EntryMode>(name: M, modes: readonly MetricsDraft[M][]) => (
    <ModeSwitch
      name={name}
      label={t('metrics.entry')}
      value={draft[name]}
      // Every entry mode has its label under metrics.modes (the cast only names one of them for i18next's types).
      options={modes.map((m) => [m, t(`metrics.modes.${m as 'counts'}`)] as const)}
      readOnly={readOnly}
      onChange={(v) => update({ [name]: v } as Partial<MetricsDraft>, true)}
    />
  );
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

      <MetricsGroup
        id="nps"
        title={t('metrics.nps.title')}
        hint={t('metrics.nps.hint')}
        inputs={
          <>
            {entry('npsMode', ['counts', 'raw'])}
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
          </>
        }
        result={figure(
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
      />

      <MetricsGroup
        id="csat"
        title={t('metrics.csat.title')}
        hint={t('metrics.csat.hint')}
        inputs={
          <>
            <div className="metrics-row metrics-row-boxes">
              {[0, 1, 2, 3, 4].map((i) =>
                listBox('csatCounts', i, t('metrics.csat.answer', { point: number(lang, i + 1) })),
              )}
            </div>
          </>
        }
        result={figure(
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
      />

      <MetricsGroup
        id="ces"
        title={t('metrics.ces.title')}
        hint={t('metrics.ces.hint')}
        inputs={
          <>
            <ModeSwitch
              name="cesScale"
              label={t('metrics.ces.scale')}
              value={cesScale === null ? '' : String(cesScale)}
              options={CES_SCALES.map((s) => [String(s), t('metrics.ces.points', { n: number(lang, s) })] as const)}
              readOnly={readOnly}
              error={err('cesScale')}
              onChange={(v) => update({ cesScale: v === '7' ? 7 : 5 }, true)}
            />
            {entry('cesMode', ['counts', 'mean'])}
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
          </>
        }
        result={figure(
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
      />

      <MetricsGroup
        id="fcr"
        title={t('metrics.fcr.title')}
        hint={t('metrics.fcr.hint')}
        inputs={
          <>
            {entry('fcrMode', ['counts', 'percent'])}
            {draft.fcrMode === 'counts' ? (
              <div className="metrics-row">
                {box('fcrContacts')}
                {box('fcrResolved')}
              </div>
            ) : (
              box('fcrPercent', true, '%')
            )}
          </>
        }
        result={figure(
          'fcr',
          <div className="metrics-figure">
            <span className="metrics-value" data-testid="metric-value-fcr">
              {formatMetric(t, lang, 'fcr', summary.fcr.value)}
            </span>
          </div>,
        )}
      />

      <MetricsGroup
        id="times"
        title={t('metrics.times.title')}
        hint={t('metrics.times.hint')}
        inputs={
          <>
            <div className="metrics-row">
              {box('ttrHours', true, t('metrics.units.hoursShort'))}
              {box('ahtMinutes', true, t('metrics.units.minutesShort'))}
            </div>
          </>
        }
        result={
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
        }
      />

      <MetricsGroup
        id="customers"
        title={t('metrics.customers.title')}
        hint={t('metrics.customers.hint')}
        inputs={
          <>
            <div className="metrics-row">
              {box('customersStart')}
              {box('customersEnd')}
              {box('customersNew')}
              {box('customersLost')}
            </div>
          </>
        }
        result={figure(
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
      />
    </section>
  );
}
