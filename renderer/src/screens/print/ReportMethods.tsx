import { useMemo } from 'react';
import type { ReportData } from '../../../../shared/api/reports-api';
import { explainAudit } from '../../../../shared/scoring/explain-score';
import { numberFormat } from '../../lib/formatters';
import { ScoreExplanationView } from '../explain/ScoreExplanationView';
import '../explain/explain.css';
import { ReportCalibration } from './ReportCalibration';
import { ReportSectionFrame, useReportFormat } from './report-common';
import { TableHead, numeric } from '../../components/TableHead';

/**
 * "How these numbers were computed": the method, the overall score opened line by line (the same
 * explainAudit as the app's explainer), and for a visit its wave's sites with n and 95% intervals,
 * the change verdicts and the statistical method in words.
 */
export function ReportMethods({ data }: { data: ReportData }) {
  const { t, lang, pct, change } = useReportFormat();
  const { audit } = data;
  const explanation = useMemo(
    () => explainAudit(audit.definition, audit.scope, audit.answers),
    [audit.definition, audit.scope, audit.answers],
  );
  const one = (v: number) => numberFormat(lang, { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(v);
  const wave = data.wave;
  return (
    <ReportSectionFrame id="methods" title={t('report.sections.methods')} intro={t('methods.methodsIntro')}>
      <h2 className="report-h2 pb-keep">{t('methods.overallTitle')}</h2>
      <div className="report-methods-explain" data-testid="report-methods-explain">
        <ScoreExplanationView explanation={explanation} tableClass="report-table" />
      </div>
      {wave ? (
        <>
          <h2 className="report-h2 pb-keep">{t('methods.waveTitle', { wave: wave.wave.name })}</h2>
          <p className="report-small pb-avoid">{t('stats.method')}</p>
          <p className="report-small pb-avoid">{t('stats.tooFewHint', { min: wave.statistics.minVisits })}</p>
          <table className="report-table" data-testid="report-wave-intervals">
            <TableHead
              columns={[t('methods.site'), numeric(t('methods.score')), t('methods.interval'), t('methods.change')]}
            />
            <tbody>
              {wave.sites.map((s) => {
                const i = s.stats.interval;
                const c = s.stats.change;
                return (
                  <tr key={s.siteId ?? 'none'} className="pb-avoid">
                    <th scope="row">
                      <bdi>{s.siteName ?? t('visits.noSite')}</bdi>
                      {s.siteId !== null && s.siteId === audit.visit.siteId ? ` (${t('methods.thisSite')})` : ''}
                      {s.stats.rankDependsOnMethod ? ` · ${t('explain.rankDependsOnMethod')}` : ''}
                    </th>
                    <td className="num">
                      <bdi>{pct(i.mean)}</bdi>
                    </td>
                    <td>
                      {`${t('stats.n')} = ${i.n} · `}
                      {i.status === 'interval'
                        ? t('stats.intervalRange', { low: one(i.low!), high: one(i.high!) })
                        : i.status === 'one-visit'
                          ? t('stats.oneVisit')
                          : i.status === 'zero-spread'
                            ? t('stats.zeroSpread')
                            : t('stats.noVisits')}
                      {i.tooFew ? ` · ⚠ ${t('stats.tooFew')}` : ''}
                    </td>
                    <td>
                      {c.change === null
                        ? '—'
                        : `${change(c.change)} · ${t(
                            c.verdict === 'real-change'
                              ? 'stats.realChange'
                              : c.verdict === 'within-noise'
                                ? 'stats.withinNoise'
                                : 'stats.noInterval',
                          )}`}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <ReportCalibration wave={wave} />
        </>
      ) : (
        <p className="report-small">{t('methods.noWave')}</p>
      )}
    </ReportSectionFrame>
  );
}
