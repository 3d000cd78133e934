import type { Answer, AnswerValue, AuditScope } from '../domain/audit';
import { touchpointsInScope } from '../domain/audit';
import type { RollupMethod, Scale, TemplateDefinition } from '../domain/template';
import type { TemplateOutline } from '../domain/template-outline';
import { otherMethodOf, rollUpWithOther, scoreAudit } from './score-audit';
import type { AuditScore, CriterionScore, TouchpointTally } from './score-types';

/** One criterion's line in a score's arithmetic. */
export interface CriterionLine {
  touchpointId: string;
  criterionId: string;
  question: string;
  scale: Scale;
  /** The answer as given (null when unanswered). */
  answer: AnswerValue | null;
  state: CriterionScore['state'];
  /** Points of the answer on its scale, before weights (null when left out). */
  rawEarned: number | null;
  rawPossible: number | null;
  /** The criterion's own weight, before the moment-of-truth multiplier. */
  baseWeight: number;
  /** The template's moment-of-truth multiplier on a moment of truth, else 1. */
  multiplier: number;
  /** baseWeight × multiplier. */
  weight: number;
  earned: number | null;
  possible: number | null;
  critical: boolean;
  criticalFailed: boolean;
}

export interface TouchpointLine {
  touchpointId: string;
  stageId: string;
  name: string;
  momentOfTruth: boolean;
  earned: number;
  possible: number;
  /** earned ÷ possible × 100, before any knock-out. */
  calculatedPercent: number | null;
  /** The score that counts (0 after a knock-out). */
  percent: number | null;
  knockedOut: boolean;
  criteria: CriterionLine[];
}

export interface StageLine {
  stageId: string;
  name: string;
  /** Sums for the pooled arithmetic (a knocked-out touchpoint earns 0 and keeps its possible). */
  earned: number;
  possible: number;
  /** The percentages of its touchpoints, for the average arithmetic (no-score touchpoints skipped). */
  touchpointPercents: number[];
  percent: number | null;
}

/** A score opened to its arithmetic. Every number is taken from scoreAudit, never recomputed by other rules. */
export interface ScoreExplanation {
  method: RollupMethod;
  otherMethod: RollupMethod;
  multiplier: number;
  touchpoints: TouchpointLine[];
  stages: StageLine[];
  overall: {
    percent: number | null;
    /** pooled: Σ earned ÷ Σ possible over every touchpoint; average: the mean of the stage percents. */
    earned: number;
    possible: number;
    stagePercents: number[];
  };
  /** The overall score under the other roll-up method (scoreAudit run with it). */
  otherPercent: number | null;
  counts: { scored: number; na: number; unanswered: number; total: number };
  knockouts: { touchpointId: string; name: string; criterionIds: string[]; calculatedPercent: number | null }[];
}

export { otherMethodOf };

/** Scores with the other roll-up method: the same answers, the template's method swapped. */
export function scoreWithOtherMethod(
  definition: TemplateDefinition,
  scope: AuditScope,
  answers: readonly Answer[],
): AuditScore {
  return scoreAudit({ ...definition, rollup: otherMethodOf(definition.rollup) }, scope, answers);
}

/**
 * The overall percent under the other roll-up method from the touchpoint scores alone (a stored
 * roll-up): the method changes only how touchpoints are rolled up, never a touchpoint's own score.
 */
export function otherMethodOverall(
  definition: TemplateOutline,
  scope: AuditScope,
  touchpoints: readonly TouchpointTally[],
): number | null {
  return rollUpWithOther(definition, scope, [...touchpoints]).otherPercent;
}

/**
 * Opens an audit's score to its arithmetic: per criterion the answer, its points on the scale, the
 * weight and moment-of-truth multiplier, earned and possible (N/A and unanswered left out), per
 * touchpoint and stage the sums, the knock-outs with the calculated score beside the capped one,
 * and the overall score under the other method. The lines are scoreAudit's own numbers.
 */
