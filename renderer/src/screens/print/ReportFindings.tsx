import { createContext, useContext, useMemo } from 'react';
import type { ReportData } from '../../../../shared/api/reports-api';
import { answerKey, indexAnswers } from '../../../../shared/audit-progress';
import { touchpointsInScope } from '../../../../shared/domain/audit';
import { focusedFindings } from '../../../../shared/reports/focused-findings';
import type { Stage, Touchpoint } from '../../../../shared/domain/template';
import { EmotionFace } from '../../components/EmotionFace';
import { KindIcon } from '../../components/KindIcon';
import { answerMark } from '../../../../shared/scoring/answer-marks';
import { answerText, disagreeingChannels, MARK_SYMBOL } from './report-format';
import { ReportSectionFrame, ScoreText, UserText, useReportFormat } from './report-common';

/**
 * Findings per stage, focused on what matters (shared/reports/focused-findings): knock-outs,
 * failing touchpoints, pain points and moments of truth, each with its failed criteria, the
 * observations and the photos with the consultant's captions. Every answer is in the appendix.
 */
/**
 * The report's photos by evidence id. A context, read by each photo alone: the photos, made apart
 * from the data, then redraw their own figures and not the whole findings section around them.
 */
export const ReportImages = createContext<ReportData['images']>({});

function FindingPhoto({ id, name, caption }: { id: string; name: string; caption: string | undefined }) {
  const { t } = useReportFormat();
  const image = useContext(ReportImages)[id];
  return (
    <figure className="finding-photo pb-avoid">
      {image ? (
        <img src={image.dataUrl} width={image.width} height={image.height} alt={name} />
      ) : (
        <div className="finding-photo-missing">
          {image === null ? t('report.findings.photoMissing') : t('report.findings.photoLeftOut')}
        </div>
      )}
      {caption ? (
        <figcaption className="report-small" dir="auto" data-testid="photo-caption">
          <UserText text={caption} />
        </figcaption>
      ) : null}
    </figure>
  );
}

