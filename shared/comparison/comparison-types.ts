import type { Answer, TouchpointRecord } from '../domain/audit';
import type { AuditScope } from '../domain/audit';
import type { TemplateDefinition, TouchpointKind } from '../domain/template';
import type { RollupMethod } from '../domain/template';
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
  /** Which definitions were used (always the follow-up's) and what differs between the versions. */
  definitions: ComparisonDefinitions;
  /** The overall change from the answers and from the template alone. */
  changeSources: ChangeSources;
  /** Scores of both audits restricted to the criteria they share, both on the follow-up's definitions: like for like. */
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

/** What of a shared criterion (or its touchpoint) is defined differently in the two template versions. */
export type DefinitionField =
  'scale' | 'weight' | 'critical' | 'allowNa' | 'momentOfTruth' | 'stage' | 'kind' | 'channel';

export interface DefinitionDifference {
  touchpointId: string;
  criterionId: string;
  touchpointName: string;
  question: string;
  /** What differs, read from the baseline's version against the follow-up's. */
  fields: DefinitionField[];
}

/** Which definitions scored both sides, and where the two versions disagree. */
export interface ComparisonDefinitions {
  /** Both sides are scored with the follow-up's definitions: its template version. */
  usedVersionId: string;
  /** Every shared criterion, touchpoint mark, the method and the multiplier are the same in both versions. */
  identical: boolean;
  differences: DefinitionDifference[];
  method: { baseline: RollupMethod; followUp: RollupMethod };
  momentOfTruthMultiplier: { baseline: number; followUp: number };
}

/**
 * The overall change split in two (percentage points, null without a score): `fromAnswers` is the
 * like-for-like change (both sides on the follow-up's definitions); `fromTemplate` is how much the
 * baseline's own score moves when its answers are rescored under the follow-up's definitions.
 * baselineOwn + fromTemplate + fromAnswers = followUp.
 */
export interface ChangeSources {
  /** The baseline on its own version's definitions (shared criteria only, its own method and multiplier). */
  baselineOwn: number | null;
  /** The baseline's answers under the follow-up's definitions. */
  baselineRescored: number | null;
  followUp: number | null;
  fromAnswers: number | null;
  fromTemplate: number | null;
}

/** A series of three or more audits: the overall and per-stage percentages over time. */
export interface AuditTrend {
  method: AuditScore['method'];
  audits: { id: string; title: string; site: string; auditDate: string; overall: number | null }[];
  stages: { key: string; label: string; values: (number | null)[] }[];
  kinds: { key: string; values: (number | null)[] }[];
}
