import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { DataExportScope } from '../../../../shared/api/exports-api';
import { describeError } from '../../lib/field-errors';
import { numberFormat } from '../../lib/formatters';
import { useDataExport, type DataExportKind } from './use-data-export';
import './data-export.css';

const FORMATS: readonly DataExportKind[] = ['csv', 'xlsx', 'trail'];
/** The trail's strings live with the evidence area's catalogs. */
const labelKey = (k: DataExportKind) => (k === 'trail' ? 'evidence.export.trailCsv' : `dataExport.${k}`);
const titleKey = (k: DataExportKind) => (k === 'trail' ? 'evidence.export.trailCsvTitle' : `dataExport.${k}Title`);

/**
 * "CSV" and "Excel (XLSX)": every answer of one audit, or of every audit of a client, as a file
 * for a spreadsheet. Shows which file is being made, when it is ready, and why it failed.
 */
export function DataExportButtons({ scope }: { scope: DataExportScope }) {
  const { t, i18n } = useTranslation();
  const exporter = useDataExport(i18n.language);
  const { state } = exporter;
  const busy = state.phase === 'running';
  const labelId = useId();

  return (
    <div className="data-export" role="group" aria-labelledby={labelId} data-testid="data-export">
      <span id={labelId} className="small muted">
        {'auditId' in scope ? t('dataExport.hintAudit') : t('dataExport.hintClient')}
      </span>
      <div className="data-export-buttons">
        {FORMATS.map((format) => {
          const mine = busy && state.format === format;
          return (
            <button
              key={format}
              type="button"
              className="button"
              onClick={() => void exporter.run(scope, format)}
              disabled={busy}
              aria-busy={mine}
              title={t(titleKey(format))}
              data-testid={`data-export-${format}`}
            >
              {mine ? t('dataExport.preparing') : t(labelKey(format))}
            </button>
          );
        })}
      </div>
      {busy ? (
        <p className="small muted" role="status" aria-live="polite">
          {t('dataExport.preparing')}
        </p>
      ) : null}
      {state.phase === 'done' ? (
        <p className="export-done" role="status" data-testid="data-export-done">
          ✓{' '}
          {state.path
            ? t('dataExport.savedTo', {
                count: state.rows,
                rows: numberFormat(i18n.language).format(state.rows),
                path: `\u2068${state.path}\u2069`,
              })
            : t('dataExport.ready', {
                count: state.rows,
                rows: numberFormat(i18n.language).format(state.rows),
                name: `\u2068${state.fileName}\u2069`,
              })}
        </p>
      ) : null}
      {state.phase === 'failed' ? (
        <p className="form-error" role="alert" data-testid="data-export-failed">
          {t('dataExport.failed', { reason: describeError(t, state.error) })}
          <span className="small muted error-detail">{state.error.message}</span>
        </p>
      ) : null}
    </div>
  );
}
