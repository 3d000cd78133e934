import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Site } from '../../../../shared/domain/visit';
import { useSites } from '../../stores/sites-store';
import { apiErrorOf, describeError } from '../../lib/field-errors';

/** A site made on the spot (name, region, address), e.g. from "New site…" in a site menu. */
export function NewSiteForm({
  clientId,
  onCreated,
  onCancel,
}: {
  clientId: string;
  onCreated(site: Site): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const [form, setForm] = useState({ name: '', region: '', address: '' });
  const [error, setError] = useState<string | null>(null);
  const submit = (e?: FormEvent) => {
    e?.preventDefault();
    void useSites
      .getState()
      .create({ clientId, ...form })
      .then(onCreated)
      .catch((err: unknown) => setError(describeError(t, apiErrorOf(err))));
  };
  // Not a <form>: it may sit inside another form (the new-audit dialog).
  return (
    <div className="visit-new-site" data-testid="new-site-form" role="group" aria-label={t('visits.newSite')}>
      {(['name', 'region', 'address'] as const).map((k) => (
        <label key={k} className="field">
          <span>{t(`visits.siteFields.${k}`)}</span>
          <input
            dir="auto"
            value={form[k]}
            autoFocus={k === 'name'}
            onChange={(e) => setForm((f) => ({ ...f, [k]: e.target.value }))}
            onKeyDown={(e) => {
              if (e.key === 'Enter') (e.preventDefault(), submit());
            }}
          />
        </label>
      ))}
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <span className="visit-new-site-actions">
        <button type="button" className="button" onClick={onCancel}>
          {t('clients.cancel')}
        </button>
        <button type="button" className="button button-primary" disabled={!form.name.trim()} onClick={() => submit()}>
          {t('visits.addSite')}
        </button>
      </span>
    </div>
  );
}
