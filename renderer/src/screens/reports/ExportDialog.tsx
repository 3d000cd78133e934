import { suggestedFileName } from '../../../../shared/rules/file-names';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REPORT_SECTIONS, type ReportSection } from '../../../../shared/reports/report-sections';
import { describeError } from '../../lib/field-errors';
import { formatDay } from '../../lib/formatters';
import { useApiQuery } from '../../lib/use-api-query';
import { DataExportButtons } from './DataExportButtons';
import { usePdfExport, usePrinterReady } from './use-pdf-export';
import { useRoute } from '../../stores/route-store';
import { DialogCloseButton, FormDialog } from '../../components/FormDialog';

/** "Cedar Bank - Q1 walk - 2027-01-10.pdf": client, audit and date, as the data files are named; safe on every system. */
export function reportFileName(clientName: string, title: string, auditDate: string, extension: string): string {
  return suggestedFileName([clientName, title, auditDate], extension, 'report');
}

/** One dialog for the exports of an audit: the PDF report with its sections, and the data files. */
export function ExportDialog({
  audit,
  open,
  onOpenChange,
}: {
  audit: {
    id: string;
    clientId: string;
    clientName: string;
    title: string;
    auditDate: string;
    baselineAuditId: string | null;
  };
  open: boolean;
  onOpenChange(open: boolean): void;
}) {
  const { t, i18n } = useTranslation();
  const [sections, setSections] = useState<ReportSection[]>([...REPORT_SECTIONS]);
  const [originals, setOriginals] = useState(false);
  const [baseline, setBaseline] = useState<string>('auto');
  const pdf = usePdfExport();
  const { route, go } = useRoute();
  const audits = useApiQuery('audits.list', open ? { clientId: audit.clientId } : null);
  const others = (audits.data ?? []).filter((a) => a.id !== audit.id);
  usePrinterReady(open);
  const running = pdf.state.phase === 'running';
  const status = pdf.state.phase === 'running' ? pdf.state.status : null;
  const toggle = (s: ReportSection) =>
    setSections((list) =>
      list.includes(s) ? list.filter((x) => x !== s) : REPORT_SECTIONS.filter((x) => x === s || list.includes(x)),
    );

  const start = () =>
    void pdf.start({
      auditId: audit.id,
      // "auto" lets the host use the audit's baseline (chosen, or the previous audit); "none" leaves before/after out.
      ...(baseline === 'auto' ? {} : { baselineId: baseline === 'none' ? null : baseline }),
      sections,
      originals,
      fileName: reportFileName(audit.clientName, audit.title, audit.auditDate, 'pdf'),
    });

  const progressText = () => {
    if (!status) return t('exportDialog.stage.starting');
    if (status.stage === 'queued') return t('pdfQueue.waiting', { place: status.place });
    if (status.stage === 'drawing' && status.total)
      return t('exportDialog.stage.photos', { done: status.done, total: status.total });
    return t(`exportDialog.stage.${status.stage}`);
  };
  const pct = status && status.total ? Math.round((100 * status.done) / status.total) : null;

  return (
    <FormDialog
      open={open}
      onOpenChange={(o) => !running && onOpenChange(o)}
      title={t('exportDialog.title')}
      description={t('exportDialog.body')}
      testId="export-dialog"
      actions={<>
            {running ? (
              <button type="button" className="button" onClick={() => void pdf.cancel()} data-testid="pdf-cancel">
                {t('exportDialog.cancel')}
              </button>
            ) : (
              <DialogCloseButton>
                {t('exportDialog.close')}
              </DialogCloseButton>
            )}
            <button
              type="button"
              className="button button-primary"
              onClick={start}
              disabled={running || sections.length === 0}
              data-testid="pdf-start"
            >
              {t('exportDialog.makePdf')}
            </button>
          </>}
    >
          {route.name === 'report' ? null : (
            <p>
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  onOpenChange(false);
                  go({ name: 'report', auditId: audit.id });
                }}
                data-testid="open-report-writer"
              >
                {t('reportWriting.openWriter')}
              </button>
            </p>
          )}
          <fieldset className="scope" disabled={running}>
            <legend>{t('exportDialog.sections')}</legend>
            <div className="scope-row">
              {REPORT_SECTIONS.map((s) => (
                <label key={s} className="checkbox">
                  <input
                    type="checkbox"
                    checked={sections.includes(s)}
                    onChange={() => toggle(s)}
                    data-testid={`section-${s}`}
                  />
                  {t(`exportDialog.section.${s}`)}
                </label>
              ))}
            </div>
            <label className="checkbox">
              <input
                type="checkbox"
                checked={originals}
                onChange={(e) => setOriginals(e.target.checked)}
                data-testid="pdf-originals"
              />
              {t('evidence.export.includeOriginals')}
            </label>
          </fieldset>
          <label className="field">
            <span>{t('exportDialog.baseline')}</span>
            <select
              value={baseline}
              onChange={(e) => setBaseline(e.target.value)}
              disabled={running}
              data-testid="export-baseline"
            >
              <option value="auto">{t('exportDialog.baselineAuto')}</option>
              <option value="none">{t('exportDialog.baselineNone')}</option>
              {others.map((a) => (
                <option key={a.id} value={a.id} dir="auto">
                  {a.title} · {formatDay(i18n.language, a.auditDate)}
                </option>
              ))}
            </select>
          </label>
          {running ? (
            <div className="export-progress" role="status" aria-live="polite" data-testid="pdf-progress">
              <div
                className="progress-bar"
                role="progressbar"
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={pct ?? undefined}
                aria-label={t('exportDialog.progress')}
              >
                <span className={pct === null ? 'indeterminate' : ''} style={{ width: `${pct ?? 35}%` }} />
              </div>
              <span className="small">{progressText()}</span>
            </div>
          ) : null}
          {pdf.state.phase === 'done' ? (
            <p className="export-done" role="status" data-testid="pdf-done">
              ✓{' '}
              {pdf.state.status.result?.path
                ? t('exportDialog.savedTo', { path: pdf.state.status.result.path })
                : t('exportDialog.downloaded', {
                    name: pdf.state.status.result?.fileName ?? '',
                    pages: pdf.state.status.result?.pages ?? 0,
                    count: pdf.state.status.result?.pages ?? 0,
                  })}
            </p>
          ) : null}
          {pdf.state.phase === 'cancelled' ? (
            <p className="muted" role="status" data-testid="pdf-cancelled">
              {t('exportDialog.cancelled')}
            </p>
          ) : null}
          {pdf.state.phase === 'failed' ? (
            <p className="form-error" role="alert" data-testid="pdf-failed">
              {describeError(t, pdf.state.error)}
              <span className="small muted error-detail">{pdf.state.error.message}</span>
            </p>
          ) : null}
          <section className="export-data" aria-label={t('exportDialog.dataFiles')}>
            <h3 className="small">{t('exportDialog.dataFiles')}</h3>
            <DataExportButtons scope={{ auditId: audit.id }} />
          </section>
</FormDialog>
  );
}
