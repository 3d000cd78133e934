import { useTranslation } from 'react-i18next';
import { CartesianGrid, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts';
import { TRIANGULATION_METRICS, type TriangulationMetric } from '../../../../shared/stats/triangulation';
import { isRtl } from '../../../../shared/domain/settings';
import { ChartFrame } from '../../components/charts/ChartFrame';
import { AFTER_COLOUR } from '../../components/charts/palette';
import { METRIC_UNIT } from '../../../../shared/metrics/compute-metrics';
import { formatPercent, percentText } from '../../lib/format-score';
import { numberFormat } from '../../lib/formatters';
import { useRoute } from '../../stores/route-store';
import { useSettings } from '../../stores/settings-store';
import { CorrelationLine } from './CorrelationLine';
import { useTriangulation } from './use-triangulation';
import './triangulation.css';

/** Audit scores against NPS, CSAT or CES over a client's audits: a scatter, r with its interval and n. */
export function TriangulationScreen({ clientId }: { clientId: string }) {
  const { t, i18n } = useTranslation();
  const rtl = isRtl(useSettings((s) => s.language));
  const go = useRoute((s) => s.go);
  const { data, result, score, setScore, metric, setMetric, site, setSite } = useTriangulation(clientId);
  // CSAT is a share: in the one percent format, as the scores beside it; NPS and CES are plain numbers.
  const fmt = (v: number) =>
    METRIC_UNIT[metric] === 'percent'
      ? percentText(i18n.language, v)
      : numberFormat(i18n.language, { maximumFractionDigits: 1 }).format(v);
  const metricName = t(`triangulation.metrics.${metric}`);
  const scoreName =
    score === 'overall' ? t('triangulation.overall') : (data?.stages.find((s) => s.id === score)?.name ?? score);
  const table = (
    <table className="data-table">
      <thead>
        <tr>
          <th scope="col">{t('triangulation.audit')}</th>
          <th scope="col">{t('triangulation.site')}</th>
          <th scope="col" className="num">
            {scoreName}
          </th>
          <th scope="col" className="num">
            {metricName}
          </th>
        </tr>
      </thead>
      <tbody>
        {(result?.pairs ?? []).map((p) => (
          <tr key={p.auditId}>
            <th scope="row" dir="auto">
              {p.title}
            </th>
            <td dir="auto">{p.site}</td>
            <td className="num">{formatPercent(t, i18n.language, p.score)}</td>
            <td className="num">{fmt(p.metric)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <main className="insights" data-testid="triangulation-screen">
      <div className="insights-body">
        <header>
          <button type="button" className="button button-link-dark" onClick={() => go({ name: 'dashboard', clientId })}>
            {rtl ? '→' : '←'} {t('triangulation.back')}
          </button>
          <h1>{t('triangulation.title')}</h1>
          <p className="muted">{t('triangulation.intro')}</p>
        </header>
        <section className="panel triangulation-choices" aria-label={t('triangulation.choose')}>
          <label className="field">
            <span>{t('triangulation.score')}</span>
            <select value={score} onChange={(e) => setScore(e.target.value)} data-testid="triangulation-score">
              <option value="overall">{t('triangulation.overall')}</option>
              {(data?.stages ?? []).map((s) => (
                <option key={s.id} value={s.id}>
                  {t('triangulation.stage', { stage: s.name })}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t('triangulation.metric')}</span>
            <select
              value={metric}
              onChange={(e) => setMetric(e.target.value as TriangulationMetric)}
              data-testid="triangulation-metric"
            >
              {TRIANGULATION_METRICS.map((m) => (
                <option key={m} value={m}>
                  {t(`triangulation.metrics.${m}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t('triangulation.site')}</span>
            <select value={site} onChange={(e) => setSite(e.target.value)} data-testid="triangulation-site">
              <option value="">{t('triangulation.allSites')}</option>
              {(data?.sites ?? []).map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
          </label>
        </section>
        {result ? (
          <section className="panel" aria-labelledby="triangulation-result">
            <h2 id="triangulation-result">
              {t('triangulation.resultTitle', { score: scoreName, metric: metricName })}
            </h2>
            <CorrelationLine result={result} />
            <p className="muted small" data-testid="metric-definition">
              {t(`triangulation.definitions.${metric}`)}
            </p>
            {result.pairs.length ? (
              <ChartFrame title={t('triangulation.scatterTitle')} table={table} testId="triangulation-scatter">
                {(width) => (
                  <ScatterChart width={width} height={320} margin={{ top: 14, right: 24, bottom: 24, left: 24 }}>
                    <CartesianGrid strokeDasharray="3 3" />
                    <XAxis
                      type="number"
                      dataKey="score"
                      name={scoreName}
                      domain={[0, 100]}
                      reversed={rtl}
                      unit="%"
                      label={{ value: scoreName, position: 'insideBottom', offset: -12 }}
                    />
                    <YAxis
                      type="number"
                      dataKey="metric"
                      name={metricName}
                      orientation={rtl ? 'right' : 'left'}
                      label={{ value: metricName, angle: -90, position: 'insideLeft' }}
                    />
                    <Tooltip
                      formatter={(v, name) =>
                        typeof v !== 'number'
                          ? String(v)
                          : name === scoreName
                            ? formatPercent(t, i18n.language, v)
                            : fmt(v)
                      }
                    />
                    <Scatter data={result.pairs} fill={AFTER_COLOUR} isAnimationActive={false} />
                  </ScatterChart>
                )}
              </ChartFrame>
            ) : null}
          </section>
        ) : null}
      </div>
    </main>
  );
}
