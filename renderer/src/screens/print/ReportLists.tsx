import type { ReportData } from '../../../../shared/api/reports-api';
import { answerKey, indexAnswers } from '../../../../shared/audit-progress';
import { isOverdue } from '../../../../shared/domain/action';
import { METRIC_KEYS, type MetricKey, type MetricsSummary } from '../../../../shared/metrics/compute-metrics';
import { numberFormat } from '../../lib/formatters';
import { formatMetric } from '../metrics/format-metric';
import { MetricsComparisonView } from '../metrics/MetricsComparison';
import { answerText, localDay } from './report-format';
import { ReportSectionFrame, ScoreText, UserText, useReportFormat } from './report-common';

const FAIL_BELOW = 50;

/** Moments of truth that fail (knock-out or below 50%), with the criteria that failed and what the customer met there. */
export function ReportFailingMoments({ data }: { data: ReportData }) {
  const { t, lang, pct } = useReportFormat();
  const { audit, score, baseline } = data;
  const answers = indexAnswers(audit.answers);
  const touchpoints = new Map(audit.definition.touchpoints.map((tp) => [tp.id, tp]));
  const stageNames = new Map(audit.definition.stages.map((s) => [s.id, s.name]));
  const records = new Map(audit.records.map((r) => [r.touchpointId, r]));
  const before = new Map((baseline?.comparison.touchpoints ?? []).map((d) => [d.touchpointId, d]));
  const moments = score.touchpoints.filter((tp) => tp.momentOfTruth);
  const failing = moments.filter((tp) => tp.criticalFailed || (tp.percent !== null && tp.percent < FAIL_BELOW));
  return (
    <ReportSectionFrame
      id="failingMoments"
      title={t('report.sections.failingMoments')}
      intro={t('report.failingMoments.intro')}
    >
      {moments.length === 0 ? (
        <p className="report-muted">{t('report.failingMoments.noMoments')}</p>
      ) : failing.length === 0 ? (
        <p className="report-ok">✓ {t('report.failingMoments.none', { count: moments.length })}</p>
      ) : null}
      {failing.map((tpScore) => {
        const tp = touchpoints.get(tpScore.touchpointId)!;
        const failed = tpScore.criteria.filter((c) => c.failed);
        const pain = records.get(tp.id)?.painPoints.trim() ?? '';
        const delta = before.get(tp.id);
        return (
          <article key={tp.id} className="failing-moment pb-avoid" data-testid={`report-failing-${tp.id}`}>
            <header className="failing-head">
              <h2 className="report-h3">
                <span aria-hidden="true">★ </span>
                <bdi>{tp.name}</bdi>
              </h2>
              <ScoreText
                percent={tpScore.percent}
                knockout={tpScore.criticalFailed}
                calculated={tpScore.calculatedPercent}
              />
            </header>
            <p className="report-muted report-small">
              <bdi>{stageNames.get(tp.stageId) ?? tp.stageId}</bdi> · {t(`kinds.${tp.kind}`)} · <bdi>{tp.channel}</bdi>
              {delta && baseline
                ? ` · ${t('report.failingMoments.before', { title: `\u2068${baseline.audit.title}\u2069`, score: pct(delta.before) })}${delta.knockoutBefore ? ` (${t('insights.knockout')})` : ''}`
                : ''}
            </p>
            {failed.length ? (
              <ul className="failing-criteria">
                {failed.map((c) => {
                  const criterion = tp.criteria.find((x) => x.id === c.criterionId)!;
                  const answer = answers.get(answerKey(tp.id, c.criterionId));
                  return (
                    <li key={c.criterionId}>
                      <span aria-hidden="true">✗ </span>
                      <UserText text={criterion.question} />
                      {': '}
                      <span dir="auto">{answerText(t, lang, answer?.value, criterion)}</span>
                      {c.critical ? <span className="report-tag report-tag-critical">{t('walk.critical')}</span> : null}
                      {answer?.note.trim() ? (
                        <>
                          {' — '}
                          <UserText className="report-muted" text={answer.note} />
                        </>
                      ) : null}
                    </li>
                  );
                })}
              </ul>
            ) : null}
            {pain ? (
              <p className="failing-pain">
                <strong>{t('walk.painPoints')}:</strong> <UserText text={pain} />
              </p>
            ) : null}
          </article>
        );
      })}
    </ReportSectionFrame>
  );
}

