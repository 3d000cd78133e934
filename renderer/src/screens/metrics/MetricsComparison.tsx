import { useTranslation } from 'react-i18next';
import type { MetricsCompareResult } from '../../../../shared/api/metrics-api';
import {
  METRIC_BETTER,
  METRIC_KEYS,
  type MetricKey,
  type MetricsSummary,
} from '../../../../shared/metrics/compute-metrics';
import { describeError } from '../../lib/field-errors';
import { formatMetric, formatMetricChange } from './format-metric';
import { useMetricsComparison } from './use-audit-metrics';
import './metrics.css';
import { TableHead, numeric } from '../../components/TableHead';

export interface MetricsComparisonProps {
  baselineAuditId: string;
  followUpAuditId: string;
}

/** The arrow says which way the number went; better or worse is said in words (and colour). */
const arrow = (change: number | null) => (change === null || Math.abs(change) < 1e-9 ? '=' : change > 0 ? '▲' : '▼');

/** Customer metrics before and after: metric | before | after | change, the change said in words as well as colour. */
export function MetricsComparison({ baselineAuditId, followUpAuditId }: MetricsComparisonProps) {
  const { t } = useTranslation();
  const { data, error } = useMetricsComparison(baselineAuditId, followUpAuditId);

  if (error) {
    return (
      <p className="form-error" role="alert">
        {t('metrics.compare.failed', { reason: describeError(t, error) })}
      </p>
    );
  }
  if (!data) return <p className="muted">{t('metrics.loading')}</p>;
  return <MetricsComparisonView data={data} />;
}

/** The before/after table for a comparison already loaded. */
export function MetricsComparisonView({ data }: { data: MetricsCompareResult }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;

  const noData = (s: MetricsSummary | null) => !s || METRIC_KEYS.every((k) => s[k].value === null);
  if (noData(data.baseline) && noData(data.followUp)) {
    return (
      <section className="metrics-compare" aria-label={t('metrics.compare.title')} data-testid="metrics-compare">
        <h3>{t('metrics.compare.title')}</h3>
        <p className="muted">{t('metrics.compare.empty')}</p>
      </section>
    );
  }

  const scaleOf = (s: MetricsSummary | null) => s?.ces.scale ?? null;
  const cell = (s: MetricsSummary | null, key: MetricKey) =>
    formatMetric(t, lang, key, s ? s[key].value : null, key === 'ces' ? scaleOf(s) : undefined);
  return (
    <section className="metrics-compare" aria-label={t('metrics.compare.title')} data-testid="metrics-compare">
      <h3>{t('metrics.compare.title')}</h3>
      <table className="tpl-table metrics-table">
        <TableHead
          columns={[
            t('metrics.compare.metric'),
            numeric(t('metrics.compare.before')),
            numeric(t('metrics.compare.after')),
            numeric(t('metrics.compare.change')),
          ]}
        />
        <tbody>
          {METRIC_KEYS.map((key) => {
            const delta = data.deltas[key];
            const differentScales =
              key === 'ces' &&
              delta.before !== null &&
              delta.after !== null &&
              scaleOf(data.baseline) !== scaleOf(data.followUp);
            return (
              <tr key={key} data-testid={`metrics-compare-${key}`} data-movement={delta.movement}>
                <th scope="row">
                  {t(`metrics.names.${key}`)}
                  <span className="muted small metrics-better">
                    {' '}
                    {t(`metrics.compare.better.${METRIC_BETTER[key]}`)}
                  </span>
                </th>
                <td className={`num${delta.before === null ? ' muted' : ''}`}>{cell(data.baseline, key)}</td>
                <td className={`num${delta.after === null ? ' muted' : ''}`}>{cell(data.followUp, key)}</td>
                <td className={`num metrics-change metrics-${delta.movement}`}>
                  {delta.movement === 'not-comparable' ? (
                    <span className="muted">{differentScales ? t('metrics.compare.differentScales') : '—'}</span>
                  ) : (
                    <>
                      <span aria-hidden="true">{arrow(delta.change)} </span>
                      {formatMetricChange(t, lang, key, delta.change)}
                      <span className="metrics-movement"> {t(`metrics.compare.movement.${delta.movement}`)}</span>
                    </>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
