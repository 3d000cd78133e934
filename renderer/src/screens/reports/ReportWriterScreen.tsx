import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isRtl } from '../../../../shared/domain/settings';
import { REPORT_SECTIONS } from '../../../../shared/reports/report-sections';
import { describeError } from '../../lib/field-errors';
import { useApiQuery } from '../../lib/use-api-query';
import { useReportWriting } from '../../stores/report-writing-store';
import { useRoute } from '../../stores/route-store';
import { useSettings } from '../../stores/settings-store';
import { ReportBody } from '../print/ReportBody';
import '../print/print.css';
import { ExportDialog } from './ExportDialog';
import { PhotoThumb } from '../../components/PhotoThumb';
import { ReportTextField, CaptionField } from './ReportTextField';

const REFRESH = ['audits.changed'] as const;

/**
 * Where the consultant writes the report's own words (executive summary, recommendations, photo
 * captions) beside a live preview of the report as it will print; then exports it.
 */
export function ReportWriterScreen({ auditId }: { auditId: string }) {
  const { t } = useTranslation();
  const go = useRoute((s) => s.go);
  const rtl = isRtl(useSettings((s) => s.language));
  const writing = useReportWriting((s) => s.byAudit[auditId]);
  const load = useReportWriting((s) => s.load);
  const [exporting, setExporting] = useState(false);
  const report = useApiQuery('reports.data', { auditId, photos: true }, REFRESH);
  useEffect(() => {
    void load(auditId).catch(() => undefined);
  }, [auditId, load]);

  const data = report.data;
  const photos = data?.audit.evidence ?? [];
  return (
    <main className="report-writer" data-testid="report-writer">
      <div className="walk-bar">
        <button type="button" className="button" onClick={() => go({ name: 'audit', id: auditId })}>
          {rtl ? '→' : '←'} {t('reportWriting.backToWalk')}
        </button>
        <div className="walk-title">
          <h1 className="walk-title-text" dir="auto">
            {t('reportWriting.title', { title: data?.audit.title ?? '' })}
          </h1>
          <span className="muted small" dir="auto">
            {data?.client.name ?? ''}
          </span>
        </div>
        <div className="walk-bar-actions">
          <button
            type="button"
            className="button button-primary"
            onClick={() => setExporting(true)}
            disabled={!data}
            data-testid="report-writer-export"
          >
            {t('reportWriting.export')}
          </button>
        </div>
      </div>
      <div className="report-writer-body">
        <section className="report-writer-edit" aria-label={t('reportWriting.write')}>
          <p className="small muted">{t('reportWriting.intro')}</p>
          {writing ? (
            <>
              <ReportTextField auditId={auditId} field="summary" saved={writing.summary} />
              <ReportTextField auditId={auditId} field="recommendations" saved={writing.recommendations} />
              <p className="small muted" data-testid="markup-help">
                {t('reportWriting.markupHelp')}
              </p>
              {photos.length ? (
                <fieldset className="report-captions">
                  <legend>{t('reportWriting.captions')}</legend>
                  {photos.map((p) => (
                    <CaptionField
                      key={p.id}
                      auditId={auditId}
                      evidenceId={p.id}
                      thumb={<PhotoThumb item={p} alt="" width={64} height={48} />}
                      name={p.originalName}
                      saved={writing.captions[p.id] ?? ''}
                    />
                  ))}
                </fieldset>
              ) : null}
            </>
          ) : (
            <p className="muted">{t('app.loading')}</p>
          )}
        </section>
        <section className="report-writer-preview" aria-label={t('reportWriting.preview')} data-testid="report-preview">
          <h2 className="small muted">{t('reportWriting.preview')}</h2>
          {report.status === 'error' && !data ? (
            <p role="alert">{describeError(t, report.error)}</p>
          ) : data ? (
            <div className="print-report report-preview-page">
              <ReportBody data={data} images={data.images} sections={REPORT_SECTIONS} rtl={rtl} toc={null} />
            </div>
          ) : (
            <p className="muted">{t('app.loading')}</p>
          )}
        </section>
      </div>
      {data && exporting ? (
        <ExportDialog
          audit={{ ...data.audit, clientName: data.client.name }}
          open={exporting}
          onOpenChange={setExporting}
        />
      ) : null}
    </main>
  );
}
