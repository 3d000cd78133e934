import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  ExchangeConflict,
  PackageImportResult,
  PackagePreview,
  PackageScope,
} from '../../../../shared/api/exchange-api';
import { PACKAGE_MIME, RECORD_KINDS } from '../../../../shared/exchange/package-format';
import type { ApiError } from '../../../../shared/result';
import { api } from '../../api/api';
import { downloadBase64 } from '../../lib/download';
import { apiErrorOf, describeError } from '../../lib/field-errors';
import { useApiQuery } from '../../lib/use-api-query';
import { useRoute } from '../../stores/route-store';
import './exchange.css';

const ACTIONS = ['add', 'update', 'unchanged', 'conflict'] as const;

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
const show = (value: unknown) =>
  value === null || value === undefined ? '—' : typeof value === 'string' ? value : JSON.stringify(value);

function ErrorLine({ error }: { error: ApiError }) {
  const { t } = useTranslation();
  // A refused package names its problem (in English, from the backend): shown after the translated summary.
  return (
    <p role="alert" className="exchange-error">
      {describeError(t, error)}{' '}
      {error.code === 'INVALID_FILE' || error.code === 'NOT_FOUND' ? <span dir="auto">{error.message}</span> : null}
    </p>
  );
}

/** Visit packages: export chosen visits or a whole wave, import a package (preview first), and settle conflicts. */
export function PackagesScreen({ clientId }: { clientId?: string }) {
  const { t } = useTranslation();
  const go = useRoute((s) => s.go);
  const clients = useApiQuery('clients.list', {}, ['clients.changed']);
  return (
    <main className="exchange-screen">
      <h1>{t('exchange.title')}</h1>
      <p className="exchange-intro">{t('exchange.intro')}</p>
      <label className="exchange-field">
        {t('exchange.client')}
        <select
          value={clientId ?? ''}
          onChange={(e) => go(e.target.value ? { name: 'packages', clientId: e.target.value } : { name: 'packages' })}
        >
          <option value="">{t('exchange.chooseClient')}</option>
          {(clients.data ?? []).map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      {clientId ? <ExportPanel key={clientId} clientId={clientId} /> : null}
      <ImportPanel />
      <ConflictsPanel {...(clientId ? { clientId } : {})} />
    </main>
  );
}

function ExportPanel({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const audits = useApiQuery('audits.list', { clientId }, ['audits.changed']);
  const waves = useApiQuery('waves.list', { clientId }, ['audits.changed']);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [waveId, setWaveId] = useState('');
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const scope: PackageScope | null = waveId ? { waveId } : chosen.size ? { auditIds: [...chosen] } : null;

  async function run() {
    if (!scope) return;
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const result = await api().call('packages.export', {
        scope,
        name: name.trim() || t('exchange.defaultName'),
        destination: { kind: 'download' },
      });
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
          maxLength={120}
          placeholder={t('exchange.defaultName')}
          onChange={(e) => setName(e.target.value)}
        />
      </label>
      <button type="button" className="button button-primary" disabled={!scope || busy} onClick={() => void run()}>
        {busy ? t('exchange.working') : t('exchange.exportButton')}
      </button>
      {done ? <p role="status">{done}</p> : null}
      {error ? <ErrorLine error={error} /> : null}
    </section>
  );
}

function CountsTable({ preview }: { preview: PackagePreview }) {
  const { t } = useTranslation();
  return (
    <table className="exchange-counts">
      <thead>
        <tr>
          <th scope="col">{t('exchange.kind')}</th>
          {ACTIONS.map((a) => (
            <th key={a} scope="col">
              {t(`exchange.actions.${a}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {RECORD_KINDS.filter((k) => preview.counts[k]).map((k) => (
          <tr key={k}>
            <th scope="row">{t(`exchange.kinds.${k}`)}</th>
            {ACTIONS.map((a) => (
              <td key={a} className={a === 'conflict' && preview.counts[k]![a] ? 'exchange-conflict-cell' : undefined}>
                {preview.counts[k]![a]}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ImportPanel() {
  const { t } = useTranslation();
  const [file, setFile] = useState<{ fileName: string; base64: string } | null>(null);
  const [preview, setPreview] = useState<PackagePreview | null>(null);
  const [result, setResult] = useState<PackageImportResult | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  async function choose(f: File | undefined) {
    setPreview(null);
    setResult(null);
    setError(null);
    if (!f) return;
    setBusy(true);
    try {
      const upload = { fileName: f.name, base64: toBase64(new Uint8Array(await f.arrayBuffer())) };
      setFile(upload);
      setPreview(await api().call('packages.preview', upload));
    } catch (e) {
      setError(apiErrorOf(e));
    } finally {
      setBusy(false);
    }
  }
  async function apply() {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      setResult(await api().call('packages.import', file));
      setPreview(null);
    } catch (e) {
      setError(apiErrorOf(e));
    } finally {
      setBusy(false);
    }
  }
  return (
    <section className="exchange-panel" aria-labelledby="exchange-import">
      <h2 id="exchange-import">{t('exchange.importHeading')}</h2>
      <p className="exchange-muted">{t('exchange.importHint')}</p>
      <label className="exchange-field">
        {t('exchange.chooseFile')}
        <input
          type="file"
          accept=".zip,application/zip"
          disabled={busy}
          onChange={(e) => {
            void choose(e.target.files?.[0]);
            // Cleared so that choosing the same file again (a second import) is noticed.
            e.target.value = '';
          }}
        />
      </label>
      {busy ? <p role="status">{t('exchange.working')}</p> : null}
      {error ? <ErrorLine error={error} /> : null}
      {preview ? (
        <div className="exchange-preview">
          <h3 dir="auto">{t('exchange.previewHeading', { name: preview.name })}</h3>
          <p>
            {t('exchange.previewSummary', {
              add: preview.totals.add,
              update: preview.totals.update,
              conflict: preview.totals.conflict,
              photos: preview.photos.new,
            })}
          </p>
          <CountsTable preview={preview} />
          {preview.conflicts.length ? (
            <>
              <h4>{t('exchange.conflictsInPackage')}</h4>
              <ul className="exchange-conflict-preview">
                {preview.conflicts.map((c) => (
                  <li key={`${c.kind}/${c.recordId}`}>
                    <strong dir="auto">{c.auditTitle ?? ''}</strong> · {t(`exchange.kinds.${c.kind}`)}{' '}
                    <span dir="auto">{c.label}</span>
                    {c.differences.map((d) => (
                      <div key={d.field} className="exchange-diff">
                        {d.field}: {t('exchange.mine')} <code dir="auto">{show(d.local)}</code> · {t('exchange.theirs')}{' '}
                        <code dir="auto">{show(d.incoming)}</code>
                      </div>
                    ))}
                  </li>
                ))}
              </ul>
              <p className="exchange-muted">{t('exchange.conflictsKept')}</p>
            </>
          ) : null}
          <button type="button" className="button button-primary" disabled={busy} onClick={() => void apply()}>
            {t('exchange.importButton')}
          </button>
        </div>
      ) : null}
      {result ? (
        <div className="exchange-result" role="status">
          <p>
            {t('exchange.imported', {
              add: result.totals.add,
              update: result.totals.update,
              conflict: result.conflictsStored,
              photos: result.filesWritten,
            })}
          </p>
          <CountsTable preview={result} />
        </div>
      ) : null}
    </section>
  );
}

function ConflictsPanel({ clientId }: { clientId?: string }) {
  const { t } = useTranslation();
  const list = useApiQuery('conflicts.list', clientId ? { clientId } : {}, ['audits.changed']);
  const [error, setError] = useState<ApiError | null>(null);
  const [hidden, setHidden] = useState<Set<string>>(new Set());
  async function resolve(c: ExchangeConflict, keep: 'local' | 'incoming') {
    setError(null);
    try {
      await api().call('conflicts.resolve', { id: c.id, keep });
      setHidden((s) => new Set(s).add(c.id));
    } catch (e) {
      setError(apiErrorOf(e));
    }
  }
  const open = (list.data ?? []).filter((c) => !hidden.has(c.id));
  return (
    <section className="exchange-panel" aria-labelledby="exchange-conflicts">
      <h2 id="exchange-conflicts">{t('exchange.conflictsHeading')}</h2>
      {error ? <ErrorLine error={error} /> : null}
      {open.length === 0 ? <p>{t('exchange.noConflicts')}</p> : null}
      {open.map((c) => (
        <article key={c.id} className="exchange-conflict">
          <h3>
            <span dir="auto">{c.auditTitle ?? ''}</span> · {t(`exchange.kinds.${c.kind}`)}{' '}
            <span dir="auto">{c.label}</span>
          </h3>
          <p className="exchange-muted" dir="auto">
            {t('exchange.fromPackage', { name: c.packageName, at: c.detectedAt.slice(0, 16).replace('T', ' ') })}
          </p>
          <table className="exchange-sides">
            <thead>
              <tr>
                <th scope="col">{t('exchange.field')}</th>
                <th scope="col">{t('exchange.mine')}</th>
                <th scope="col">{t('exchange.theirs')}</th>
              </tr>
            </thead>
            <tbody>
              {c.differences.map((d) => (
                <tr key={d.field}>
                  <th scope="row">{d.field}</th>
                  <td dir="auto">{show(d.local)}</td>
                  <td dir="auto">{show(d.incoming)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="exchange-buttons">
            <button type="button" className="button" onClick={() => void resolve(c, 'local')}>
              {t('exchange.keepMine')}
            </button>
            <button type="button" className="button" onClick={() => void resolve(c, 'incoming')}>
              {t('exchange.takeTheirs')}
            </button>
          </div>
        </article>
      ))}
    </section>
  );
}
