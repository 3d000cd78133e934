import { z } from 'zod';
import type { ReportWriting } from './report-writing-api';
import type { AuditComparison } from '../comparison/comparison-types';
import type { Action } from '../domain/action';
import type { AuditDetail } from '../domain/audit';
import type { Client } from '../domain/client';
import type { Branding } from '../domain/settings';
import type { MetricDelta, MetricKey, MetricsSummary } from '../metrics/compute-metrics';
import type { Maturity } from '../reports/maturity';
import type { Highlight } from '../reports/report-highlights';
import type { HeatTable } from '../scoring/heat-table';
import type { AuditScore } from '../scoring/score-types';
import type { TrailVerification } from '../trail/trail-types';
import type { SignOff } from '../evidence/sign-off';
import { returns } from './returns';
import type { ClientPrivacy } from '../privacy/privacy-types';
import type { WaveView } from './visits-api';

/** Largest width of a report photo, in pixels (about 12 cm at 190 dpi: half an A4 text column printed sharp). */
export const REPORT_PHOTO_MAX_PX = 900;

/** An action of the plan, with where in this audit's journey it applies (null: another template's touchpoint, or none). */
export interface ReportAction extends Action {
  touchpointName: string | null;
  stageName: string | null;
}

/** A photo as the report prints it: a JPEG data URL at most REPORT_PHOTO_MAX_PX wide; null when its file is missing. */
export interface ReportImage {
  dataUrl: string;
  width: number;
  height: number;
}

/** Everything the print view draws, in one call. */
export interface ReportData {
  /** When the data was read (ISO instant): the report's "prepared on" date. */
  generatedAt: string;
  /** The consultant's executive summary, recommendations and photo captions, printed first. */
  writing: ReportWriting;
  audit: AuditDetail;
  client: Client;
  score: AuditScore;
  heat: HeatTable;
  highlights: { strengths: Highlight[]; painPoints: Highlight[] };
  /** The audit compared against (the one asked for, else its baseline); null when none. */
  baseline: {
    audit: {
      id: string;
      title: string;
      site: string;
      auditDate: string;
      auditor: string;
      status: AuditDetail['status'];
    };
    /** Overall score of the baseline as it stands on its own (the comparison rescores both on the shared criteria). */
    overall: number | null;
    comparison: AuditComparison & { heatBefore: HeatTable; heatAfter: HeatTable };
  } | null;
  /** The client's actions tied to this audit, to its baseline or to no audit, in the plan's order. */
  actions: ReportAction[];
  metrics: {
    current: MetricsSummary | null;
    baseline: MetricsSummary | null;
    /** Before/after of each metric; null without a baseline. */
    deltas: Record<MetricKey, MetricDelta> | null;
  };
  maturity: Maturity;
  /** The audit trail recomputed when the report was made: its chain head, verification time and outcome. */
  trail: TrailVerification;
  /** The client representative's signature, printed on the cover; null when unsigned (or lost at a reopening). */
  signOff: SignOff | null;
  branding: Branding;
  /** Whether the client's staff were told about mystery shopping: printed on a visit's cover. */
  privacy: ClientPrivacy;
  /** Photos by evidence id (only the in-scope touchpoints', and only when photos were asked for). */
  images: Record<string, ReportImage | null>;
  /** For a visit: its wave's league table with statistics (intervals beside site scores); null otherwise. */
  wave: WaveView | null;
}

export const reportsApi = {
  'reports.data': {
    input: z
      .object({
        auditId: z.uuid(),
        /** null: no comparison; left out: the audit's baseline (chosen, else the previous audit of its template). */
        baselineId: z.uuid().nullable().optional(),
        /** Photos are the heavy part: leave them out when the findings are not printed. */
        photos: z.boolean().default(true),
        /** Ticked for this one export: marked-up photos print as their originals, not their redacted copies. */
        originals: z.boolean().default(false),
      })
      .strict(),
    output: returns<ReportData>(),
  },
  /** The photos of reports.data alone, by evidence id: the print view asks for them beside the data without photos. */
  'reports.photos': {
    input: z.object({ auditId: z.uuid(), originals: z.boolean().default(false) }).strict(),
    output: returns<Record<string, ReportImage | null>>(),
  },
} as const;
