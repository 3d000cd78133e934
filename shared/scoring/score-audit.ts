import {
  answerFitsCriterion,
  touchpointsInScope,
  type Answer,
  type AnswerValue,
  type AuditScope,
} from '../domain/audit';
import {
  TOUCHPOINT_KINDS,
  type RollupMethod,
  type TemplateDefinition,
  type Touchpoint,
  type TouchpointKind,
} from '../domain/template';
import type { TemplateOutline } from '../domain/template-outline';
import { answerPoints, isFail, type AnswerPoints } from './answer-points';
import type {
  AuditScore,
  CriterionScore,
  RolledUp,
  SectionScore,
  TouchpointScore,
  TouchpointTally,
} from './score-types';

/**
 * Scores one audit. Pure and deterministic; rounds nothing (the screens round for display).
 *
 * The rules, which are the product's rules:
 *
 * - **What counts.** Only the touchpoints in the audit's scope (`touchpointsInScope`), in walk
 *   order: stages in template order, then touchpoints in template order.
 * - **Points of an answer.** From its scale (`answerPoints`): yes = 1 of 1, no = 0 of 1; on 1-5 the
 *   answer earns value - 1 of 4; on 0-10 its value of 10; an option earns its points of the best
 *   option's points; a per-channel question earns 1 of 1 when every channel gave the same answer.
 *   An answer whose shape does not fit the criterion's scale is treated as unanswered.
 * - **Weight.** criterion weight x the template's moment-of-truth multiplier when the touchpoint is
 *   a moment of truth (x 1 otherwise).
 * - **Normalised points.** A scored criterion earns weight x rawEarned / rawPossible out of a
 *   possible of weight. So a 1-5 question and a yes/no question of the same weight count equally;
 *   the scale only decides the fraction earned. A criterion with weight 0 (or a scale whose best
 *   answer is worth 0 points) adds to neither earned nor possible.
 * - **Not applicable** adds to neither earned nor possible; it is counted in `na`.
 * - **Unanswered** adds to neither, and is counted in `unanswered`: never scored as zero.
 * - **Percent** = earned / possible x 100, or null when possible is 0: nothing scorable gives
 *   "no score", never 0%.
 * - **Knock-out.** A critical criterion that is scored and below half its points fails its
 *   touchpoint: the touchpoint's `criticalFailed` is true, its `percent` is 0 and its
 *   `calculatedPercent` keeps the number the answers give; the touchpoint is listed in
 *   `knockouts`. This applies whatever the critical criterion's weight (a weight-0 critical item
 *   is a pure pass/fail gate).
 * - **Roll-ups** (stages, kinds in the order digital / human / physical and only those present,
 *   channels in first-seen walk order, and overall) follow the template's `rollup`:
 *   - `pooled`: earned / possible summed over every criterion of the section; a knocked-out
 *     touchpoint adds 0 earned while its possible stays.
 *   - `average`: a stage is the plain mean of its touchpoints' percents (a knocked-out touchpoint
 *     counts as 0; touchpoints with no score are skipped); overall is the plain mean of the stage
 *     percents (stages with no score skipped); a kind or channel is the plain mean of its
 *     touchpoints' percents. The moment-of-truth multiplier then changes nothing, since it scales
 *     every criterion of a touchpoint alike.
 *   - Either way a section with nothing scorable has percent null. The tally fields of a section
 *     (earned, possible, counts) are sums for display, with knocked-out touchpoints earning 0, so
 *     under `pooled` percent = earned / possible exactly.
 * - Stages: every stage in the scope's stage list (all stages when the list is empty), in template
 *   order, including a stage left with no touchpoint of the scoped kinds (percent null).
 *
 * Linear in the number of criteria plus answers (Maps throughout).
 */
export function scoreAudit(definition: TemplateDefinition, scope: AuditScope, answers: readonly Answer[]): AuditScore {
  const byTouchpoint = indexByTouchpoint(answers);
  const touchpoints = touchpointsInScope(definition, scope).map(({ stage, touchpoint }) =>
    scoreTouchpoint(definition, stage.id, touchpoint, byTouchpoint.get(touchpoint.id)),
  );
  return rollUp(definition, scope, touchpoints);
}

/**
 * One touchpoint's score from its answers (criterion id -> value). The whole audit's score is
 * `rollUp` of these in walk order, so a write that changes one answer rescores one touchpoint and
 * rolls up again, with the very numbers a full `scoreAudit` gives.
 */
export function scoreTouchpoint(
  definition: TemplateDefinition,
  stageId: string,
  touchpoint: Touchpoint,
  given: ReadonlyMap<string, AnswerValue | null> | undefined,
): TouchpointScore {
  const criteria: CriterionScore[] = [];
  return { ...tallyInto(definition, stageId, touchpoint, given, criteria), criteria };
}

