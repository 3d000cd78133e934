import { useTranslation } from 'react-i18next';
import { channelDisagreement } from '../../../../shared/audit-progress';
import type { AnswerValue } from '../../../../shared/domain/audit';
import type { Criterion } from '../../../../shared/domain/template';
import { answerKeys } from './walk-keys';

interface Props {
  criterion: Criterion;
  value: AnswerValue | null;
  readOnly: boolean;
  onAnswer(value: AnswerValue | null): void;
}

/** The answer buttons of one criterion, each with the key that chooses it. */
export function AnswerControl({ criterion, value, readOnly, onAnswer }: Props) {
  const { t } = useTranslation();
  const scale = criterion.scale;
  const keys = answerKeys(scale);
  const isNa = value?.kind === 'na';

  const button = (label: string, key: string, chosen: boolean, next: AnswerValue, extraClass = '') => (
    <button
      key={`${label}-${key}`}
      type="button"
      className={`answer-button${chosen ? ' chosen' : ''} ${extraClass}`}
      aria-pressed={chosen}
      disabled={readOnly}
      tabIndex={-1}
      onClick={() => onAnswer(chosen ? null : next)}
    >
      {key ? <kbd>{key}</kbd> : null}
      <span dir="auto">{label}</span>
    </button>
  );

  let buttons: React.ReactNode[] = [];
  if (scale.type === 'yesno') {
    buttons = [
      button(
        t('walk.yes'),
        keys[0]!,
        value?.kind === 'yesno' && value.value,
        { kind: 'yesno', value: true },
        'answer-yes',
      ),
      button(
        t('walk.no'),
        keys[1]!,
        value?.kind === 'yesno' && !value.value,
        { kind: 'yesno', value: false },
        'answer-no',
      ),
    ];
  } else if (scale.type === 'scale5' || scale.type === 'scale10') {
    const from = scale.type === 'scale5' ? 1 : 0;
    const to = scale.type === 'scale5' ? 5 : 10;
    for (let n = from; n <= to; n++)
      buttons.push(
        button(
          String(n),
          keys[n - from]!,
          value?.kind === 'scale' && value.value === n,
          { kind: 'scale', value: n },
          'answer-number',
        ),
      );
  } else if (scale.type === 'options') {
    buttons = scale.options.map((o, i) =>
      button(
        `${o.label} (${t('walk.points', { count: o.points })})`,
        keys[i]!,
        value?.kind === 'option' && value.optionId === o.id,
        { kind: 'option', optionId: o.id },
      ),
    );
  }

  if (scale.type === 'perChannel') {
    const values = value?.kind === 'channels' ? value.values : {};
    const { outliers } = channelDisagreement(values);
    return (
      <div className="per-channel">
        {scale.channels.map((channel) => (
          <label key={channel} className={`channel-answer${outliers.includes(channel) ? ' disagrees' : ''}`}>
            <span dir="auto">{channel}</span>
            <input
              dir="auto"
              disabled={readOnly || isNa}
              defaultValue={values[channel] ?? ''}
              onBlur={(e) => {
                if ((values[channel] ?? '') !== e.target.value)
                  onAnswer({ kind: 'channels', values: { ...values, [channel]: e.target.value } });
              }}
            />
            {outliers.includes(channel) ? <span className="flag-disagree">{t('walk.disagrees')}</span> : null}
          </label>
        ))}
        {outliers.length ? (
          <p className="disagreement" role="status">
            ⚠ {t('walk.channelsDisagree', { channels: outliers.join(', ') })}
          </p>
        ) : null}
        {criterion.allowNa ? (
          <div className="answer-buttons">{button(t('walk.na'), 'N', isNa, { kind: 'na' }, 'answer-na')}</div>
        ) : null}
      </div>
    );
  }

  return (
    <div className="answer-buttons" role="group" aria-label={t('walk.answer')}>
      {buttons}
      {criterion.allowNa ? button(t('walk.na'), 'N', isNa, { kind: 'na' }, 'answer-na') : null}
    </div>
  );
}
