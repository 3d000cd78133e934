import { DefinitionNote } from '../insights/DefinitionNote';
import type { ReportData } from '../../../../shared/api/reports-api';
import type { Highlight } from '../../../../shared/reports/report-highlights';
import { EmotionFace } from '../../components/EmotionFace';
import { numberFormat } from '../../lib/formatters';
import { ReportSectionFrame, ScoreText, UserText, useReportFormat } from './report-common';
import { touchpointFails } from '../../../../shared/rules/touchpoint-fails';

const ARROW = { improved: '▲', regressed: '▼', unchanged: '=', 'not-comparable': '·' } as const;

function HighlightList({ items, kind, empty }: { items: Highlight[]; kind: 'strength' | 'pain'; empty: string }) {
  const { t } = useReportFormat();
  if (!items.length) return <p className="report-muted">{empty}</p>;
  return (
    <ol className={`report-highlights report-highlights-${kind}`}>
      {items.map((h) => (
        <li key={h.touchpointId} className="pb-avoid">
          <div className="highlight-head">
            <span className="highlight-mark" aria-hidden="true">
              {kind === 'strength' ? '+' : '!'}
            </span>
            <UserText className="highlight-name" text={h.name} />
            {h.momentOfTruth ? <span className="report-tag">★ {t('walk.momentOfTruth')}</span> : null}
            <span className="highlight-score">
              <ScoreText percent={h.percent} knockout={h.knockout} />
            </span>
          </div>
          <div className="highlight-meta report-muted">
            <UserText text={h.stageName} />
            {h.emotion ? (
              <span className="highlight-emotion">
                {' · '}
                <EmotionFace level={h.emotion} size={14} /> {t(`emotions.${h.emotion}`)}
              </span>
            ) : null}
          </div>
          {h.text ? <UserText as="p" className="highlight-text" text={h.text} /> : null}
        </li>
      ))}
    </ol>
  );
}

/** Executive summary: the overall score (and before/after), the top three strengths and pain points. */
export function ReportSummary({ data }: { data: ReportData }) {
  const { t, lang, pct, change, day } = useReportFormat();
  const n = (x: number) => numberFormat(lang).format(x);
  const { score, baseline, highlights } = data;
  const answered = score.overall.scored + score.overall.na;
  const moments = score.touchpoints.filter((tp) => tp.momentOfTruth);
  const failingMoments = moments.filter(touchpointFails);
  const cmp = baseline?.comparison;
  return (
    <ReportSectionFrame id="summary" title={t('report.sections.summary')}>
      <div className="summary-cards pb-avoid">
        <div className="summary-card summary-overall" data-testid="report-overall">
          <span className="summary-label">{t('report.summary.overall')}</span>
          <span className="summary-value">
            <bdi>{pct(score.overall.percent)}</bdi>
          </span>
          <span className="report-muted">
            {t('report.summary.method', { method: t(`insights.method.${score.method}`) })}
          </span>
        </div>
        <div className="summary-card">
          <span className="summary-label">{t('report.summary.answeredLabel')}</span>
          <span className="summary-value summary-value-small">
            {t('report.summary.answered', { answered: n(answered), total: n(score.overall.total) })}
          </span>
          {score.overall.unanswered ? (
            <span className="report-muted">{t('report.summary.unanswered', { count: score.overall.unanswered })}</span>
          ) : null}
        </div>
        <div className="summary-card">
          <span className="summary-label">{t('report.summary.knockoutsLabel')}</span>
          <span className="summary-value summary-value-small">
            {t('report.summary.knockouts', { count: score.knockouts.length })}
          </span>
          <span className="report-muted">
            {t('report.summary.failingMoments', { count: failingMoments.length, total: n(moments.length) })}
          </span>
        </div>
      </div>

      {baseline && cmp ? (
        <div className="summary-compare pb-avoid" data-testid="report-before-after">
          <h2 className="report-h2">{t('report.summary.beforeAfter')}</h2>
          <table className="report-table">
            <tbody>
              <tr>
                <th scope="row">
                  {t('report.summary.baselineRow', {
                    title: `\u2068${baseline.audit.title}\u2069`,
                    date: day(baseline.audit.auditDate),
                  })}
                </th>
                <td className="num">
                  <bdi>{pct(baseline.overall)}</bdi>
                </td>
              </tr>
              <tr>
                <th scope="row">
                  {t('report.summary.thisRow', {
                    title: `\u2068${data.audit.title}\u2069`,
                    date: day(data.audit.auditDate),
                  })}
                </th>
                <td className="num">
                  <bdi>{pct(score.overall.percent)}</bdi>
                </td>
              </tr>
              <tr>
                <th scope="row">
                  {t('report.summary.likeForLike', { before: pct(cmp.overall.before), after: pct(cmp.overall.after) })}
                  {cmp.sameVersion ? null : (
                    <span className="report-muted">
                      {' '}
                      {t('insights.differentVersions', { added: cmp.added.length, removed: cmp.removed.length })}
                    </span>
                  )}
                </th>
                <td className="num report-change">
                  <span aria-hidden="true">{ARROW[cmp.overall.movement]} </span>
                  <bdi>{change(cmp.overall.change)}</bdi>{' '}
                  <span className="report-movement">{t(`insights.movement.${cmp.overall.movement}`)}</span>
                </td>
              </tr>
            </tbody>
          </table>
        </div>
      ) : null}
      {baseline ? <DefinitionNote comparison={baseline.comparison} className="report-definition-note pb-keep" /> : null}

      <div className="summary-highlights">
        <div>
          <h2 className="report-h2 pb-keep">{t('report.summary.strengths')}</h2>
          <HighlightList items={highlights.strengths} kind="strength" empty={t('report.summary.noStrengths')} />
        </div>
        <div>
          <h2 className="report-h2 pb-keep">{t('report.summary.painPoints')}</h2>
          <HighlightList items={highlights.painPoints} kind="pain" empty={t('report.summary.noPainPoints')} />
        </div>
      </div>
    </ReportSectionFrame>
  );
}