/**
 * `scoreTouchpoint` without the per-criterion list: the numbers a roll-up needs. A save keeps one of these per
 * touchpoint for as long as its audit is open, and replaces one on each answer: without the list (8 objects for
 * 8 criteria) a save leaves a fifth less garbage, and what outlives a young-generation collection is smaller.
 */
export function tallyTouchpoint(
  definition: TemplateDefinition,
  stageId: string,
  touchpoint: Touchpoint,
  given: ReadonlyMap<string, AnswerValue | null> | undefined,
): TouchpointTally {
  return tallyInto(definition, stageId, touchpoint, given, null);
}

/** The touchpoint's tally; each criterion's score is also pushed onto `criteria` when given. */
function tallyInto(
  definition: TemplateDefinition,
  stageId: string,
  touchpoint: Touchpoint,
  given: ReadonlyMap<string, AnswerValue | null> | undefined,
  criteria: CriterionScore[] | null,
): TouchpointTally {
  const mot = touchpoint.momentOfTruth;
  const factor = mot ? definition.momentOfTruthMultiplier : 1;
  const failedCriticalIds: string[] = [];
  let earned = 0;
  let possible = 0;
  let scored = 0;
  let na = 0;
  let unanswered = 0;

  for (const criterion of touchpoint.criteria) {
    const value = given?.get(criterion.id);
    const points: AnswerPoints =
      value && value.kind !== 'na' && !answerFitsCriterion(value, criterion)
        ? { kind: 'unanswered' }
        : answerPoints(value, criterion);
    const weight = criterion.weight * factor;
    if (points.kind === 'scored') {
      scored++;
      const fraction = points.possible > 0 ? points.earned / points.possible : null;
      const counts = fraction !== null && weight > 0;
      const cEarned = counts ? weight * fraction : 0;
      const cPossible = counts ? weight : 0;
      earned += cEarned;
      possible += cPossible;
      const failed = isFail(points);
      const criticalFailed = criterion.critical && failed;
      if (criticalFailed) failedCriticalIds.push(criterion.id);
      criteria?.push({
        touchpointId: touchpoint.id,
        criterionId: criterion.id,
        state: 'scored',
        rawEarned: points.earned,
        rawPossible: points.possible,
        weight,
        earned: cEarned,
        possible: cPossible,
        // The answer's own share of its points: equal to earned / possible when the weight is above 0.
        percent: fraction === null ? null : fraction * 100,
        critical: criterion.critical,
        criticalFailed,
        failed,
      });
    } else {
      if (points.kind === 'na') na++;
      else unanswered++;
      criteria?.push({
        touchpointId: touchpoint.id,
        criterionId: criterion.id,
        state: points.kind,
        rawEarned: null,
        rawPossible: null,
        weight,
        earned: null,
        possible: null,
        percent: null,
        critical: criterion.critical,
        criticalFailed: false,
        failed: false,
      });
    }
  }

  const calculatedPercent = possible > 0 ? (earned / possible) * 100 : null;
  const failedCritical = failedCriticalIds.length > 0;
  return {
    touchpointId: touchpoint.id,
    stageId,
    kind: touchpoint.kind,
    channel: touchpoint.channel,
    momentOfTruth: mot,
    earned,
    possible,
    scored,
    na,
    unanswered,
    total: touchpoint.criteria.length,
    calculatedPercent,
    percent: failedCritical ? 0 : calculatedPercent,
    criticalFailed: failedCritical,
    failedCriticalIds,
  };
}

/** The audit's roll-ups (stages, kinds, channels, overall, knock-outs) from its touchpoints' scores in walk order. */
export function rollUp<T extends TouchpointTally>(
  definition: TemplateOutline,
  scope: AuditScope,
  touchpoints: T[],
): RolledUp<T> {
  return rollUpWithOther(definition, scope, touchpoints).rolled;
}

export const otherMethodOf = (method: RollupMethod): RollupMethod => (method === 'pooled' ? 'average' : 'pooled');

/**
 * `rollUp`, and the overall percent the template's other roll-up method gives, from the same sums:
 * the method changes only how the sums become percents, so one pass over the touchpoints gives both
 * (a save stores both, and rolls up once).
 */
