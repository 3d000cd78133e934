import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerValue } from '../../../../shared/domain/audit';
import type { Scale } from '../../../../shared/domain/template';
import type { CriterionLine, ScoreExplanation, TouchpointLine } from '../../../../shared/scoring/explain-score';
import { formatPercent } from '../../lib/format-score';
import { numberFormat } from '../../lib/formatters';
import { memoT } from '../../lib/memo-t';
import { TableHead, numeric } from '../../components/TableHead';

/** The arithmetic of one audit's score: per criterion, per touchpoint, per stage, overall, and under the other method. */
export function ScoreExplanationView({
  explanation: e,
  tableClass = 'data-table',
}: {
  explanation: ScoreExplanation;
  /** The table style of where it is shown: the app's data tables, or the printed report's. */
  tableClass?: string;
}) {
  const { t: translate, i18n } = useTranslation();
  // One memory of translations for every table: a long audit's tables repeat the same few strings.
  const t = useMemo(() => memoT(translate), [translate]);
  const pct = (v: number | null) => formatPercent(t, i18n.language, v);
  const num = (v: number) => numberFormat(i18n.language, { maximumFractionDigits: 2 }).format(v);
  const list = (xs: number[]) => xs.map((x) => pct(x)).join(' + ');
  return (
    <div className="explain" data-testid="score-explanation">
      <p className="explain-total">
        <strong data-testid="explain-overall">{pct(e.overall.percent)}</strong>{' '}
        <span className="muted">{t(`insights.method.${e.method}`)}</span>
      </p>
      <p className="explain-formula" data-testid="explain-formula">
        {e.method === 'pooled'
          ? t('explain.pooledFormula', {
              earned: num(e.overall.earned),
              possible: num(e.overall.possible),
              percent: pct(e.overall.percent),
            })
          : t('explain.averageFormula', {
              values: list(e.overall.stagePercents) || '—',
              count: e.overall.stagePercents.length,
              percent: pct(e.overall.percent),
            })}
      </p>
      <p className="explain-other" data-testid="explain-other">
        {t('explain.otherMethod', { method: t(`insights.method.${e.otherMethod}`), percent: pct(e.otherPercent) })}
      </p>
      <p className="muted small">
        {t('explain.counts', { scored: e.counts.scored, na: e.counts.na, unanswered: e.counts.unanswered })}
      </p>
      {e.knockouts.length > 0 ? (
        <ul className="explain-knockouts" data-testid="explain-knockouts">
          {e.knockouts.map((k) => (
            <li key={k.touchpointId}>
              <span className="chip chip-fail">{t('insights.knockout')}</span> <span dir="auto">{k.name}</span>:{' '}
              {t('explain.knockedOut', { calculated: pct(k.calculatedPercent) })}
            </li>
          ))}
        </ul>
      ) : null}
      {e.method === 'average' ? (
        <ul className="explain-stages">
          {e.stages.map((s) => (
            <li key={s.stageId}>
              <span dir="auto">{s.name}</span>:{' '}
              {s.touchpointPercents.length
                ? t('explain.stageMean', {
                    values: list(s.touchpointPercents),
                    count: s.touchpointPercents.length,
                    percent: pct(s.percent),
                  })
                : t('insights.noScore')}
            </li>
          ))}
        </ul>
      ) : null}
      {e.touchpoints.map((tp) => (
        <TouchpointTable key={tp.touchpointId} tp={tp} tableClass={tableClass} t={t} lang={i18n.language} />
      ))}
    </div>
  );
}

function TouchpointTable({
  tp,
  tableClass,
  t,
  lang,
}: {
  tp: TouchpointLine;
  tableClass: string;
  t: TFunction;
  lang: string;
}) {
  const pct = (v: number | null) => formatPercent(t, lang, v);
  const num = (v: number) => numberFormat(lang, { maximumFractionDigits: 2 }).format(v);
  return (
    <table className={`${tableClass} explain-table pb-avoid`} data-testid="explain-touchpoint">
      <caption dir="auto">
        {tp.momentOfTruth ? '★ ' : ''}
        {tp.name}
      </caption>
      <TableHead
        columns={[
          t('explain.criterion'),
          t('explain.answer'),
          numeric(t('explain.points')),
          numeric(t('explain.weight')),
          numeric(t('explain.earnedOfPossible')),
        ]}
      />
      <tbody>
        {tp.criteria.map((c) => (
          <tr key={c.criterionId} className={c.state === 'scored' ? undefined : 'explain-left-out'}>
            <th scope="row" dir="auto">
              {c.question}
              {c.critical ? <span className="chip chip-warn">{t('explain.critical')}</span> : null}
            </th>
            <td dir="auto">{answerText(t, c)}</td>
            <td className="num">
              {c.rawEarned === null ? '—' : t('explain.of', { a: num(c.rawEarned), b: num(c.rawPossible ?? 0) })}
            </td>
            <td className="num">
              {c.multiplier !== 1
                ? t('explain.weightTimes', {
                    weight: num(c.baseWeight),
                    multiplier: num(c.multiplier),
                    total: num(c.weight),
                  })
                : num(c.weight)}
            </td>
            <td className="num">
              {c.state === 'scored'
                ? c.possible === 0
                  ? t('explain.weightZero')
                  : t('explain.of', { a: num(c.earned ?? 0), b: num(c.possible ?? 0) })
                : t(c.state === 'na' ? 'explain.leftOutNa' : 'explain.leftOutUnanswered')}
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" colSpan={4}>
            {t('explain.touchpointTotal', { earned: num(tp.earned), possible: num(tp.possible) })}
          </th>
          <td className="num" data-testid="explain-touchpoint-score">
            {tp.knockedOut
              ? t('explain.cappedBeside', { capped: pct(tp.percent), calculated: pct(tp.calculatedPercent) })
              : pct(tp.percent)}
          </td>
        </tr>
      </tfoot>
    </table>
  );
}

function answerText(t: (key: string) => string, c: CriterionLine): string {
  const v: AnswerValue | null = c.answer;
  if (!v) return t('explain.unanswered');
  switch (v.kind) {
    case 'na':
      return t('explain.na');
    case 'yesno':
      return t(v.value ? 'explain.yes' : 'explain.no');
    case 'scale':
      return `${v.value} (${c.scale.type === 'scale5' ? '1–5' : '0–10'})`;
    case 'option':
      return optionLabel(c.scale, v.optionId);
    case 'channels':
      return Object.entries(v.values)
        .map(([channel, value]) => `${channel}: ${value}`)
        .join(' · ');
  }
}

const optionLabel = (scale: Scale, id: string) =>
  scale.type === 'options' ? (scale.options.find((o) => o.id === id)?.label ?? id) : id;
