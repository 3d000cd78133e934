import { memo } from 'react';
import type { ReportData } from '../../../../shared/api/reports-api';
import { printableSections, type ReportSection } from '../../../../shared/reports/report-sections';
import { ReportActions, ReportFailingMoments, ReportMetrics } from './ReportLists';
import { ReportAppendix } from './ReportAppendix';
import { ReportCharts } from './ReportCharts';
import { ReportContents, ReportCover } from './ReportCover';
import { ReportExecutive } from './ReportExecutive';
import { ReportFindings, ReportImages } from './ReportFindings';
import { ReportJourneyMap } from './ReportJourneyMap';
import { ReportMaturity } from './ReportMaturity';
import { ReportMethods } from './ReportMethods';
import { ReportSummary } from './ReportSummary';
import type { TocEntry } from './toc-pages';

/**
 * One section of the report. Memoised: when the contents' page numbers arrive the report renders
 * again, and only the contents change (re-rendering 240 pages of tables for it doubled the work).
 */
const ReportSectionOf = memo(function ReportSectionOf({
  section,
  data,
  rtl,
}: {
  section: Exclude<ReportSection, 'contents'>;
  data: ReportData;
  rtl: boolean;
}) {
  switch (section) {
    case 'cover':
      return <ReportCover data={data} />;
    case 'executive':
      return <ReportExecutive data={data} />;
    case 'summary':
      return <ReportSummary data={data} />;
    case 'maturity':
      return <ReportMaturity data={data} />;
    case 'journeyMap':
      return <ReportJourneyMap data={data} rtl={rtl} />;
    case 'charts':
      return <ReportCharts data={data} rtl={rtl} />;
    case 'findings':
      return <ReportFindings data={data} />;
    case 'failingMoments':
      return <ReportFailingMoments data={data} />;
    case 'actions':
      return <ReportActions data={data} />;
    case 'metrics':
      return <ReportMetrics data={data} />;
    case 'appendix':
      return <ReportAppendix data={data} />;
    case 'methods':
      return <ReportMethods data={data} />;
  }
});

/** The sections asked for, always in the report's order. */
export function ReportBody({
  data,
  images,
  sections,
  rtl,
  toc,
}: {
  data: ReportData;
  /** Photos by evidence id (reports.data's own, or reports.photos' when they come apart). */
  images: ReportData['images'];
  sections: readonly ReportSection[];
  rtl: boolean;
  toc: TocEntry[] | null;
}) {
  const shown = printableSections(sections, data.writing);
  return (
    <ReportImages.Provider value={images}>
      {shown.map((section) =>
        section === 'contents' ? (
          <ReportContents key={section} sections={shown} toc={toc} />
        ) : (
          <ReportSectionOf key={section} section={section} data={data} rtl={rtl} />
        ),
      )}
    </ReportImages.Provider>
  );
}
