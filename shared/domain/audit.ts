import type { CaptureFacts } from '../evidence/capture-facts';
import type { MarkupShape } from '../evidence/markup';
import { z } from 'zod';
import { calendarDateSchema } from '../rules/dates';
import { LIMITS } from '../rules/limits';
import { lineText, requiredLine, untrimmedProse } from '../rules/text';
import { TOUCHPOINT_KINDS, type Criterion, type TemplateDefinition, type TouchpointKind } from './template';
import type { VisitInfo } from './visit';

export const AUDIT_TYPES = ['walkthrough', 'mystery-shop'] as const;
export type AuditType = (typeof AUDIT_TYPES)[number];
export const AUDIT_STATUSES = ['draft', 'in_progress', 'complete'] as const;
export type AuditStatus = (typeof AUDIT_STATUSES)[number];

/** Five steps from angry (1) to delighted (5). */
export const EMOTIONS = [1, 2, 3, 4, 5] as const;
export type Emotion = (typeof EMOTIONS)[number];

export const answerValueSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('na') }).strict(),
  z.object({ kind: z.literal('yesno'), value: z.boolean() }).strict(),
  z.object({ kind: z.literal('scale'), value: z.number().int().min(0).max(10) }).strict(),
  z.object({ kind: z.literal('option'), optionId: z.string().min(1).max(LIMITS.key) }).strict(),
  z.object({ kind: z.literal('channels'), values: z.record(z.string().max(40), untrimmedProse(500)) }).strict(),
]);
export type AnswerValue = z.infer<typeof answerValueSchema>;

export const auditScopeSchema = z
  .object({
    stageIds: z.array(z.string().min(1).max(LIMITS.key)).max(30),
    kinds: z.array(z.enum(TOUCHPOINT_KINDS)).min(1).max(3),
  })
  .strict();
export type AuditScope = z.infer<typeof auditScopeSchema>;

export const auditSetupSchema = z
  .object({
    clientId: z.uuid(),
    templateId: z.uuid(),
    title: requiredLine(LIMITS.audit.title),
    site: lineText(LIMITS.audit.site).default(''),
    persona: lineText(LIMITS.audit.persona).default(''),
    auditType: z.enum(AUDIT_TYPES).default('walkthrough'),
    auditor: lineText(LIMITS.audit.auditor).default(''),
    auditDate: calendarDateSchema,
    /** Empty stage list means every stage. */
    scope: auditScopeSchema.default({ stageIds: [], kinds: [...TOUCHPOINT_KINDS] }),
    /** A test or practice audit: kept, but out of every count, trend and comparison. */
    isTest: z.boolean().default(false),
    /** "Re-audit from this one": the earlier audit of the same client this one is measured against. */
    baselineAuditId: z.uuid().nullable().default(null),
  })
  .strict();
export type AuditSetup = z.output<typeof auditSetupSchema>;

export interface AuditSummary {
  id: string;
  clientId: string;
  clientName: string;
  templateName: string;
  templateVersion: number;
  title: string;
  site: string;
  auditType: AuditType;
  auditor: string;
  auditDate: string;
  status: AuditStatus;
  answered: number;
  total: number;
  /** The overall score (0..100) as the scoring engine gives it; null while nothing is scored. */
  score: number | null;
  /** The registry site (one registry for walkthroughs and visits); null when no site was given. */
  siteId: string | null;
  isTest: boolean;
  reviewStatus: 'none' | 'reviewed' | 'returned';
  updatedAt: string;
}

/**
 * Whether an audit counts in a client's figures (dashboard counts, trends, site table, compare
 * suggestions): a test audit never does, nor a draft nobody has answered in yet.
 */
export function countsInFigures(audit: { status: AuditStatus; isTest: boolean }): boolean {
  return !audit.isTest && audit.status !== 'draft';
}

export interface Answer {
  touchpointId: string;
  criterionId: string;
  value: AnswerValue | null;
  note: string;
  updatedAt: string;
}

