import { z } from 'zod';
import type { ApiError } from '../result';
import { REPORT_SECTIONS } from '../reports/report-sections';
import { LIMITS } from '../rules/limits';
import { requiredLine } from '../rules/text';
import { returns } from './returns';

export type PdfStage = 'queued' | 'starting' | 'loading' | 'drawing' | 'printing' | 'writing';

export interface PdfJobStatus {
  jobId: string;
  state: 'running' | 'done' | 'failed' | 'cancelled';
  stage: PdfStage;
  /** While queued: the place in the line of PDF jobs (1 = next); 0 once it runs. */
  place: number;
  /** Progress through the current stage (e.g. photos drawn of all photos); total 0 when unknown. */
  done: number;
  total: number;
  error: ApiError | null;
  /** When done: the file, as bytes to download (browser) or the path it was saved to (desktop). */
  result: { fileName: string; bytes: number; pages: number | null; base64: string | null; path: string | null } | null;
}

/**
 * The PDF report is printed by the host (Chromium in the web host, printToPDF in the desktop
 * app), not by the backend: these methods are answered by the host itself.
 */
export const pdfApi = {
  'reports.startPdf': {
    input: z
      .object({
        auditId: z.uuid(),
        baselineId: z.uuid().nullable().optional(),
        sections: z.array(z.enum(REPORT_SECTIONS)).min(1).max(REPORT_SECTIONS.length),
        fileName: requiredLine(LIMITS.fileName),
        /** Ticked for this one export: marked-up photos print unredacted. */
        originals: z.boolean().default(false),
      })
      .strict(),
    output: returns<{ jobId: string }>(),
  },
  'reports.pdfStatus': {
    input: z.object({ jobId: z.string().min(1).max(64) }).strict(),
    output: returns<PdfJobStatus>(),
  },
  'reports.cancelPdf': {
    input: z.object({ jobId: z.string().min(1).max(64) }).strict(),
    output: returns<{ cancelled: boolean }>(),
  },
  /**
   * Asked when the export panel opens: the host gets its printer ready (the web host starts its
   * print browser, kept for the next exports until it is idle; the desktop app's window prints at
   * once) and answers when it is.
   */
  'reports.preparePrinter': {
    input: z.object({}).strict(),
    output: returns<{ ready: true }>(),
  },
} as const;

export const HOST_METHOD_NAMES = Object.keys(pdfApi) as (keyof typeof pdfApi)[];
export type HostMethodName = keyof typeof pdfApi;
export const isHostMethod = (name: string): name is HostMethodName => (HOST_METHOD_NAMES as string[]).includes(name);
