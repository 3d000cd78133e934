import { useEffect, useRef, useState } from 'react';
import type { PdfJobStatus } from '../../../../shared/api/pdf-api';
import type { ReportSection } from '../../../../shared/reports/report-sections';
import type { ApiError } from '../../../../shared/result';
import { useReports } from '../../stores/reports-store';
import { apiErrorOf } from '../../lib/field-errors';
import { downloadBase64 } from '../../lib/download';

const POLL_MS = 300;

export type PdfExportState =
  | { phase: 'idle' }
  | { phase: 'running'; status: PdfJobStatus | null }
  | { phase: 'done'; status: PdfJobStatus }
  | { phase: 'cancelled' }
  | { phase: 'failed'; error: ApiError };

/**
 * While the export panel is open the host's printer gets ready (the web host starts its print
 * browser), so that the PDF starts printing at once. A failure is the export's to report, if one is started.
 */
export function usePrinterReady(open: boolean): void {
  useEffect(() => {
    if (open) void useReports.getState().preparePrinter().catch(() => undefined);
  }, [open]);
}

/** Starts a PDF export on the host, follows its progress, can cancel it, and hands over the file. */
export function usePdfExport() {
  const [state, setState] = useState<PdfExportState>({ phase: 'idle' });
  const job = useRef<string | null>(null);
  const timer = useRef<number | null>(null);

  const stopPolling = () => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
  };
  useEffect(() => stopPolling, []);

  async function poll(jobId: string): Promise<void> {
    try {
      const status = await useReports.getState().pdfStatus(jobId);
      if (job.current !== jobId) return;
      if (status.state === 'running') {
        setState({ phase: 'running', status });
        timer.current = window.setTimeout(() => void poll(jobId), POLL_MS);
        return;
      }
      job.current = null;
      if (status.state === 'done') {
        const result = status.result!;
        if (result.base64) downloadBase64(result.fileName, result.base64, 'application/pdf');
        setState({ phase: 'done', status });
      } else if (status.state === 'cancelled') setState({ phase: 'cancelled' });
      else setState({ phase: 'failed', error: status.error ?? { code: 'INTERNAL', message: '' } });
    } catch (error) {
      job.current = null;
      setState({ phase: 'failed', error: apiErrorOf(error) });
    }
  }

  return {
    state,
    async start(request: { auditId: string; baselineId?: string | null; sections: ReportSection[]; fileName: string; originals?: boolean }) {
      stopPolling();
      setState({ phase: 'running', status: null });
      try {
        const { jobId } = await useReports.getState().startPdf(request);
        job.current = jobId;
        await poll(jobId);
      } catch (error) {
        setState({ phase: 'failed', error: apiErrorOf(error) });
      }
    },
    async cancel() {
      const jobId = job.current;
      stopPolling();
      job.current = null;
      setState({ phase: 'cancelled' });
      if (jobId)
        await useReports
          .getState()
          .cancelPdf(jobId)
          .catch(() => undefined);
    },
    reset: () => setState({ phase: 'idle' }),
  };
}
