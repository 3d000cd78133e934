import { useTranslation } from 'react-i18next';
import type { Scale } from '../../../../shared/domain/template';
import { NumberInput, TextInput } from './controls';
import { DownIcon, TrashIcon, UpIcon } from './icons';
import { addOption, arrayMove, type Definition } from './template-edit';
import { channelKey, criterionKey, optionKey } from './template-errors';

const MAX_OPTIONS = 12;
const MIN_OPTIONS = 2;
const MAX_CHANNELS = 10;
const MIN_CHANNELS = 2;

/** The custom answers of an "options" scale (label and points), or the channel names of a "per channel" one. */
export function ScaleEditor({
  def,
  touchpointId,
  criterionId,
  scale,
  readOnly,
  errors,
  onChange,
}: {
  def: Definition;
  touchpointId: string;
  criterionId: string;
  scale: Scale;
  readOnly: boolean;
  errors: ReadonlyMap<string, string>;
  onChange(scale: Scale): void;
}) {
  const { t } = useTranslation();

  if (scale.type === 'options') {
    const listError = errors.get(criterionKey(touchpointId, criterionId, 'options'));
    const set = (options: typeof scale.options) => onChange({ ...scale, options });
    return (
      <fieldset className="tpl-scale" data-testid="options-editor">
        <legend>{t('templates.fields.options')}</legend>
        <ol className="tpl-option-list">
          {scale.options.map((o, i) => (
            <li key={o.id} className="tpl-option">
              <TextInput
                label={t('templates.optionLabelN', { n: i + 1 })}
                value={o.label}
                onChange={(label) => set(scale.options.map((x) => (x.id === o.id ? { ...x, label } : x)))}
                maxLength={120}
                readOnly={readOnly}
                field={optionKey(touchpointId, criterionId, o.id, 'label')}
                className="tpl-grow"
                hideLabel
              />
              <NumberInput
                label={t('templates.fields.points')}
                value={o.points}
                onChange={(points) => set(scale.options.map((x) => (x.id === o.id ? { ...x, points } : x)))}
                min={0}
                max={1000}
                readOnly={readOnly}
                field={optionKey(touchpointId, criterionId, o.id, 'points')}
                className="tpl-points"
                hideLabel
              />
              <span className="tpl-points-unit" aria-hidden="true">
                {t('templates.pointsUnit')}
              </span>
              {readOnly ? null : (
                <span className="tpl-actions">
                  <button
                    type="button"
                    className="tpl-icon-btn"
                    disabled={i === 0}
                    onClick={() => set(arrayMove(scale.options, i, i - 1))}
                    aria-label={t('templates.moveUpNamed', { name: o.label })}
                  >
                    <UpIcon />
                  </button>
                  <button
                    type="button"
                    className="tpl-icon-btn"
                    disabled={i === scale.options.length - 1}
                    onClick={() => set(arrayMove(scale.options, i, i + 1))}
                    aria-label={t('templates.moveDownNamed', { name: o.label })}
                  >
                    <DownIcon />
                  </button>
                  <RemoveButton
                    name={o.label}
                    atMinimum={scale.options.length <= MIN_OPTIONS}
                    minimumNote={t('templates.minOptions')}
                    onClick={() => set(scale.options.filter((x) => x.id !== o.id))}
                  />
                </span>
              )}
            </li>
          ))}
        </ol>
        <ListEnd
          error={listError}
          readOnly={readOnly}
          full={scale.options.length >= MAX_OPTIONS}
          addLabel={t('templates.addOption')}
          onAdd={() => onChange(addOption(def, scale, t('templates.defaults.option', { n: scale.options.length + 1 })))}
        />
      </fieldset>
    );
  }

  if (scale.type === 'perChannel') {
    const listError = errors.get(criterionKey(touchpointId, criterionId, 'channels'));
    const set = (channels: string[]) => onChange({ ...scale, channels });
    return (
      <fieldset className="tpl-scale" data-testid="channels-editor">
        <legend>{t('templates.fields.channels')}</legend>
        <p className="tpl-hint">{t('templates.hints.perChannel')}</p>
        <ol className="tpl-option-list">
          {scale.channels.map((channel, i) => (
            // Channels are plain names without ids; their position is their identity while editing.
            <li key={i} className="tpl-option">
              <TextInput
                label={t('templates.channelN', { n: i + 1 })}
                value={channel}
                onChange={(value) => set(scale.channels.map((x, j) => (j === i ? value : x)))}
                maxLength={40}
                readOnly={readOnly}
                field={channelKey(touchpointId, criterionId, i)}
                className="tpl-grow"
                hideLabel
              />
              {readOnly ? null : (
                <span className="tpl-actions">
                  <RemoveButton
                    name={channel}
                    atMinimum={scale.channels.length <= MIN_CHANNELS}
                    minimumNote={t('templates.minChannels')}
                    onClick={() => set(scale.channels.filter((_, j) => j !== i))}
                  />
                </span>
              )}
            </li>
          ))}
        </ol>
        <ListEnd
          error={listError}
          readOnly={readOnly}
          full={scale.channels.length >= MAX_CHANNELS}
          addLabel={t('templates.addChannel')}
          onAdd={() => set([...scale.channels, t('templates.defaults.channel', { n: scale.channels.length + 1 })])}
        />
      </fieldset>
    );
  }

  return null;
}

/** Removes one item of a list; at the list's minimum it stays, disabled, and says why. */
function RemoveButton(props: { name: string; atMinimum: boolean; minimumNote: string; onClick(): void }) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="tpl-icon-btn tpl-icon-btn-danger"
      disabled={props.atMinimum}
      onClick={props.onClick}
      aria-label={t('templates.removeNamed', { name: props.name })}
      title={props.atMinimum ? props.minimumNote : t('templates.remove')}
    >
      <TrashIcon />
    </button>
  );
}

/** Under a list: what is wrong with it as a whole, and "+ Add" (disabled when the list is full). */
function ListEnd(props: {
  error: string | undefined;
  readOnly: boolean;
  full: boolean;
  addLabel: string;
  onAdd(): void;
}) {
  return (
    <>
      {props.error ? (
        <p className="field-error" role="alert">
          {props.error}
        </p>
      ) : null}
      {props.readOnly ? null : (
        <button type="button" className="tpl-add-inline" disabled={props.full} onClick={props.onAdd}>
          + {props.addLabel}
        </button>
      )}
    </>
  );
}
