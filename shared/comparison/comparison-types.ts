import type { Answer, TouchpointRecord } from '../domain/audit';
import type { AuditScope } from '../domain/audit';
import type { TemplateDefinition, TouchpointKind } from '../domain/template';
import type { AuditScore } from '../scoring/score-types';

/** One audit as the comparison needs it. */
export interface ComparableAudit {
  id: string;
  title: string;
  site: string;
  auditDate: string;
  templateVersionId: string;
  definition: TemplateDefinition;
  scope: AuditScope;
  answers: readonly Answer[];
  records: readonly TouchpointRecord[];
}

export type Movement = 'improved' | 'regressed' | 'unchanged' | 'not-comparable';

/** A before/after pair of percentages (0..100 or null for "no score"), the change in points, and what it means against the threshold. */
export interface Delta {
  before: number | null;
  after: number | null;
  /** after - before in percentage points; null when either side has no score. */
  change: number | null;
  movement: Movement;
}

export interface CriterionDelta extends Delta {
  touchpointId: string;
  criterionId: string;
  question: string;
  critical: boolean;
}

export interface TouchpointDelta extends Delta {
  touchpointId: string;
  name: string;
  stageId: string;
  kind: TouchpointKind;
  channel: string;
  momentOfTruth: boolean;
  knockoutBefore: boolean;
  knockoutAfter: boolean;
  emotionBefore: number | null;
  emotionAfter: number | null;
}

export interface SectionDelta extends Delta {
  key: string;
  /** Stage name, kind, channel, or 'overall'. */
  label: string;
}

export interface AuditComparison {
  baseline: { id: string; title: string; site: string; auditDate: string; templateVersionId: string };
  followUp: { id: string; title: string; site: string; auditDate: string; templateVersionId: string };
  /** Both audits on the same template version: every criterion lines up. */
  sameVersion: boolean;
  /** Percentage points a change must reach (either way) to count as improved or regressed. */
  threshold: number;
  /** The roll-up method of the follow-up's template, used for both sides. */
  method: AuditScore['method'];
  /** Scores of both audits restricted to the criteria they share, so the deltas are like for like. */
  overall: SectionDelta;
  stages: SectionDelta[];
  kinds: SectionDelta[];
  channels: SectionDelta[];
  touchpoints: TouchpointDelta[];
  criteria: CriterionDelta[];
  /** Criteria only in the follow-up's version, and only in the baseline's. */
  added: { touchpointId: string; criterionId: string; touchpointName: string; question: string }[];
  removed: { touchpointId: string; criterionId: string; touchpointName: string; question: string }[];
  /** Touchpoint deltas, largest change first, up to five each. */
  topImprovements: TouchpointDelta[];
  topRegressions: TouchpointDelta[];
  /** Moments of truth that fail in the follow-up (knock-out, or below 50%). */
  stillFailingMomentsOfTruth: TouchpointDelta[];
  /** Average emotion per stage, both audits, in stage order of the follow-up. */
  emotionCurve: { stageId: string; label: string; before: number | null; after: number | null }[];
}

/** A series of three or more audits: the overall and per-stage percentages over time. */
export interface AuditTrend {
  method: AuditScore['method'];
  audits: { id: string; title: string; site: string; auditDate: string; overall: number | null }[];
  stages: { key: string; label: string; values: (number | null)[] }[];
  kinds: { key: string; values: (number | null)[] }[];
}
