import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CriterionAgreement } from '../../../../shared/calibration/calibration-summary';
import type { CalibrationSessionView } from '../../../../shared/calibration/calibration-types';
import type { AlphaResult } from '../../../../shared/stats/krippendorff-alpha';
import { apiErrorOf, describeError } from '../../lib/field-errors';
import { formatPercent } from '../../lib/format-score';
import { numberFormat } from '../../lib/formatters';
import { useCalibration } from '../../stores/calibration-store';
import { answerChoices, answerLabel, choiceKey } from './answer-choices';

/** Agreement over the session (alpha), per criterion with the most disagreement first, the consensus, accuracy. */
export function AgreementPanel({ view }: { view: CalibrationSessionView }) {
  const { t, i18n } = useTranslation();
  const { summary, session } = view;
  const anyAnswer = view.answers.some((a) => a.value !== null);
  const alpha = (r: AlphaResult | null) =>
    r
      ? t('calibration.alphaValue', {
          alpha: numberFormat(i18n.language, { minimumFractionDigits: 3, maximumFractionDigits: 3 }).format(r.alpha),
          n: r.n,
          units: r.units,
        })
      : t('calibration.alphaNone');
  return (
    <section className="panel" aria-labelledby="cal-agreement" data-testid="calibration-agreement">
      <h2 id="cal-agreement">{t('calibration.agreementHeading')}</h2>
      {!anyAnswer ? <p className="muted">{t('calibration.noRaterAnswers')}</p> : null}
      <p className="muted">{t('calibration.agreementIntro')}</p>
      <dl className="calibration-alpha">
        <dt>{t('calibration.alphaNominal')}</dt>
        <dd data-testid="alpha-nominal">{alpha(summary.overall.nominal)}</dd>
        <dt>{t('calibration.alphaInterval')}</dt>
        <dd data-testid="alpha-interval">{alpha(summary.overall.interval)}</dd>
      </dl>
      <h3>{t('calibration.criteriaHeading')}</h3>
      <div className="calibration-table-wrap">
        <table className="wave-table calibration-table">
          <thead>
            <tr>
              <th scope="col">{t('calibration.criterion')}</th>
              {session.raters.map((r) => (
                <th scope="col" key={r} dir="auto">
                  {r}
                </th>
              ))}
              <th scope="col" className="num">
                {t('calibration.pairsAgree')}
              </th>
              <th scope="col">{t('calibration.consensus')}</th>
            </tr>
          </thead>
          <tbody>
            {summary.criteria.map((c) => (
              <CriterionRow key={`${c.touchpointId}/${c.criterionId}`} view={view} agreement={c} />
            ))}
          </tbody>
        </table>
      </div>
      <h3>{t('calibration.ratersHeading')}</h3>
      <ul className="calibration-accuracy" data-testid="session-accuracy">
        {summary.raters.map((r) => (
          <li key={r.rater} data-rater={r.rater}>
            <span dir="auto">{r.rater}</span>:{' '}
            {r.accuracy === null
              ? '—'
              : `${formatPercent(t, i18n.language, r.accuracy * 100)} (${r.matches}/${r.compared})`}
          </li>
        ))}
      </ul>
    </section>
  );
}

function CriterionRow({ view, agreement: c }: { view: CalibrationSessionView; agreement: CriterionAgreement }) {
  const { t, i18n } = useTranslation();
  const criterion = view.session.definition.touchpoints
    .find((tp) => tp.id === c.touchpointId)!
    .criteria.find((x) => x.id === c.criterionId)!;
  const key = `${c.touchpointId}/${c.criterionId}`;
  const stored = view.consensus.find((x) => x.touchpointId === c.touchpointId && x.criterionId === c.criterionId);
  const [choice, setChoice] = useState(choiceKey(stored?.value));
  const [note, setNote] = useState(stored?.note ?? '');
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const choices = answerChoices(t, criterion).filter((x) => x.key !== 'na');
  const byRater = new Map(
    view.answers.filter((a) => `${a.touchpointId}/${a.criterionId}` === key).map((a) => [a.rater, a.value]),
  );
  const save = () => {
    const value = choices.find((x) => x.key === choice)?.value ?? null;
    void useCalibration
      .getState()
      .setConsensus(view.session.id, c.touchpointId, c.criterionId, value, note)
      .then(() => setStatus({ ok: true, text: t('calibration.consensusSaved') }))
      .catch((e: unknown) => setStatus({ ok: false, text: describeError(t, apiErrorOf(e)) }));
  };
  const label = `${criterion.question}`;
  return (
    <tr data-criterion={key} data-disagreement={c.disagreement ?? ''}>
      <th scope="row" dir="auto">
        {c.question}
        <span className="muted small block" dir="auto">
          {c.touchpointName}
        </span>
      </th>
      {view.session.raters.map((r) => (
        <td key={r} dir="auto" data-rater={r}>
          {answerLabel(t, criterion, byRater.get(r))}
        </td>
      ))}
      <td className="num">{c.agreement === null ? '—' : formatPercent(t, i18n.language, c.agreement * 100)}</td>
      <td>
        <form
          className="calibration-consensus"
          onSubmit={(e) => {
            e.preventDefault();
            save();
          }}
        >
          <select
            aria-label={`${t('calibration.consensus')}: ${label}`}
            value={choice}
            onChange={(e) => setChoice(e.target.value)}
          >
            <option value="">{t('calibration.noConsensus')}</option>
            {choices.map((x) => (
              <option key={x.key} value={x.key}>
                {x.label}
              </option>
            ))}
          </select>
          <input
            dir="auto"
            aria-label={`${t('calibration.consensusNote')}: ${label}`}
            placeholder={t('calibration.consensusNote')}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
          <button type="submit" className="button">
            {t('calibration.setConsensus')}
          </button>
        </form>
        {status ? (
          <span role={status.ok ? 'status' : 'alert'} className={status.ok ? 'muted small' : 'form-error'}>
            {status.text}
          </span>
        ) : null}
      </td>
    </tr>
  );
}