export interface TouchpointRecord {
  touchpointId: string;
  emotion: Emotion | null;
  painPoints: string;
  worked: string;
  recommendation: string;
  updatedAt: string;
}

export interface EvidenceItem {
  id: string;
  touchpointId: string;
  originalName: string;
  mime: string;
  bytes: number;
  width: number;
  height: number;
  /**
   * Of the redacted copy when there is one: a thumbnail never shows what was redacted. Empty while an
   * imported photo's thumbnail is still to be made (preview 'pending') or could not be (preview 'failed'):
   * evidence.image with variant 'thumb' then answers with one.
   */
  thumbDataUrl: string;
  /** Whether the display copy and thumbnail exist: ready, still to be made by the background job, or failed. */
  preview: 'ready' | 'pending' | 'failed';
  createdAt: string;
  caption: string;
  /** EXIF capture facts; null for a photo attached before they were read. */
  capture: CaptureFacts | null;
  /** Saved markup (possibly empty: reviewed, nothing to hide); null when never marked up. */
  markup: MarkupShape[] | null;
  /** A derived copy with the markup drawn in exists and is what leaves the laptop. */
  redacted: boolean;
}

export interface AuditEvent {
  field: string;
  touchpointId: string | null;
  criterionId: string | null;
  at: string;
}

export interface AuditDetail extends AuditSummary {
  persona: string;
  scope: AuditScope;
  templateId: string;
  templateVersionId: string;
  definition: TemplateDefinition;
  answers: Answer[];
  records: TouchpointRecord[];
  evidence: EvidenceItem[];
  position: { touchpointId: string; criterionId: string | null } | null;
  completedAt: string | null;
  /** The audit this one is compared against, when chosen; otherwise the previous audit of the client on the same template. */
  baselineAuditId: string | null;
  reopenings: { at: string; reason: string }[];
  /** Mystery-shop visit fields, tapped moments, derived durations and the lead's review (empty for other audits). */
  visit: VisitInfo;
}

/** Is this answer of the right shape for the criterion's scale (and within it)? */
export function answerFitsCriterion(value: AnswerValue, criterion: Criterion): boolean {
  const scale = criterion.scale;
  switch (value.kind) {
    case 'na':
      return criterion.allowNa;
    case 'yesno':
      return scale.type === 'yesno';
    case 'scale':
      return (
        (scale.type === 'scale5' && value.value >= 1 && value.value <= 5) ||
        (scale.type === 'scale10' && value.value >= 0 && value.value <= 10)
      );
    case 'option':
      return scale.type === 'options' && scale.options.some((o) => o.id === value.optionId);
    case 'channels':
      return scale.type === 'perChannel' && Object.keys(value.values).every((c) => scale.channels.includes(c));
  }
}

/** The touchpoints an audit walks, in journey order: stages in template order, then touchpoints in template order. */
export function touchpointsInScope<S extends { id: string }, T extends { stageId: string; kind: TouchpointKind }>(
  definition: { stages: readonly S[]; touchpoints: readonly T[] },
  scope: AuditScope,
): { stage: S; touchpoint: T }[] {
  const stages = definition.stages.filter((s) => scope.stageIds.length === 0 || scope.stageIds.includes(s.id));
  const kinds = new Set<TouchpointKind>(scope.kinds);
  return stages.flatMap((stage) =>
    definition.touchpoints
      .filter((tp) => tp.stageId === stage.id && kinds.has(tp.kind))
      .map((tp) => ({ stage, touchpoint: tp })),
  );
}

/** An answer counts as given when it is N/A or a real answer; a per-channel answer needs every channel filled. */
export function isAnswered(value: AnswerValue | null | undefined, criterion: Criterion): boolean {
  if (!value) return false;
  if (value.kind === 'channels' && criterion.scale.type === 'perChannel') {
    const channels = criterion.scale.channels;
    return channels.every((c) => (value.values[c] ?? '').trim() !== '');
  }
  return true;
}
