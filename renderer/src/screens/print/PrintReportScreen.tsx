import type { ReportSection } from '../../../../shared/reports/report-sections';

/** The report as printed pages (being built: see screens/print). */
export function PrintReportScreen({ auditId }: { auditId: string; baselineId: string | null; sections: ReportSection[] }) {
  return <main className="print-report" data-audit={auditId} />;
}
