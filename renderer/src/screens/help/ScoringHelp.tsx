import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { percentText } from '../../lib/format-score';
import type { Answer, AnswerValue, AuditScope } from '../../../../shared/domain/audit';
import { templateDefinitionSchema, type TemplateDefinition } from '../../../../shared/domain/template';
import { scoreAudit } from '../../../../shared/scoring/score-audit';
import type { CriterionScore } from '../../../../shared/scoring/score-types';
import { TableHead, numeric } from '../../components/TableHead';

/**
 * The worked example: one stage, two touchpoints. Its numbers are not written anywhere; they come
 * from scoreAudit, so this help cannot drift from the engine. Names and questions are shown from
 * the catalogs (scoringHelp.example.*) by id.
 */
const EXAMPLE: TemplateDefinition = templateDefinitionSchema.parse({
  format: 'journey-audit.template',
  formatVersion: 1,
  name: 'Scoring example',
  language: 'en',
  stages: [{ id: 'visit', name: 'Visit' }],
  touchpoints: [
    {
      id: 'website',
      stageId: 'visit',
      name: 'Website',
      kind: 'digital',
      channel: 'Web',
      criteria: [
        { id: 'price', question: 'price', scale: { type: 'yesno' }, weight: 3 },
        { id: 'ease', question: 'ease', scale: { type: 'scale5' } },
        { id: 'chat', question: 'chat', scale: { type: 'yesno' } },
      ],
    },
    {
      id: 'desk',
      stageId: 'visit',
      name: 'Front desk',
      kind: 'human',
      channel: 'Branch',
      criteria: [
        { id: 'greet', question: 'greet', scale: { type: 'yesno' } },
        { id: 'wait', question: 'wait', scale: { type: 'scale10' } },
      ],
    },
  ],
});
const SCOPE: AuditScope = { stageIds: [], kinds: ['digital', 'human', 'physical'] };
const answer = (touchpointId: string, criterionId: string, value: AnswerValue): Answer => ({
  touchpointId,
  criterionId,
  value,
  note: '',
  updatedAt: '',
});
const ANSWERS: Answer[] = [
  answer('website', 'price', { kind: 'yesno', value: true }),
  answer('website', 'ease', { kind: 'scale', value: 3 }),
  answer('website', 'chat', { kind: 'na' }),
  answer('desk', 'greet', { kind: 'yesno', value: false }),
  answer('desk', 'wait', { kind: 'scale', value: 3 }),
];
/** The same definition with "greet" made a knock-out criterion, to show what a critical failure does. */
const WITH_CRITICAL: TemplateDefinition = {
  ...EXAMPLE,
  touchpoints: EXAMPLE.touchpoints.map((tp) => ({
    ...tp,
    criteria: tp.criteria.map((c) => (c.id === 'greet' ? { ...c, critical: true } : c)),
  })),
};

