import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/TextField';
import { apiErrorOf, describeError } from '../../lib/field-errors';
import { useApiQuery } from '../../lib/use-api-query';
import { useCalibration } from '../../stores/calibration-store';

/** A lead's new session: a template, a title, the scenario every rater scores, and the raters. */
export function NewSessionForm({ onCreated }: { onCreated(id: string): void }) {
  const { t } = useTranslation();
  const templates = useApiQuery('templates.list', {}, ['templates.changed']);
  const [form, setForm] = useState({ templateId: '', title: '', scenario: '', raters: '' });
  const [error, setError] = useState<string | null>(null);
  const raters = form.raters
    .split('\n')
    .map((r) => r.trim())
    .filter(Boolean);
  const ready = form.templateId && form.title.trim() && raters.length >= 2;
  const submit = () => {
    setError(null);
    void useCalibration
      .getState()
      .create({ templateId: form.templateId, title: form.title, scenario: form.scenario, raters })
      .then((v) => onCreated(v.session.id))
      .catch((e: unknown) => setError(describeError(t, apiErrorOf(e))));
  };
  return (
    <section className="panel" aria-labelledby="cal-new">
      <h2 id="cal-new">{t('calibration.newSession')}</h2>
      <form
        className="calibration-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (ready) submit();
        }}
      >
        <label className="field">
          <span>{t('calibration.template')}</span>
          <select value={form.templateId} onChange={(e) => setForm((f) => ({ ...f, templateId: e.target.value }))}>
            <option value="">{t('calibration.chooseTemplate')}</option>
            {(templates.data ?? []).map((tpl) => (
              <option key={tpl.id} value={tpl.id}>
                {tpl.name}
              </option>
            ))}
          </select>
        </label>
        <TextField
          name="title"
          label={t('calibration.sessionTitle')}
          value={form.title}
          placeholder={t('calibration.sessionTitlePlaceholder')}
          onChange={(title) => setForm((f) => ({ ...f, title }))}
        />
        <TextField
          name="scenario"
          label={t('calibration.scenario')}
          value={form.scenario}
          placeholder={t('calibration.scenarioPlaceholder')}
          onChange={(scenario) => setForm((f) => ({ ...f, scenario }))}
        />
        <TextField
          name="raters"
          label={t('calibration.raters')}
          value={form.raters}
          multiline
          hint={t('calibration.ratersHint')}
          onChange={(value) => setForm((f) => ({ ...f, raters: value }))}
        />
        <button type="submit" className="button button-primary" disabled={!ready}>
          {t('calibration.create')}
        </button>
      </form>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
