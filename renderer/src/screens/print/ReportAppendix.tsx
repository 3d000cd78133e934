import { Fragment } from 'react';
import type { ReportData } from '../../../../shared/api/reports-api';
import { answerKey, indexAnswers } from '../../../../shared/audit-progress';
import { touchpointsInScope } from '../../../../shared/domain/audit';
import { numberFormat } from '../../lib/formatters';
import { ScoringHelp } from '../help/ScoringHelp';
import { ReportTrail } from './ReportTrail';
import { answerMark } from '../../../../shared/scoring/answer-marks';
import { answerText, MARK_SYMBOL } from './report-format';
import { ReportSectionFrame, UserText, useReportFormat } from './report-common';
import { TableHead, numeric } from '../../components/TableHead';

/** Every answer of the audit in one table, then the scoring method used, with its rules and worked example. */
export function ReportAppendix({ data }: { data: ReportData }) {
  const { t, lang, pct } = useReportFormat();
  const { audit, score } = data;
  const answers = indexAnswers(audit.answers);
  const scores = new Map(score.touchpoints.map((tp) => [tp.touchpointId, tp]));
  const one = (n: number) => numberFormat(lang, { maximumFractionDigits: 2 }).format(n);
  const rows = touchpointsInScope(audit.definition, audit.scope);
  return (
    <ReportSectionFrame id="appendix" title={t('report.sections.appendix')}>
      <h2 className="report-h2 pb-keep">{t('report.appendix.answers')}</h2>
      <p className="report-small report-muted pb-avoid">{t('report.appendix.answersIntro')}</p>
      <table className="report-table report-appendix-table" data-testid="report-appendix-answers">
        <TableHead
          columns={[
            t('report.findings.criterion'),
            t('report.findings.answer'),
            numeric(t('report.appendix.weight')),
            numeric(t('report.appendix.points')),
          ]}
        />
        <tbody>
          {rows.map(({ stage, touchpoint: tp }) => {
            const tpScore = scores.get(tp.id);
            return (
              <Fragment key={tp.id}>
                <tr className="appendix-touchpoint pb-avoid">
                  <th scope="rowgroup" colSpan={3}>
                    <bdi>{stage.name}</bdi> › <bdi>{tp.name}</bdi>
                    {tp.momentOfTruth ? ' ★' : ''}
                  </th>
                  <td className="num">
                    <bdi>{pct(tpScore?.percent)}</bdi>
                    {tpScore?.criticalFailed ? ` ✗ ${t('insights.knockout')}` : ''}
                  </td>
                </tr>
                {tp.criteria.map((c) => {
                  const answer = answers.get(answerKey(tp.id, c.id));
                  const cs = tpScore?.criteria.find((x) => x.criterionId === c.id);
                  const mark = answerMark(answer?.value, c);
                  return (
                    <tr key={c.id} className="pb-avoid">
                      <td>
                        <UserText text={c.question} />
                        {c.critical ? (
                          <span className="report-tag report-tag-critical">{t('walk.critical')}</span>
                        ) : null}
                      </td>
                      <td>
                        <span aria-hidden="true">{MARK_SYMBOL[mark]} </span>
                        <span dir="auto">{answerText(t, lang, answer?.value, c)}</span>
                        {answer?.note.trim() ? (
                          <UserText as="div" className="appendix-note report-small report-muted" text={answer.note} />
                        ) : null}
                      </td>
                      <td className="num">{one(cs?.weight ?? c.weight)}</td>
                      <td className="num">
                        {cs && cs.earned !== null && cs.possible !== null
                          ? t('scoringHelp.example.of', { earned: one(cs.earned), possible: one(cs.possible) })
                          : '—'}
                      </td>
                    </tr>
                  );
                })}
              </Fragment>
            );
          })}
        </tbody>
      </table>

      <h2 className="report-h2 pb-keep appendix-method-title">{t('report.appendix.method')}</h2>
      <p className="report-method-used pb-avoid" data-testid="report-method-used">
        {t('report.appendix.methodUsed', {
          method: t(`insights.method.${score.method}`),
          multiplier: one(score.momentOfTruthMultiplier),
        })}{' '}
        {t(`insights.methodHint.${score.method}`)}
      </p>
      <div className="report-scoring-help">
        <ScoringHelp />
      </div>
      <ReportTrail trail={data.trail} />
    </ReportSectionFrame>
  );
}
