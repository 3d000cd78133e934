import { create } from 'zustand';
import type { ReportData } from '../../../shared/api/reports-api';
import type { MethodInput, MethodOutput } from '../../../shared/contract';
import { AUTO_BASELINE, type ReportSection } from '../../../shared/reports/report-sections';
import { api } from '../api/api';

/** What a print address names: the audit, its comparison ("auto" = its own baseline), the sections, the photos' kind. */
export interface PrintRequest {
  auditId: string;
  baselineId: string | null;
  sections: readonly ReportSection[];
  originals?: boolean;
}

/** The print view's two loads, asked for at once: its data without photos, and its photos (none without findings). */
export interface PrintLoad {
  data: Promise<ReportData>;
  images: Promise<ReportData['images']>;
}

interface ReportsStore {
  exportData(input: MethodInput<'exports.data'>): Promise<MethodOutput<'exports.data'>>;
  startPdf(input: MethodInput<'reports.startPdf'>): Promise<MethodOutput<'reports.startPdf'>>;
  pdfStatus(jobId: string): Promise<MethodOutput<'reports.pdfStatus'>>;
  cancelPdf(jobId: string): Promise<void>;
  /** The export panel is open: the host gets its printer ready for the PDF the user is about to ask for. */
  preparePrinter(): Promise<void>;
  /**
   * Starts the print view's loads ahead of its code (the app's start does it for a print address):
   * the print view takes them over instead of asking again once its code has arrived.
   */
  preparePrint(request: PrintRequest): void;
  /** The print view's loads: the ones prepared for this same request (handed over once), else new ones. */
  loadPrint(request: PrintRequest): PrintLoad;
}

const keyOf = (r: PrintRequest) => JSON.stringify([r.auditId, r.baselineId, r.sections, r.originals === true]);

function startPrintLoad({ auditId, baselineId, sections, originals = false }: PrintRequest): PrintLoad {
  // In the address, "auto" means the audit's own baseline (chosen, else its previous audit): left to the backend.
  const data = api().call('reports.data', {
    auditId,
    ...(baselineId === AUTO_BASELINE ? {} : { baselineId }),
    photos: false,
  });
  const images = sections.includes('findings')
    ? api().call('reports.photos', { auditId, originals })
    : Promise.resolve({});
  return { data, images };
}

let prepared: { key: string; load: PrintLoad } | null = null;

/** Exports, PDF reports and the print view's data: every call for them goes through here (their progress lives in the hooks). */
export const useReports = create<ReportsStore>(() => ({
  exportData: (input) => api().call('exports.data', input),
  startPdf: (input) => api().call('reports.startPdf', input),
  pdfStatus: (jobId) => api().call('reports.pdfStatus', { jobId }),
  async cancelPdf(jobId) {
    await api().call('reports.cancelPdf', { jobId });
  },
  async preparePrinter() {
    await api().call('reports.preparePrinter', {});
  },
  preparePrint(request) {
    const load = startPrintLoad(request);
    // Failures are the print view's to show when it takes the load over, not an unhandled rejection meanwhile.
    load.data.catch(() => undefined);
    load.images.catch(() => undefined);
    prepared = { key: keyOf(request), load };
  },
  loadPrint(request) {
    const ahead = prepared;
    prepared = null;
    return ahead && ahead.key === keyOf(request) ? ahead.load : startPrintLoad(request);
  },
}));
