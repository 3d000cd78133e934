import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../../shared/domain/settings';
import { ROLLUP_METHODS } from '../../../../shared/domain/template';
import { LANGUAGE_NAMES } from '../../i18n/i18n';
import { NumberInput, SelectInput, Switch, TextInput } from './controls';
import type { Definition } from './template-edit';
import { templateKey } from './template-errors';

type SettingsPatch = Partial<
  Pick<
    Definition,
    | 'name'
    | 'description'
    | 'language'
    | 'rollup'
    | 'momentOfTruthMultiplier'
    | 'failRequiresComment'
    | 'redactionRequired'
    | 'minVisitsPerSite'
  >
>;

/** Template-wide settings: name, description, language and how scores roll up. */
export function TemplateSettingsPanel({
  def,
  readOnly,
  onChange,
}: {
  def: Definition;
  readOnly: boolean;
  onChange(patch: SettingsPatch): void;
}) {
  const { t } = useTranslation();
  const rollupName = useId();
  const numberSetting = (
    name: 'momentOfTruthMultiplier' | 'minVisitsPerSite',
    label: string,
    hint: string,
    max: number,
    step: number,
  ) => (
    <NumberInput
      label={label}
      value={def[name]}
      onChange={(value) => onChange({ [name]: value })}
      min={1}
      max={max}
      step={step}
      readOnly={readOnly}
      hint={hint}
      field={templateKey(name)}
      className="tpl-narrow"
    />
  );
  const switchSetting = (name: 'failRequiresComment' | 'redactionRequired', label: string, hint: string) => (
    <Switch
      label={label}
      checked={def[name]}
      onChange={(checked) => onChange({ [name]: checked })}
      readOnly={readOnly}
      hint={hint}
      field={templateKey(name)}
    />
  );
  return (
    <section className="tpl-panel" aria-labelledby="tpl-settings-title" data-testid="template-settings">
      <h2 id="tpl-settings-title" className="tpl-panel-title">
        {t('templates.settings')}
      </h2>
      <div className="tpl-grid-2">
        <TextInput
          label={t('templates.fields.name')}
          value={def.name}
          onChange={(name) => onChange({ name })}
          maxLength={120}
          readOnly={readOnly}
          field={templateKey('name')}
          testId="template-name"
        />
        <SelectInput<Language>
          label={t('templates.fields.language')}
          value={def.language}
          onChange={(language) => onChange({ language })}
          options={LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))}
          readOnly={readOnly}
          field={templateKey('language')}
          hint={t('templates.hints.language')}
        />
      </div>
      <TextInput
        label={t('templates.fields.description')}
        value={def.description}
        onChange={(description) => onChange({ description })}
        multiline
        rows={3}
        maxLength={2000}
        readOnly={readOnly}
        field={templateKey('description')}
      />

      <fieldset className="tpl-fieldset" disabled={readOnly}>
        <legend>{t('templates.fields.rollup')}</legend>
        {ROLLUP_METHODS.map((method) => (
          <label key={method} className="tpl-radio">
            <input
              type="radio"
              name={rollupName}
              value={method}
              checked={def.rollup === method}
              onChange={() => onChange({ rollup: method })}
            />
            <span>
              <strong>{t(`templates.rollup.${method}`)}</strong>
              <span className="tpl-hint"> — {t(`templates.hints.rollup_${method}`)}</span>
            </span>
          </label>
        ))}
      </fieldset>

      <div className="tpl-grid-2">
        {numberSetting(
          'momentOfTruthMultiplier',
          t('templates.fields.momentOfTruthMultiplier'),
          t('templates.hints.momentOfTruthMultiplier'),
          5,
          0.5,
        )}
        {numberSetting('minVisitsPerSite', t('stats.minVisitsPerSite'), t('stats.minVisitsHint'), 50, 1)}
        {switchSetting(
          'failRequiresComment',
          t('templates.fields.failRequiresComment'),
          t('templates.hints.failRequiresComment'),
        )}
        {switchSetting(
          'redactionRequired',
          t('evidence.template.redactionRequired'),
          t('evidence.template.redactionRequiredHint'),
        )}
      </div>
    </section>
  );
}
