import type { ReportData } from '../../../../shared/api/reports-api';
import { RichText } from '../../components/RichText';
import { ReportSectionFrame, useReportFormat } from './report-common';

/** The consultant's own executive summary and recommendations, printed before every figure. */
export function ReportExecutive({ data }: { data: ReportData }) {
  const { t } = useReportFormat();
  const { summary, recommendations } = data.writing;
  return (
    <ReportSectionFrame id="executive" title={t('report.sections.executive')}>
      {summary.trim() ? (
        <div className="executive-summary" data-testid="report-executive-summary">
          <RichText text={summary} />
        </div>
      ) : null}
      {recommendations.trim() ? (
        <div className="executive-recommendations pb-avoid" data-testid="report-executive-recommendations">
          <h2 className="report-h2 pb-keep">{t('reportWriting.recommendations')}</h2>
          <RichText text={recommendations} />
        </div>
      ) : null}
    </ReportSectionFrame>
  );
}
