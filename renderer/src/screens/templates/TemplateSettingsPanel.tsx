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
  errors,
  onChange,
}: {
  def: Definition;
  readOnly: boolean;
  errors: ReadonlyMap<string, string>;
  onChange(patch: SettingsPatch): void;
}) {
  const { t } = useTranslation();
  const rollupName = useId();
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
        <NumberInput
          label={t('templates.fields.momentOfTruthMultiplier')}
          value={def.momentOfTruthMultiplier}
          onChange={(momentOfTruthMultiplier) => onChange({ momentOfTruthMultiplier })}
          min={1}
          max={5}
          step={0.5}
          readOnly={readOnly}
          hint={t('templates.hints.momentOfTruthMultiplier')}
          field={templateKey('momentOfTruthMultiplier')}
          className="tpl-narrow"
        />
        <NumberInput
          label={t('stats.minVisitsPerSite')}
          value={def.minVisitsPerSite}
          onChange={(minVisitsPerSite) => onChange({ minVisitsPerSite })}
          min={1}
          max={50}
          step={1}
          readOnly={readOnly}
          hint={t('stats.minVisitsHint')}
          field={templateKey('minVisitsPerSite')}
          className="tpl-narrow"
        />
        <Switch
          label={t('templates.fields.failRequiresComment')}
          checked={def.failRequiresComment}
          onChange={(failRequiresComment) => onChange({ failRequiresComment })}
          readOnly={readOnly}
          hint={t('templates.hints.failRequiresComment')}
          field={templateKey('failRequiresComment')}
        />
        <Switch
          label={t('evidence.template.redactionRequired')}
          checked={def.redactionRequired}
          onChange={(redactionRequired) => onChange({ redactionRequired })}
          readOnly={readOnly}
          hint={t('evidence.template.redactionRequiredHint')}
          error={errors.get(templateKey('redactionRequired'))}
        />
      </div>
    </section>
  );
}