export function rollUpWithOther<T extends TouchpointTally>(
  definition: TemplateOutline,
  scope: AuditScope,
  touchpoints: T[],
): { rolled: RolledUp<T>; otherPercent: number | null } {
  const method = definition.rollup;
  const scopedStageIds = scope.stageIds.length === 0 ? null : new Set(scope.stageIds);
  const stageAcc = new Map<string, Acc>();
  for (const stage of definition.stages)
    if (!scopedStageIds || scopedStageIds.has(stage.id)) stageAcc.set(stage.id, new Acc(stage.id));
  const kindAcc = new Map<TouchpointKind, Acc>();
  const channelAcc = new Map<string, Acc>();
  const overallAcc = new Acc('overall');
  const knockouts: AuditScore['knockouts'] = [];

  // An index loop: a save rolls up hundreds of touchpoints, and an iterator's result objects are garbage
  // whenever this runs unoptimised.
  for (let i = 0; i < touchpoints.length; i++) {
    const score = touchpoints[i]!;
    if (score.criticalFailed)
      knockouts.push({
        touchpointId: score.touchpointId,
        // The touchpoint's own list (nothing changes it once scored): a save rolls up 300 touchpoints.
        criterionIds: score.failedCriticalIds,
        calculatedPercent: score.calculatedPercent,
      });
    let stageSection = stageAcc.get(score.stageId);
    if (!stageSection) stageAcc.set(score.stageId, (stageSection = new Acc(score.stageId)));
    let kindSection = kindAcc.get(score.kind);
    if (!kindSection) kindAcc.set(score.kind, (kindSection = new Acc(score.kind)));
    let channelSection = channelAcc.get(score.channel);
    if (!channelSection) channelAcc.set(score.channel, (channelSection = new Acc(score.channel)));
    add(stageSection, score);
    add(kindSection, score);
    add(channelSection, score);
    add(overallAcc, score);
  }

  const stages = [...stageAcc.values()].map((acc) =>
    section(acc, method === 'average' ? acc.meanOfTouchpoints() : acc.pooled()),
  );
  const kinds = TOUCHPOINT_KINDS.flatMap((k) => {
    const acc = kindAcc.get(k);
    return acc ? [section(acc, method === 'average' ? acc.meanOfTouchpoints() : acc.pooled())] : [];
  });
  const channels = [...channelAcc.values()].map((acc) =>
    section(acc, method === 'average' ? acc.meanOfTouchpoints() : acc.pooled()),
  );
  const overallUnder = (m: RollupMethod) =>
    m === 'average' ? mean([...stageAcc.values()].map((acc) => acc.meanOfTouchpoints())) : overallAcc.pooled();
  const overall = section(overallAcc, overallUnder(method));

  return {
    rolled: {
      method,
      momentOfTruthMultiplier: definition.momentOfTruthMultiplier,
      overall,
      stages,
      kinds,
      channels,
      touchpoints,
      knockouts,
    },
    otherPercent: overallUnder(otherMethodOf(method)),
  };
}

/** Answer values by touchpoint id, then criterion id (the last answer wins, as in indexAnswers). */
function indexByTouchpoint(answers: readonly Answer[]): Map<string, Map<string, AnswerValue | null>> {
  const out = new Map<string, Map<string, AnswerValue | null>>();
  for (const a of answers) {
    let inner = out.get(a.touchpointId);
    if (!inner) out.set(a.touchpointId, (inner = new Map()));
    inner.set(a.criterionId, a.value);
  }
  return out;
}

/**
 * A section being summed up. A class with its number fields declared up front: V8 then keeps them
 * as unboxed doubles updated in place, where an object literal's fields were boxed anew on each
 * addition (about 100 KB of garbage per roll-up of 300 touchpoints, on every save).
 */
class Acc {
  earned = 0;
  possible = 0;
  scored = 0;
  na = 0;
  unanswered = 0;
  total = 0;
  knockouts = 0;
  touchpoints = 0;
  percentSum = 0;
  percentCount = 0;
  constructor(readonly key: string) {}
  pooled(): number | null {
    return this.possible > 0 ? (this.earned / this.possible) * 100 : null;
  }
  meanOfTouchpoints(): number | null {
    return this.percentCount > 0 ? this.percentSum / this.percentCount : null;
  }
}

function add(acc: Acc, tp: TouchpointTally): void {
  acc.earned += tp.criticalFailed ? 0 : tp.earned;
  acc.possible += tp.possible;
  acc.scored += tp.scored;
  acc.na += tp.na;
  acc.unanswered += tp.unanswered;
  acc.total += tp.total;
  acc.touchpoints++;
  if (tp.criticalFailed) acc.knockouts++;
  if (tp.percent !== null) {
    acc.percentSum += tp.percent;
    acc.percentCount++;
  }
}

function section(acc: Acc, percent: number | null): SectionScore {
  return {
    key: acc.key,
    earned: acc.earned,
    possible: acc.possible,
    scored: acc.scored,
    na: acc.na,
    unanswered: acc.unanswered,
    total: acc.total,
    percent,
    knockouts: acc.knockouts,
    touchpoints: acc.touchpoints,
  };
}

function mean(values: readonly (number | null)[]): number | null {
  let sum = 0;
  let n = 0;
  for (const v of values) {
    if (v === null) continue;
    sum += v;
    n++;
  }
  return n > 0 ? sum / n : null;
}
