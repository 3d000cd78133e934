import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { levelOf } from '../../../../shared/calibration/calibration-summary';
import type { CalibrationSessionView } from '../../../../shared/calibration/calibration-types';
import { apiErrorOf, describeError } from '../../lib/field-errors';
import { useCalibration } from '../../stores/calibration-store';
import { answerChoices, choiceKey } from './answer-choices';

/** A rater scores the scenario here: one button per possible answer, saved the moment it is pressed. */
export function RaterAnswerGrid({ view }: { view: CalibrationSessionView }) {
  const { t } = useTranslation();
  const [rater, setRater] = useState('');
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const id = view.session.id;
  const mine = new Map(
    view.answers.filter((a) => a.rater === rater).map((a) => [`${a.touchpointId}/${a.criterionId}`, a.value]),
  );
  const fail = (e: unknown) => setStatus({ ok: false, text: describeError(t, apiErrorOf(e)) });
  const exportMine = () =>
    useCalibration
      .getState()
      .exportPackage(id, rater)
      .then((r) => setStatus({ ok: true, text: t('calibration.exported', { fileName: r.fileName, count: r.answers }) }))
      .catch(fail);
  return (
    <section className="panel" aria-labelledby="cal-answer" data-testid="rater-answers">
      <h2 id="cal-answer">{t('calibration.answerHeading')}</h2>
      <label className="field calibration-rater">
        <span>{t('calibration.answerAs')}</span>
        <select value={rater} onChange={(e) => setRater(e.target.value)} data-testid="answer-as">
          <option value="">{t('calibration.chooseRater')}</option>
          {view.session.raters.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
      </label>
      {rater ? (
        <>
          <p className="muted">{t('calibration.answerHint')}</p>
          {view.session.definition.touchpoints.map((tp) => {
            const criteria = tp.criteria.filter((c) => levelOf(c));
            if (!criteria.length) return null;
            return (
              <fieldset key={tp.id} className="calibration-touchpoint">
                <legend dir="auto">{tp.name}</legend>
                {criteria.map((c) => {
                  const key = `${tp.id}/${c.id}`;
                  const current = choiceKey(mine.get(key));
                  return (
                    <div
                      key={c.id}
                      className="calibration-criterion"
                      role="group"
                      aria-label={c.question}
                      data-criterion={key}
                    >
                      <span dir="auto" className="calibration-question">
                        {c.question}
                      </span>
                      <span className="calibration-choices">
                        {answerChoices(t, c).map((choice) => (
                          <button
                            key={choice.key}
                            type="button"
                            className="button calibration-choice"
                            aria-pressed={current === choice.key}
                            data-choice={choice.key}
                            onClick={() =>
                              void useCalibration.getState().setAnswer(id, rater, tp.id, c.id, choice.value).catch(fail)
                            }
                          >
                            <span dir="auto">{choice.label}</span>
                          </button>
                        ))}
                        {current ? (
                          <button
                            type="button"
                            className="button-link"
                            onClick={() =>
                              void useCalibration.getState().setAnswer(id, rater, tp.id, c.id, null).catch(fail)
                            }
                          >
                            {t('calibration.clear')}
                          </button>
                        ) : null}
                      </span>
                    </div>
                  );
                })}
              </fieldset>
            );
          })}
          <button type="button" className="button button-primary" onClick={() => void exportMine()}>
            {t('calibration.exportAnswers', { rater })}
          </button>
        </>
      ) : null}
      {status ? (
        <p role={status.ok ? 'status' : 'alert'} className={status.ok ? 'muted' : 'form-error'} dir="auto">
          {status.text}
        </p>
      ) : null}
    </section>
  );
}
