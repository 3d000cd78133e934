import type { RollupMethod, TouchpointKind } from '../domain/template';

/**
 * What the scoring engine returns. Percentages are 0..100, or null when the section has nothing
 * scorable ("no score", never 0%). Points are weighted: criterion weight, times the template's
 * moment-of-truth multiplier on moments of truth.
 */
export interface Tally {
  /** Weighted points earned over the scored (not N/A, not unanswered) criteria. */
  earned: number;
  /** Weighted points possible over the same criteria. */
  possible: number;
  scored: number;
  na: number;
  unanswered: number;
  /** Criteria in the section, whatever their state. */
  total: number;
}

export interface CriterionScore {
  touchpointId: string;
  criterionId: string;
  state: 'scored' | 'na' | 'unanswered';
  /** Unweighted points of the answer on its scale (e.g. 3 of 4 for a "4" on 1-5). */
  rawEarned: number | null;
  rawPossible: number | null;
  /** Weight applied (criterion weight x moment-of-truth multiplier where it applies). */
  weight: number;
  earned: number | null;
  possible: number | null;
  percent: number | null;
  critical: boolean;
  /** A critical criterion answered below half its points. */
  criticalFailed: boolean;
  /** Below half its points (critical or not): a finding. */
  failed: boolean;
}

export interface TouchpointScore extends Tally {
  touchpointId: string;
  stageId: string;
  kind: TouchpointKind;
  channel: string;
  momentOfTruth: boolean;
  /** earned / possible, before any knock-out. */
  calculatedPercent: number | null;
  /** The score that counts: 0 when a critical criterion failed, else calculatedPercent. */
  percent: number | null;
  criticalFailed: boolean;
  /** The critical criteria that failed it (empty unless criticalFailed). */
  failedCriticalIds: string[];
  criteria: CriterionScore[];
}

/** A touchpoint's score without its criteria: what the stored roll-ups keep. */
export type TouchpointTally = Omit<TouchpointScore, 'criteria'>;

/** An audit's roll-ups over touchpoint scores of either form. */
export type RolledUp<T extends TouchpointTally> = Omit<AuditScore, 'touchpoints'> & { touchpoints: T[] };

export interface SectionScore extends Tally {
  /** Stage id, kind, channel name, or 'overall'. */
  key: string;
  percent: number | null;
  /** Touchpoints in the section that failed on a critical criterion. */
  knockouts: number;
  touchpoints: number;
}

export interface AuditScore {
  method: RollupMethod;
  momentOfTruthMultiplier: number;
  overall: SectionScore;
  stages: SectionScore[];
  kinds: SectionScore[];
  channels: SectionScore[];
  touchpoints: TouchpointScore[];
  /** Touchpoints failed by a knock-out, in walk order: the audit is failed on each. */
  knockouts: { touchpointId: string; criterionIds: string[]; calculatedPercent: number | null }[];
}
