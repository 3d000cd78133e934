import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { textFieldProps, useAutosave } from '../../lib/autosave/use-autosave';
import { channelDisagreement } from '../../../../shared/audit-progress';
import type { AnswerValue } from '../../../../shared/domain/audit';
import type { Criterion } from '../../../../shared/domain/template';
import { answerKeys } from './walk-keys';

interface Props {
  /** Names the per-channel fields in the save queue (audit, touchpoint and criterion). */
  answerKey: string;
  criterion: Criterion;
  value: AnswerValue | null;
  readOnly: boolean;
  onAnswer(value: AnswerValue | null): void;
}

/** The answer buttons of one criterion, each with the key that chooses it; each is a Tab stop too. */
export function AnswerControl({ answerKey, criterion, value, readOnly, onAnswer }: Props) {
  const { t } = useTranslation();
  const scale = criterion.scale;
  const keys = answerKeys(scale);
  const isNa = value?.kind === 'na';
  const values = value?.kind === 'channels' ? value.values : EMPTY;
  const latest = useRef(values);
  useEffect(() => {
    latest.current = values;
  }, [values]);

  const button = (label: string, key: string, chosen: boolean, next: AnswerValue, extraClass = '') => (
    <button
      key={`${label}-${key}`}
      type="button"
      className={`answer-button${chosen ? ' chosen' : ''} ${extraClass}`}
      aria-pressed={chosen}
      disabled={readOnly}
      // A click on the chosen answer clears it; Enter or Space on it (a click with no pointer, detail 0) keeps it:
      // a space typed while the button, not a note, had the focus must not clear a saved answer. Backspace clears.
      onClick={(e) => {
        if (!chosen) onAnswer(next);
        else if (e.detail > 0) onAnswer(null);
      }}
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
    const { outliers } = channelDisagreement(values);
    return (
      <div className="per-channel">
        {scale.channels.map((channel, index) => (
          <ChannelField
            key={channel}
            fieldKey={`${answerKey}:${channel}`}
            channel={channel}
            index={index}
            shortcut={keys[index] ?? ''}
            saved={values[channel] ?? ''}
            disagrees={outliers.includes(channel)}
            disabled={readOnly || isNa}
            save={(text) => {
              // Several channels typed in a row: each save adds to the answer as it stands, not as it was at render.
              latest.current = { ...latest.current, [channel]: text };
              onAnswer({ kind: 'channels', values: latest.current });
            }}
          />
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

const EMPTY: Record<string, string> = {};

/**
 * One channel's answer to a per-channel question, saved while typing like every field; its key
 * (1…9) puts the cursor here from the walk, Esc gives the keys back to the walk.
 */
function ChannelField(props: {
  fieldKey: string;
  channel: string;
  index: number;
  shortcut: string;
  saved: string;
  disagrees: boolean;
  disabled: boolean;
  save(text: string): void;
}) {
  const { t } = useTranslation();
  const field = useAutosave({ key: props.fieldKey, saved: props.saved, disabled: props.disabled, save: props.save });
  return (
    <label className={`channel-answer${props.disagrees ? ' disagrees' : ''}`}>
      <span>
        {props.shortcut ? <kbd>{props.shortcut}</kbd> : null} <span dir="auto">{props.channel}</span>
      </span>
      <input
        dir="auto"
        disabled={props.disabled}
        data-channel-index={props.index}
        {...textFieldProps(field, props.fieldKey)}
      />
      {props.disagrees ? <span className="flag-disagree">{t('walk.disagrees')}</span> : null}
    </label>
  );
}