export function ReportFindings({ data }: { data: ReportData }) {
  const { t, lang, pct } = useReportFormat();
  const { audit, score } = data;
  const answers = useMemo(() => indexAnswers(audit.answers), [audit.answers]);
  const records = useMemo(() => new Map(audit.records.map((r) => [r.touchpointId, r])), [audit.records]);
  const scores = useMemo(() => new Map(score.touchpoints.map((tp) => [tp.touchpointId, tp])), [score.touchpoints]);
  const stageScores = useMemo(() => new Map(score.stages.map((s) => [s.key, s])), [score.stages]);
  const focused = useMemo(
    () => new Map(focusedFindings(score, audit.records).map((f) => [f.touchpointId, f])),
    [score, audit.records],
  );
  const stages = useMemo(() => {
    const out: { stage: Stage; touchpoints: Touchpoint[] }[] = [];
    for (const { stage, touchpoint } of touchpointsInScope(audit.definition, audit.scope)) {
      if (!focused.has(touchpoint.id)) continue;
      const last = out[out.length - 1];
      if (last && last.stage.id === stage.id) last.touchpoints.push(touchpoint);
      else out.push({ stage, touchpoints: [touchpoint] });
    }
    return out;
  }, [audit, focused]);

  return (
    <ReportSectionFrame id="findings" title={t('report.sections.findings')} intro={t('reportWriting.findingsIntro')}>
      {stages.length === 0 ? <p className="report-muted">{t('reportWriting.noFindings')}</p> : null}
      {stages.map(({ stage, touchpoints }) => (
        <section key={stage.id} className="findings-stage" aria-labelledby={`findings-stage-${stage.id}`}>
          <h2 className="report-h2 findings-stage-title pb-keep" id={`findings-stage-${stage.id}`}>
            <bdi>{stage.name}</bdi>
            <span className="findings-stage-score">
              {t('report.findings.stageScore')} <bdi>{pct(stageScores.get(stage.id)?.percent)}</bdi>
            </span>
          </h2>
          {touchpoints.map((tp) => {
            const tpScore = scores.get(tp.id);
            const finding = focused.get(tp.id)!;
            const criteria = finding.criterionIds
              .map((id) => tp.criteria.find((c) => c.id === id))
              .filter((c): c is Touchpoint['criteria'][number] => c !== undefined);
            const record = records.get(tp.id);
            const photos = audit.evidence.filter((e) => e.touchpointId === tp.id);
            const observations = (
              [
                ['painPoints', record?.painPoints ?? ''],
                ['worked', record?.worked ?? ''],
                ['recommendation', record?.recommendation ?? ''],
              ] as const
            ).filter(([, text]) => text.trim() !== '');
            return (
              <article key={tp.id} className="report-finding pb-avoid" data-testid={`report-finding-${tp.id}`}>
                <header className="finding-head pb-avoid pb-keep">
                  <h3 className="report-h3">
                    <KindIcon kind={tp.kind} size={15} /> <bdi>{tp.name}</bdi>
                    {tp.momentOfTruth ? <span className="report-tag">★ {t('walk.momentOfTruth')}</span> : null}
                    {finding.reasons.includes('knockout') ? (
                      <span className="report-tag report-tag-critical">{t('reportWriting.reason.knockout')}</span>
                    ) : null}
                  </h3>
                  <span className="finding-score">
                    <ScoreText
                      percent={tpScore?.percent ?? null}
                      knockout={tpScore?.criticalFailed ?? false}
                      calculated={tpScore?.calculatedPercent ?? null}
                    />
                  </span>
                  <p className="finding-meta report-muted">
                    {t(`kinds.${tp.kind}`)} · <bdi>{tp.channel}</bdi>
                    {' · '}
                    {record?.emotion ? (
                      <span className="finding-emotion">
                        {t('report.findings.emotion')}: <EmotionFace level={record.emotion} size={14} />{' '}
                        {t(`emotions.${record.emotion}`)}
                      </span>
                    ) : (
                      <span>
                        {t('report.findings.emotion')}: {t('map.noEmotion')}
                      </span>
                    )}
                  </p>
                  {tp.description ? (
                    <UserText as="p" className="finding-description report-small" text={tp.description} />
                  ) : null}
                </header>
                {criteria.length ? (
                  <table className="report-table finding-criteria">
                    <thead>
                      <tr>
                        <th scope="col">{t('report.findings.criterion')}</th>
                        <th scope="col">{t('report.findings.answer')}</th>
                        <th scope="col">{t('report.findings.note')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {criteria.map((c) => {
                        const answer = answers.get(answerKey(tp.id, c.id));
                        const mark = answerMark(answer?.value, c);
                        const disagree = disagreeingChannels(answer?.value);
                        return (
                          <tr key={c.id} className={`pb-avoid mark-${mark}`} data-criterion={c.id}>
                            <td className="finding-question">
                              <UserText text={c.question} />
                              {c.critical ? (
                                <span className="report-tag report-tag-critical">{t('walk.critical')}</span>
                              ) : null}
                            </td>
                            <td className="finding-answer">
                              <span className={`report-chip chip-${mark}`} aria-hidden="true">
                                {MARK_SYMBOL[mark]}
                              </span>{' '}
                              <span dir="auto">{answerText(t, lang, answer?.value, c)}</span>
                              {disagree.length ? (
                                <span className="report-tag report-tag-fail">
                                  {t('walk.channelsDisagree', {
                                    channels: disagree.map((ch) => `\u2068${ch}\u2069`).join(', '),
                                  })}
                                </span>
                              ) : null}
                            </td>
                            <td className="finding-note">
                              {answer?.note.trim() ? <UserText text={answer.note} /> : null}
                            </td>
                          </tr>
                        );
                      })}
                    </tbody>
                  </table>
                ) : null}
                {observations.length ? (
                  <dl className="finding-observations">
                    {observations.map(([field, text]) => (
                      <div key={field} className={`pb-avoid observation-${field}`}>
                        <dt>{t(`walk.${field}`)}</dt>
                        <dd>
                          <UserText text={text} />
                        </dd>
                      </div>
                    ))}
                  </dl>
                ) : null}
                {photos.length ? (
                  <div className="finding-photos">
                    {photos.map((p) => (
                      <FindingPhoto key={p.id} id={p.id} name={p.originalName} caption={data.writing.captions[p.id]} />
                    ))}
                  </div>
                ) : null}
              </article>
            );
          })}
        </section>
      ))}
    </ReportSectionFrame>
  );
}