export function explainAudit(
  definition: TemplateDefinition,
  scope: AuditScope,
  answers: readonly Answer[],
): ScoreExplanation {
  const score = scoreAudit(definition, scope, answers);
  const other = scoreWithOtherMethod(definition, scope, answers);
  const given = new Map<string, AnswerValue | null>();
  for (const a of answers) given.set(`${a.touchpointId}\u0000${a.criterionId}`, a.value);

  const byId = new Map(score.touchpoints.map((tp) => [tp.touchpointId, tp]));
  const touchpoints: TouchpointLine[] = [];
  for (const { touchpoint } of touchpointsInScope(definition, scope)) {
    const tp = byId.get(touchpoint.id)!;
    const multiplier = touchpoint.momentOfTruth ? score.momentOfTruthMultiplier : 1;
    touchpoints.push({
      touchpointId: tp.touchpointId,
      stageId: tp.stageId,
      name: touchpoint.name,
      momentOfTruth: tp.momentOfTruth,
      earned: tp.earned,
      possible: tp.possible,
      calculatedPercent: tp.calculatedPercent,
      percent: tp.percent,
      knockedOut: tp.criticalFailed,
      criteria: touchpoint.criteria.map((criterion, i): CriterionLine => {
        const c = tp.criteria[i]!;
        return {
          touchpointId: tp.touchpointId,
          criterionId: criterion.id,
          question: criterion.question,
          scale: criterion.scale,
          answer: given.get(`${tp.touchpointId}\u0000${criterion.id}`) ?? null,
          state: c.state,
          rawEarned: c.rawEarned,
          rawPossible: c.rawPossible,
          baseWeight: criterion.weight,
          multiplier,
          weight: c.weight,
          earned: c.earned,
          possible: c.possible,
          critical: c.critical,
          criticalFailed: c.criticalFailed,
        };
      }),
    });
  }

  const stageNames = new Map(definition.stages.map((s) => [s.id, s.name]));
  const stages = score.stages.map((s): StageLine => {
    const mine = touchpoints.filter((tp) => tp.stageId === s.key);
    return {
      stageId: s.key,
      name: stageNames.get(s.key) ?? s.key,
      earned: s.earned,
      possible: s.possible,
      touchpointPercents: mine.flatMap((tp) => (tp.percent === null ? [] : [tp.percent])),
      percent: s.percent,
    };
  });

  const tpName = new Map(touchpoints.map((tp) => [tp.touchpointId, tp.name]));
  return {
    method: score.method,
    otherMethod: other.method,
    multiplier: score.momentOfTruthMultiplier,
    touchpoints,
    stages,
    overall: {
      percent: score.overall.percent,
      earned: score.overall.earned,
      possible: score.overall.possible,
      stagePercents: stages.flatMap((s) => (s.percent === null ? [] : [s.percent])),
    },
    otherPercent: other.overall.percent,
    counts: {
      scored: score.overall.scored,
      na: score.overall.na,
      unanswered: score.overall.unanswered,
      total: score.overall.total,
    },
    knockouts: score.knockouts.map((k) => ({ ...k, name: tpName.get(k.touchpointId) ?? k.touchpointId })),
  };
}

/**
 * Re-does the arithmetic the explanation prints, from its own lines, and says whether it gives the
 * engine's numbers: Σ criterion earned/possible per touchpoint, the knock-out cap, then the roll-up
 * of the method. A false here means the explanation would show something the score is not.
 */
export function explanationAddsUp(e: ScoreExplanation, tolerance = 1e-9): boolean {
  const close = (a: number | null, b: number | null) =>
    a === null || b === null ? a === b : Math.abs(a - b) <= tolerance;
  const mean = (xs: number[]) => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : null);
  for (const tp of e.touchpoints) {
    const earned = tp.criteria.reduce((s, c) => s + (c.earned ?? 0), 0);
    const possible = tp.criteria.reduce((s, c) => s + (c.possible ?? 0), 0);
    if (!close(earned, tp.earned) || !close(possible, tp.possible)) return false;
    const calculated = possible > 0 ? (earned / possible) * 100 : null;
    if (!close(calculated, tp.calculatedPercent)) return false;
    if (!close(tp.knockedOut ? 0 : calculated, tp.percent)) return false;
  }
  if (e.method === 'pooled') {
    const earned = e.touchpoints.reduce((s, tp) => s + (tp.knockedOut ? 0 : tp.earned), 0);
    const possible = e.touchpoints.reduce((s, tp) => s + tp.possible, 0);
    return close(possible > 0 ? (earned / possible) * 100 : null, e.overall.percent);
  }
  for (const s of e.stages) if (!close(mean(s.touchpointPercents), s.percent)) return false;
  return close(mean(e.overall.stagePercents), e.overall.percent);
}
