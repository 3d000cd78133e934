import type { ReportData } from '../../../../shared/api/reports-api';
import { printableSections, type ReportSection } from '../../../../shared/reports/report-sections';
import { ReportActions, ReportFailingMoments, ReportMetrics } from './ReportLists';
import { ReportAppendix } from './ReportAppendix';
import { ReportCharts } from './ReportCharts';
import { ReportContents, ReportCover } from './ReportCover';
import { ReportExecutive } from './ReportExecutive';
import { ReportFindings } from './ReportFindings';
import { ReportJourneyMap } from './ReportJourneyMap';
import { ReportMaturity } from './ReportMaturity';
import { ReportMethods } from './ReportMethods';
import { ReportSummary } from './ReportSummary';
import type { TocEntry } from './toc-pages';

/** The sections asked for, always in the report's order. */
export function ReportBody({
  data,
  sections,
  rtl,
  toc,
}: {
  data: ReportData;
  sections: readonly ReportSection[];
  rtl: boolean;
  toc: TocEntry[] | null;
}) {
  const shown = printableSections(sections, data.writing);
  const render = (section: ReportSection) => {
    switch (section) {
      case 'cover':
        return <ReportCover key={section} data={data} />;
      case 'contents':
        return <ReportContents key={section} sections={shown} toc={toc} />;
      case 'executive':
        return <ReportExecutive key={section} data={data} />;
      case 'summary':
        return <ReportSummary key={section} data={data} />;
      case 'maturity':
        return <ReportMaturity key={section} data={data} />;
      case 'journeyMap':
        return <ReportJourneyMap key={section} data={data} rtl={rtl} />;
      case 'charts':
        return <ReportCharts key={section} data={data} rtl={rtl} />;
      case 'findings':
        return <ReportFindings key={section} data={data} />;
      case 'failingMoments':
        return <ReportFailingMoments key={section} data={data} />;
      case 'actions':
        return <ReportActions key={section} data={data} />;
      case 'metrics':
        return <ReportMetrics key={section} data={data} />;
      case 'appendix':
        return <ReportAppendix key={section} data={data} />;
      case 'methods':
        return <ReportMethods key={section} data={data} />;
    }
  };
  return <>{shown.map(render)}</>;
}
