import { z } from 'zod';
import { LIMITS } from '../rules/limits';
import { proseText, lineText } from '../rules/text';
import { returns } from './returns';

/** What the consultant writes for the client: printed first in the report (see shared/reports/rich-text.ts). */
export interface ReportWriting {
  summary: string;
  recommendations: string;
  /** Evidence id → the caption written under that photo in the findings. */
  captions: Record<string, string>;
  updatedAt: string | null;
}

export const REPORT_TEXT_FIELDS = ['summary', 'recommendations'] as const;

export const reportWritingApi = {
  'reports.getWriting': { input: z.object({ auditId: z.uuid() }).strict(), output: returns<ReportWriting>() },
  'reports.setText': {
    input: z
      .object({ auditId: z.uuid(), field: z.enum(REPORT_TEXT_FIELDS), text: proseText(LIMITS.report.text) })
      .strict(),
    output: returns<{ savedAt: string }>(),
  },
  'reports.setCaption': {
    input: z.object({ evidenceId: z.uuid(), caption: lineText(LIMITS.report.caption) }).strict(),
    output: returns<{ savedAt: string }>(),
  },
} as const;
