import { create } from 'zustand';
import type { MethodInput, MethodOutput } from '../../../shared/contract';
import { api } from '../api/api';

interface ReportsStore {
  exportData(input: MethodInput<'exports.data'>): Promise<MethodOutput<'exports.data'>>;
  startPdf(input: MethodInput<'reports.startPdf'>): Promise<MethodOutput<'reports.startPdf'>>;
  pdfStatus(jobId: string): Promise<MethodOutput<'reports.pdfStatus'>>;
  cancelPdf(jobId: string): Promise<void>;
  /** Everything the print view draws, in one call. */
  reportData(input: MethodInput<'reports.data'>): Promise<MethodOutput<'reports.data'>>;
  /** The report's photos alone, asked for beside the data without photos. */
  reportPhotos(input: MethodInput<'reports.photos'>): Promise<MethodOutput<'reports.photos'>>;
}

/** Exports, PDF reports and the print view's data: every call for them goes through here (their progress lives in the hooks). */
export const useReports = create<ReportsStore>(() => ({
  exportData: (input) => api().call('exports.data', input),
  startPdf: (input) => api().call('reports.startPdf', input),
  pdfStatus: (jobId) => api().call('reports.pdfStatus', { jobId }),
  async cancelPdf(jobId) {
    await api().call('reports.cancelPdf', { jobId });
  },
  reportData: (input) => api().call('reports.data', input),
  reportPhotos: (input) => api().call('reports.photos', input),
}));
