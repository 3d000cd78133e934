import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PackageScope } from '../../../../shared/api/exchange-api';
import { PACKAGE_MIME } from '../../../../shared/exchange/package-format';
import type { ApiError } from '../../../../shared/result';
import { LIMITS } from '../../../../shared/rules/limits';
import { downloadBase64 } from '../../lib/download';
import { apiErrorOf } from '../../lib/field-errors';
import { useApiQuery } from '../../lib/use-api-query';
import { useExchange } from '../../stores/exchange-store';
import { ErrorLine } from './exchange-format';

/** Export chosen visits or a whole wave of a client as one package file. */
export function ExportPanel({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const audits = useApiQuery('audits.list', { clientId }, ['audits.changed']);
  const waves = useApiQuery('waves.list', { clientId }, ['audits.changed']);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [waveId, setWaveId] = useState('');
  const [name, setName] = useState('');
  const [originals, setOriginals] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const exportPackage = useExchange((s) => s.exportPackage);
  const scope: PackageScope | null = waveId ? { waveId } : chosen.size ? { auditIds: [...chosen] } : null;

  async function run() {
    if (!scope) return;
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const result = await exportPackage(scope, name.trim() || t('exchange.defaultName'), originals);
      setOriginals(false); // for one export only
      if (result.cancelled) return; // the desktop save dialog was closed: nothing was written
      if (result.base64) downloadBase64(result.fileName, result.base64, PACKAGE_MIME);
      setDone(
        t('exchange.exported', {
          fileName: result.fileName,
          visits: result.counts.audits ?? 0,
          photos: result.counts.evidence ?? 0,
        }),
      );
    } catch (e) {
      setError(apiErrorOf(e));
    } finally {
      setBusy(false);
    }
  }

  const toggle = (id: string) =>
    setChosen((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  return (
    <section className="exchange-panel" aria-labelledby="exchange-export">
      <h2 id="exchange-export">{t('exchange.exportHeading')}</h2>
      {(waves.data ?? []).length ? (
        <label className="exchange-field">
          {t('exchange.wholeWave')}
          <select value={waveId} onChange={(e) => setWaveId(e.target.value)}>
            <option value="">{t('exchange.chosenVisits')}</option>
            {(waves.data ?? []).map((w) => (
              <option key={w.id} value={w.id}>
                {w.name}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {waveId ? null : (
        <fieldset className="exchange-audits">
          <legend>{t('exchange.chooseVisits')}</legend>
          {(audits.data ?? []).length === 0 ? <p>{t('exchange.noVisits')}</p> : null}
          {(audits.data ?? []).map((a) => (
            <label key={a.id} className="exchange-check">
              <input type="checkbox" checked={chosen.has(a.id)} onChange={() => toggle(a.id)} />
              <span dir="auto">{a.title}</span> <span className="exchange-muted">{a.auditDate}</span>
            </label>
          ))}
        </fieldset>
      )}
      <label className="exchange-field">
        {t('exchange.packageName')}
        <input
          type="text"
          value={name}
          maxLength={LIMITS.fileName}
          placeholder={t('exchange.defaultName')}
          onChange={(e) => setName(e.target.value)}
        />
      </label>
      <label className="exchange-field exchange-check">
        <input
          type="checkbox"
          checked={originals}
          onChange={(e) => setOriginals(e.target.checked)}
          data-testid="include-originals"
        />
        {t('evidence.export.includeOriginals')}
      </label>
      <p className="muted small">{t('evidence.export.includeOriginalsHint')}</p>
      <button type="button" className="button button-primary" disabled={!scope || busy} onClick={() => void run()}>
        {busy ? t('exchange.working') : t('exchange.exportButton')}
      </button>
      {done ? <p role="status">{done}</p> : null}
      {error ? <ErrorLine error={error} /> : null}
    </section>
  );
}
