import { useTranslation } from 'react-i18next';
import { FilePicker } from '../../components/FilePicker';
import { useExchange } from '../../stores/exchange-store';
import { ErrorLine, toBase64 } from './exchange-format';
import { CountsTable, ImportPreview } from './ImportPreview';

/** Import a package: choose it, read the preview, then import exactly what the preview showed. */
export function ImportPanel() {
  const { t } = useTranslation();
  const { preview, result, error, busy, choose, apply } = useExchange();
  async function pick(f: File | undefined) {
    if (!f) return void choose(null);
    await choose({ fileName: f.name, base64: toBase64(new Uint8Array(await f.arrayBuffer())) });
  }
  return (
    <section className="exchange-panel" aria-labelledby="exchange-import">
      <h2 id="exchange-import">{t('exchange.importHeading')}</h2>
      <p className="exchange-muted">{t('exchange.importHint')}</p>
      <FilePicker
        label={t('exchange.chooseFile')}
        accept=".zip,application/zip"
        disabled={busy}
        testId="package-file"
        onFile={(f) => void pick(f)}
      />
      {busy ? <p role="status">{t('exchange.working')}</p> : null}
      {error ? <ErrorLine error={error} /> : null}
      {preview ? (
        <div className="exchange-preview">
          <h3 dir="auto">{t('exchange.previewHeading', { name: preview.name })}</h3>
          <ImportPreview preview={preview} />
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
              photos: result.photos.new,
            })}
          </p>
          {result.totals.refused ? <p>{t('importRules.refusedDone', { n: result.totals.refused })}</p> : null}
          <CountsTable preview={result} />
        </div>
      ) : null}
    </section>
  );
}