/** How scores are calculated, in plain words, with a worked example computed by the scoring engine. */
export function ScoringHelp() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const one = (n: number) => n.toLocaleString(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const pct = (n: number | null) => (n === null ? t('scoringHelp.noScore') : percentText(lang, n));

  const { pooled, average, critical } = useMemo(
    () => ({
      pooled: scoreAudit({ ...EXAMPLE, rollup: 'pooled' }, SCOPE, ANSWERS),
      average: scoreAudit({ ...EXAMPLE, rollup: 'average' }, SCOPE, ANSWERS),
      critical: scoreAudit({ ...WITH_CRITICAL, rollup: 'pooled' }, SCOPE, ANSWERS),
    }),
    [],
  );

  const answerText = (tpId: string, c: CriterionScore) => {
    const value = ANSWERS.find((a) => a.touchpointId === tpId && a.criterionId === c.criterionId)?.value;
    if (!value || value.kind === 'na') return t('scoringHelp.example.answerNa');
    if (value.kind === 'yesno')
      return value.value ? t('scoringHelp.example.answerYes') : t('scoringHelp.example.answerNo');
    if (value.kind === 'scale') return value.value.toLocaleString(lang);
    return '';
  };
  const scaleOf = (tpId: string, criterionId: string) =>
    EXAMPLE.touchpoints.find((tp) => tp.id === tpId)?.criteria.find((c) => c.id === criterionId)?.scale.type ?? 'yesno';
  const ofText = (earned: number, possible: number) =>
    t('scoringHelp.example.of', { earned: one(earned), possible: one(possible) });

  const touchpoints = pooled.touchpoints;
  const pooledWorking = t('scoringHelp.example.pooledWorking', {
    earned: touchpoints.map((tp) => one(tp.earned)).join(' + '),
    possible: touchpoints.map((tp) => one(tp.possible)).join(' + '),
    result: pct(pooled.overall.percent),
  });
  const scoredTouchpoints = average.touchpoints.filter((tp) => tp.percent !== null);
  const averageWorking = t('scoringHelp.example.averageWorking', {
    percents: scoredTouchpoints.map((tp) => pct(tp.percent)).join(' + '),
    n: scoredTouchpoints.length.toLocaleString(lang),
    result: pct(average.overall.percent),
  });
  const desk = critical.touchpoints.find((tp) => tp.touchpointId === 'desk');

  const rules = ['scales', 'weights', 'momentOfTruth', 'na', 'unanswered', 'noScore', 'knockout', 'rollup'] as const;

  return (
    <section className="scoring-help" data-testid="scoring-help" aria-labelledby="scoring-help-title">
      <h1 id="scoring-help-title">{t('scoringHelp.title')}</h1>
      <p>{t('scoringHelp.intro')}</p>

      {rules.map((rule) => (
        <section key={rule}>
          <h2>{t(`scoringHelp.rules.${rule}.title`)}</h2>
          <p>{t(`scoringHelp.rules.${rule}.body`)}</p>
        </section>
      ))}
      <ul>
        <li>{t('scoringHelp.rules.rollup.pooled')}</li>
        <li>{t('scoringHelp.rules.rollup.average')}</li>
      </ul>
      <p>{t('scoringHelp.rules.rollup.setting')}</p>

      <section data-testid="scoring-help-example">
        <h2>{t('scoringHelp.example.title')}</h2>
        <p>{t('scoringHelp.example.intro')}</p>
        <table className="tpl-table">
          <caption className="visually-hidden">{t('scoringHelp.example.caption')}</caption>
          <TableHead
            columns={[
              t('scoringHelp.example.columns.touchpoint'),
              t('scoringHelp.example.columns.criterion'),
              t('scoringHelp.example.columns.scale'),
              t('scoringHelp.example.columns.answer'),
              numeric(t('scoringHelp.example.columns.points')),
              numeric(t('scoringHelp.example.columns.weight')),
              numeric(t('scoringHelp.example.columns.counts')),
            ]}
          />
          <tbody>
            {touchpoints.flatMap((tp) => [
              ...tp.criteria.map((c) => (
                <tr key={`${tp.touchpointId}-${c.criterionId}`}>
                  <td>{t(`scoringHelp.example.touchpoints.${tp.touchpointId}`)}</td>
                  <td>{t(`scoringHelp.example.criteria.${c.criterionId}`)}</td>
                  <td>{t(`scoringHelp.example.scales.${scaleOf(tp.touchpointId, c.criterionId)}`)}</td>
                  <td>{answerText(tp.touchpointId, c)}</td>
                  <td className="num">
                    {c.rawEarned !== null && c.rawPossible !== null
                      ? ofText(c.rawEarned, c.rawPossible)
                      : t('scoringHelp.example.notCounted')}
                  </td>
                  <td className="num">{one(c.weight)}</td>
                  <td className="num">
                    {c.earned !== null && c.possible !== null
                      ? ofText(c.earned, c.possible)
                      : t('scoringHelp.example.notCounted')}
                  </td>
                </tr>
              )),
              <tr key={`${tp.touchpointId}-total`}>
                <th scope="row" colSpan={6}>
                  {t('scoringHelp.example.touchpointTotal', {
                    name: t(`scoringHelp.example.touchpoints.${tp.touchpointId}`),
                  })}
                </th>
                <td className="num">
                  {t('scoringHelp.example.ofPercent', {
                    earned: one(tp.earned),
                    possible: one(tp.possible),
                    percent: pct(tp.percent),
                  })}
                </td>
              </tr>,
            ])}
          </tbody>
        </table>

        <h3>{t('scoringHelp.example.resultTitle')}</h3>
        <table className="tpl-table">
          <caption className="visually-hidden">{t('scoringHelp.example.resultCaption')}</caption>
          <TableHead
            columns={[
              t('scoringHelp.example.columns.method'),
              t('scoringHelp.example.columns.working'),
              numeric(t('scoringHelp.example.columns.overall')),
            ]}
          />
          <tbody>
            <tr>
              <th scope="row">{t('scoringHelp.methods.pooled')}</th>
              <td dir="ltr">{pooledWorking}</td>
              <td className="num" data-testid="scoring-help-pooled">
                {pct(pooled.overall.percent)}
              </td>
            </tr>
            <tr>
              <th scope="row">{t('scoringHelp.methods.average')}</th>
              <td dir="ltr">{averageWorking}</td>
              <td className="num" data-testid="scoring-help-average">
                {pct(average.overall.percent)}
              </td>
            </tr>
          </tbody>
        </table>
        <p>{t('scoringHelp.example.why')}</p>
        {desk ? (
          <p data-testid="scoring-help-knockout">
            {t('scoringHelp.example.knockout', {
              question: t('scoringHelp.example.criteria.greet'),
              name: t('scoringHelp.example.touchpoints.desk'),
              percent: pct(desk.percent),
              calculated: pct(desk.calculatedPercent),
              overall: pct(critical.overall.percent),
            })}
          </p>
        ) : null}
      </section>
    </section>
  );
}
