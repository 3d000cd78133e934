import { useEffect, useLayoutEffect, useRef, useState, type CSSProperties } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { ReportData } from '../../../../shared/api/reports-api';
import { DEFAULT_ACCENT_COLOUR, isRtl } from '../../../../shared/domain/settings';
import { type ReportSection } from '../../../../shared/reports/report-sections';
import { apiErrorOf, describeError } from '../../lib/field-errors';
import { useReports } from '../../stores/reports-store';
import { useSettings } from '../../stores/settings-store';
import { PRINT_CONTENT_WIDTH } from './print-charts';
import { ReportBody } from './ReportBody';
import { computeToc, PAGE_CONTENT_HEIGHT_PX, type TocEntry } from './toc-pages';
import './print.css';

/** What the PDF pipeline (and tests) can read once the report is ready. */
export interface PrintReportState {
  /** First page and page count of each section, computed before printing (see toc-pages.ts). */
  toc: TocEntry[];
  pageContentHeightPx: number;
  sections: ReportSection[];
}
declare global {
  interface Window {
    journeyAuditPrint?: PrintReportState;
  }
}

const root = () => document.documentElement;

function markError(message: string): void {
  delete root().dataset.printReady;
  root().dataset.printError = message;
}

/**
 * Every image loaded (or failed: a missing photo must not hold the report back forever). Not
 * decoded: each has its size in its attributes, and a JPEG goes into the PDF as it is.
 */
async function imagesLoaded(container: HTMLElement): Promise<void> {
  await Promise.all(
    Array.from(container.querySelectorAll('img')).map(async (img) => {
      if (!img.complete)
        await new Promise<void>(
          (done) => (
            img.addEventListener('load', () => done(), { once: true }),
            img.addEventListener('error', () => done(), { once: true })
          ),
        );
    }),
  );
}

/**
 * Every chart holds its SVG drawing: the surface at once, its marks and axes (recharts draws them
 * after its first render) soon after; a chart with nothing to mark is given a moment, not forever.
 */
async function chartsDrawn(container: HTMLElement, timeoutMs = 8000, marksGraceMs = 1500): Promise<void> {
  const started = performance.now();
  const figures = () => Array.from(container.querySelectorAll('[data-print-chart]'));
  const wait = () => new Promise((r) => setTimeout(r, 50));
  while (!figures().every((fig) => fig.querySelector('svg.recharts-surface'))) {
    if (performance.now() - started > timeoutMs) throw new Error('The charts were not drawn in time.');
    await wait();
  }
  const surfaced = performance.now();
  while (
    !figures().every((fig) => fig.querySelector('svg.recharts-surface .recharts-layer')) &&
    performance.now() - surfaced < marksGraceMs
  )
    await wait();
}

/** Photos not yet arrived: the pages are drawn meanwhile, and the report is not ready until they are. */
const NO_PHOTOS: ReportData['images'] = {};

/**
 * Once every section is drawn: waits for what loads late (fonts, photos, the charts' marks), then lays out
 * the contents' page numbers. A short section flows on under the one before (print.css drops its page
 * break): marked as placed here.
 */
async function finish(el: HTMLElement): Promise<TocEntry[]> {
  await document.fonts.ready;
  await imagesLoaded(el);
  await chartsDrawn(el);
  const sectionEls = Array.from(el.querySelectorAll<HTMLElement>(':scope > .report-section'));
  const entries = computeToc(sectionEls);
  sectionEls.forEach((s, i) => s.toggleAttribute('data-flows', entries[i]?.flows === true));
  return entries;
}

/**
 * The report as printed pages. It loads everything in one call (reports.data), draws every
 * section asked for, waits for fonts, photos and charts, computes the table of contents' page
 * numbers from the layout, then sets `data-print-ready="true"` on <html> (or `data-print-error`
 * with a message), which the PDF pipeline waits for.
 */
export function PrintReportScreen({
  auditId,
  baselineId,
  sections,
  originals = false,
}: {
  auditId: string;
  baselineId: string | null;
  sections: ReportSection[];
  /** Marked-up photos as their unredacted originals: only when ticked for this one export. */
  originals?: boolean;
}) {
  const { t } = useTranslation();
  const language = useSettings((s) => s.language);
  const rtl = isRtl(language);
  const [data, setData] = useState<ReportData | null>(null);
  const [images, setImages] = useState<ReportData['images'] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [toc, setToc] = useState<TocEntry[] | null>(null);
  const report = useRef<HTMLElement>(null);

  // The page itself is white and unscrolled chrome-less paper while the report is shown.
  useLayoutEffect(() => {
    root().classList.add('print-mode');
    delete root().dataset.printReady;
    delete root().dataset.printError;
    return () => {
      root().classList.remove('print-mode');
      delete root().dataset.printReady;
      delete root().dataset.printError;
      delete window.journeyAuditPrint;
    };
  }, []);

  useEffect(() => {
    let live = true;
    const failed = (e: unknown) => {
      if (!live) return;
      const message = describeError(t, apiErrorOf(e));
      setError(message);
      markError(message);
    };
    // The photos come apart from the data, both asked for at once (most often already by the app's start):
    // the pages are drawn while the photos are made. Each is drawn at once (flushSync: the charts' own
    // passes included), so that the last one can finish the report in the same task, with no frame between.
    const load = useReports.getState().loadPrint({ auditId, baselineId, sections, originals });
    const drawn = load.data.then((d) => live && flushSync(() => setData(d)));
    const photos = load.images.then((i) => live && flushSync(() => setImages(i)));
    Promise.all([drawn, photos]).then(async () => {
      if (!live || !report.current) return;
      let toc: TocEntry[];
      try {
        toc = await finish(report.current);
      } catch (e) {
        if (live) markError(e instanceof Error ? e.message : String(e));
        return;
      }
      if (!live) return;
      flushSync(() => setToc(toc));
      // The numbers are in the contents now: the report is ready to print.
      window.journeyAuditPrint = { toc, pageContentHeightPx: PAGE_CONTENT_HEIGHT_PX, sections };
      root().dataset.printToc = JSON.stringify(toc);
      root().dataset.printReady = 'true';
    }, failed);
    return () => {
      live = false;
    };
  }, [auditId, baselineId, sections.join(), originals, t]);

  // The PDF's title (its metadata, and the name a browser offers): client and audit.
  useEffect(() => {
    if (!data) return;
    const before = document.title;
    document.title = `${data.client.name} — ${data.audit.title} — ${t('report.title')}`;
    return () => {
      document.title = before;
    };
  }, [data, t]);

  const style = {
    '--report-accent': data?.branding.accentColour ?? DEFAULT_ACCENT_COLOUR,
    '--report-chart-width': `${PRINT_CONTENT_WIDTH}px`,
  } as CSSProperties;
  if (error) {
    return (
      <main className="print-report" style={style} data-testid="print-error">
        <p className="report-error" role="alert">
          {t('report.loadFailed', { reason: error })}
        </p>
      </main>
    );
  }
  if (!data) {
    return (
      <main className="print-report" style={style}>
        <p className="report-muted">{t('report.loading')}</p>
      </main>
    );
  }
  return (
    <main
      ref={report}
      className="print-report"
      style={style}
      dir={rtl ? 'rtl' : 'ltr'}
      data-testid="print-report"
      data-audit={auditId}
      data-print-loaded=""
    >
      <ReportBody data={data} images={images ?? NO_PHOTOS} sections={sections} rtl={rtl} toc={toc} />
    </main>
  );
}
