import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isRtl } from '../../../../shared/domain/settings';
import { apiErrorOf, describeError } from '../../lib/field-errors';
import { formatDay } from '../../lib/formatters';
import { useApiQuery } from '../../lib/use-api-query';
import { useClients } from '../../stores/clients-store';
import { useRoute } from '../../stores/route-store';
import { useSettings } from '../../stores/settings-store';
import { useWaves } from '../../stores/waves-store';
import './visits.css';

/** The client's waves: open one, or create the next. */
export function WavesScreen({ clientId }: { clientId: string }) {
  const { t, i18n } = useTranslation();
  const rtl = isRtl(useSettings((s) => s.language));
  const go = useRoute((s) => s.go);
  const waves = useApiQuery('waves.list', { clientId }, ['clients.changed', 'audits.changed']);
  const client = useApiQuery('clients.get', { id: clientId });
  const [form, setForm] = useState({ name: '', startsOn: '', endsOn: '' });
  const [error, setError] = useState<string | null>(null);
  const create = () => {
    setError(null);
    void useWaves
      .getState()
      .create({ clientId, name: form.name, startsOn: form.startsOn || null, endsOn: form.endsOn || null })
      .then((w) => go({ name: 'wave', waveId: w.id }))
      .catch((e: unknown) => setError(describeError(t, apiErrorOf(e))));
  };
  return (
    <main className="insights wave-screen" data-testid="waves-screen">
      <div className="insights-body">
        <header className="wave-head">
          <button
            type="button"
            className="button button-link-dark"
            onClick={() => (useClients.getState().select(clientId), go({ name: 'home' }))}
          >
            {rtl ? '→' : '←'} <span dir="auto">{client.data?.name ?? ''}</span>
          </button>
          <h1>{t('visits.wavesTitle')}</h1>
          <p className="muted">{t('visits.wavesIntro')}</p>
        </header>
        <section className="panel" aria-labelledby="waves-list-title">
          <h2 id="waves-list-title">{t('visits.wavesList')}</h2>
          {waves.data && waves.data.length === 0 ? <p className="muted">{t('visits.noWaves')}</p> : null}
          <ul className="wave-list" data-testid="wave-list">
            {(waves.data ?? []).map((w) => (
              <li key={w.id}>
                <button type="button" className="button-plain" onClick={() => go({ name: 'wave', waveId: w.id })}>
                  <strong dir="auto">{w.name}</strong>
                </button>{' '}
                <span className="muted small">
                  {w.startsOn ? formatDay(i18n.language, w.startsOn) : '…'} –{' '}
                  {w.endsOn ? formatDay(i18n.language, w.endsOn) : '…'} · {t('visits.visitsCount', { count: w.visits })}
                </span>
              </li>
            ))}
          </ul>
        </section>
        <section className="panel" aria-labelledby="new-wave-title">
          <h2 id="new-wave-title">{t('visits.newWave')}</h2>
          <form
            className="wave-form"
            onSubmit={(e) => {
              e.preventDefault();
              create();
            }}
          >
            <label className="field">
              <span>{t('visits.waveFields.name')}</span>
              <input
                dir="auto"
                value={form.name}
                placeholder={t('visits.waveFields.namePlaceholder')}
                onChange={(e) => setForm((f) => ({ ...f, name: e.target.value }))}
                data-testid="wave-name"
              />
            </label>
            <label className="field">
              <span>{t('visits.waveFields.startsOn')}</span>
              <input
                type="date"
                value={form.startsOn}
                onChange={(e) => setForm((f) => ({ ...f, startsOn: e.target.value }))}
              />
            </label>
            <label className="field">
              <span>{t('visits.waveFields.endsOn')}</span>
              <input
                type="date"
                value={form.endsOn}
                onChange={(e) => setForm((f) => ({ ...f, endsOn: e.target.value }))}
              />
            </label>
            <button type="submit" className="button button-primary" disabled={!form.name.trim()}>
              {t('visits.createWave')}
            </button>
          </form>
          {error ? (
            <p className="form-error" role="alert">
              {error}
            </p>
          ) : null}
        </section>
      </div>
    </main>
  );
}
