import { z } from 'zod';

/** The parts of the PDF report, in the order they appear; each can be left out in the export dialog. */
export const REPORT_SECTIONS = [
  'cover',
  'contents',
  /** The consultant's own executive summary and recommendations; left out while nothing is written. */
  'executive',
  'summary',
  'maturity',
  'journeyMap',
  'charts',
  'findings',
  'failingMoments',
  'actions',
  'metrics',
  'appendix',
  'methods',
] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];

export const reportRequestSchema = z
  .object({
    auditId: z.uuid(),
    /** Before/after sections compare against this audit; null = none, undefined = the audit's baseline. */
    baselineId: z.uuid().nullable().optional(),
    sections: z
      .array(z.enum(REPORT_SECTIONS))
      .min(1)
      .max(REPORT_SECTIONS.length)
      .default([...REPORT_SECTIONS]),
  })
  .strict();
export type ReportRequest = z.output<typeof reportRequestSchema>;

/** The sections that have something to print: the consultant's text only once written. */
export function printableSections(
  sections: readonly ReportSection[],
  writing: { summary: string; recommendations: string },
): ReportSection[] {
  const written = writing.summary.trim() !== '' || writing.recommendations.trim() !== '';
  return REPORT_SECTIONS.filter((s) => sections.includes(s) && (s !== 'executive' || written));
}

/** In the print address: "use the audit's own baseline" ('-' means none). */
export const AUTO_BASELINE = 'auto';

/** The last segment of a print address whose photos are the unredacted originals. */
export const PRINT_ORIGINALS = 'originals';

/** The print view's address: the renderer draws the report there, for printToPDF and page.pdf alike. */
export function printHash(request: {
  auditId: string;
  baselineId?: string | null;
  sections: readonly ReportSection[];
  /** Ticked for this one export: marked-up photos print as their originals (else their redacted copies). */
  originals?: boolean;
}): string {
  const baseline =
    request.baselineId === undefined
      ? AUTO_BASELINE
      : request.baselineId === null
        ? '-'
        : encodeURIComponent(request.baselineId);
  return `#/print/${encodeURIComponent(request.auditId)}/${baseline}/${request.sections.join(',')}${
    request.originals ? `/${PRINT_ORIGINALS}` : ''
  }`;
}