/** The action plan: what will be done where, by whom and by when. */
export function ReportActions({ data }: { data: ReportData }) {
  const { t, day } = useReportFormat();
  const today = localDay(data.generatedAt);
  return (
    <ReportSectionFrame id="actions" title={t('report.sections.actions')} intro={t('report.actions.intro')}>
      {data.actions.length === 0 ? (
        <p className="report-muted">{t('report.actions.none')}</p>
      ) : (
        <table className="report-table report-actions-table" data-testid="report-actions-table">
          <thead>
            <tr>
              <th scope="col">{t('actions.columns.title')}</th>
              <th scope="col">{t('actions.columns.touchpoint')}</th>
              <th scope="col">{t('actions.columns.owner')}</th>
              <th scope="col">{t('actions.columns.dueDate')}</th>
              <th scope="col">{t('actions.columns.priority')}</th>
              <th scope="col">{t('actions.columns.status')}</th>
            </tr>
          </thead>
          <tbody>
            {data.actions.map((a) => {
              const overdue = isOverdue(a, today);
              return (
                <tr key={a.id} className="pb-avoid">
                  <td>
                    <UserText className="report-action-title" text={a.title} />
                    {a.detail.trim() ? (
                      <UserText as="div" className="report-small report-muted report-action-detail" text={a.detail} />
                    ) : null}
                  </td>
                  <td>
                    {a.touchpointName ? (
                      <UserText text={a.stageName ? `${a.stageName} › ${a.touchpointName}` : a.touchpointName} />
                    ) : (
                      <span className="report-muted">{t('actions.noTouchpoint')}</span>
                    )}
                  </td>
                  <td>
                    {a.owner ? (
                      <UserText text={a.owner} />
                    ) : (
                      <span className="report-muted">{t('actions.noOwner')}</span>
                    )}
                  </td>
                  <td className="nowrap">
                    {a.dueDate ? day(a.dueDate) : <span className="report-muted">{t('actions.noDue')}</span>}
                    {overdue ? <span className="report-tag report-tag-fail">! {t('actions.overdue')}</span> : null}
                  </td>
                  <td>
                    <span className={`report-priority report-priority-${a.priority}`}>
                      {t(`actions.priority.${a.priority}`)}
                    </span>
                  </td>
                  <td>{t(`actions.status.${a.status}`)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </ReportSectionFrame>
  );
}

function metricDetail(
  t: ReturnType<typeof useReportFormat>['t'],
  lang: string,
  key: MetricKey,
  m: MetricsSummary,
): string {
  const n = (x: number) => numberFormat(lang).format(x);
  switch (key) {
    case 'nps':
      return m.nps.n
        ? t('report.metrics.npsDetail', {
            n: n(m.nps.n),
            promoters: n(m.nps.promoters),
            passives: n(m.nps.passives),
            detractors: n(m.nps.detractors),
          })
        : '';
    case 'csat':
      return m.csat.n ? t('metrics.csat.detail', { satisfied: n(m.csat.satisfied), n: n(m.csat.n) }) : '';
    case 'fcr':
      return m.fcr.resolved !== null && m.fcr.contacts !== null
        ? t('report.metrics.fcrDetail', { resolved: n(m.fcr.resolved), contacts: n(m.fcr.contacts) })
        : '';
    default:
      return '';
  }
}

/** Customer metrics of the audit, and before/after when the baseline has them. */
export function ReportMetrics({ data }: { data: ReportData }) {
  const { t, lang } = useReportFormat();
  const { current, baseline, deltas } = data.metrics;
  const has = (s: MetricsSummary | null) => !!s && METRIC_KEYS.some((k) => s[k].value !== null);
  return (
    <ReportSectionFrame id="metrics" title={t('report.sections.metrics')}>
      {!has(current) && !has(baseline) ? <p className="report-muted">{t('report.metrics.none')}</p> : null}
      {deltas && has(baseline) ? (
        <div className="report-metrics-compare pb-avoid">
          <MetricsComparisonView data={{ baseline, followUp: current, deltas }} />
        </div>
      ) : current && has(current) ? (
        <table className="report-table report-metrics-table pb-avoid" data-testid="report-metrics-table">
          <thead>
            <tr>
              <th scope="col">{t('metrics.compare.metric')}</th>
              <th scope="col" className="num">
                {t('report.metrics.value')}
              </th>
              <th scope="col">{t('report.metrics.basis')}</th>
            </tr>
          </thead>
          <tbody>
            {METRIC_KEYS.map((key) => (
              <tr key={key} className="pb-avoid" data-metric={key}>
                <th scope="row">{t(`metrics.names.${key}`)}</th>
                <td className={`num${current[key].value === null ? ' report-muted' : ''}`}>
                  {formatMetric(t, lang, key, current[key].value, key === 'ces' ? current.ces.scale : undefined)}
                </td>
                <td className="report-small">{metricDetail(t, lang, key, current)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </ReportSectionFrame>
  );
}
