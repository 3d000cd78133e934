import { shownPercent } from '../rules/shown-percent';
import { TOUCHPOINT_FAIL_BELOW } from '../rules/touchpoint-fails';
import type { TemplateDefinition, TouchpointKind } from '../domain/template';
import type { MetricsSummary } from '../metrics/compute-metrics';
import type { AuditScore, TouchpointScore } from '../scoring/score-types';

/**
 * Where the client stands on the four-stage CX maturity curve (siloed, touchpoint-optimised,
 * multichannel-optimised, journey-optimised), read from one scored audit, with the evidence.
 *
 * The rule. Each stage above the first has gates; the client is at the highest stage whose gates,
 * and every lower stage's gates, all hold. A gate that cannot be measured (no FCR figure, a single
 * kind of touchpoint, no moment of truth) is left out rather than failed, except the cross-channel
 * gate of stage 3, which must be measured: without continuity or consistency criteria nothing
 * shows that context travels between channels, so the client cannot be placed above stage 2.
 *
 * - Stage 2, touchpoint-optimised (single touchpoints work one by one):
 *   - at most 40% of the scored touchpoints fail (a touchpoint fails when knocked out or below 50%);
 *   - the overall score is at least 50%;
 *   - first-contact resolution, when the metrics have it, is at least 50% (siloed organisations
 *     resolve little at first contact).
 * - Stage 3, multichannel-optimised (context kept and shared across channels, seamless switching):
 *   - continuity or consistency is measured: criteria of the `continuity` or `consistency` family,
 *     or questions asked per channel, were scored;
 *   - each of those measured scores at least 70% (pooled over the family's criteria, weights
 *     applied; a per-channel question earns its points when every channel gave the same answer);
 *   - the kinds of touchpoint are balanced: best and worst kind at most 25 points apart (when two
 *     kinds or more are scored).
 * - Stage 4, journey-optimised (the whole journey works from the customer's side):
 *   - the overall score is at least 80%;
 *   - the weakest stage of the journey scores at least 70%;
 *   - at most 10% of the scored touchpoints fail;
 *   - no knock-out;
 *   - no moment of truth fails (when the audit has moments of truth);
 *   - first-contact resolution, when known, is at least 75%.
 *
 * With nothing scored at all the client is placed at stage 1 and `limited` is true.
 * Reasons carry a stable key (translated by the report) and the numbers behind it, unrounded.
 */

export type MaturityStage = 1 | 2 | 3 | 4;

export const MATURITY_RULES = {
  failBelow: TOUCHPOINT_FAIL_BELOW,
  stage2: { maxFailingShare: 40, minOverall: 50, minFcr: 50 },
  stage3: { minCrossChannel: 70, maxKindSpread: 25 },
  stage4: { minOverall: 80, minWeakestStage: 70, maxFailingShare: 10, minFcr: 75 },
} as const;

export type MaturityReasonKey =
  | 'noScores'
  | 'failingShare'
  | 'overall'
  | 'fcr'
  | 'crossChannelUnmeasured'
  | 'continuity'
  | 'consistency'
  | 'kindBalance'
  | 'weakestStage'
  | 'knockouts'
  | 'failingMoments';

export interface MaturityReason {
  key: MaturityReasonKey;
  /** The stage this gate belongs to. */
  stage: 2 | 3 | 4;
  /** Whether the audit passes the gate. */
  met: boolean;
  /** Numbers (unrounded) and labels for the sentence: kinds as keys (digital, human, physical), stage names as written. */
  params: Record<string, number | string>;
}

export interface FamilySignal {
  percent: number | null;
  /** Criteria of the family that were scored. */
  scored: number;
  /** Of those, answered below half their points. */
  failed: number;
}

export interface MaturitySignals {
  overall: number | null;
  scoredTouchpoints: number;
  failingTouchpoints: number;
  /** Share of scored touchpoints that fail, 0..100; null when none is scored. */
  failingShare: number | null;
  knockouts: number;
  momentsOfTruth: number;
  failingMoments: number;
  continuity: FamilySignal | null;
  consistency: FamilySignal | null;
  /** Per-channel questions whose channels gave different answers. */
  channelDisagreements: number;
  kinds: { kind: TouchpointKind; percent: number }[];
  kindSpread: number | null;
  weakestStage: { key: string; name: string; percent: number } | null;
  fcr: number | null;
}

export interface Maturity {
  stage: MaturityStage;
  /** True when too little was scored to say more than stage 1. */
  limited: boolean;
  /** Every gate evaluated, in stage order: met gates up to the stage are the evidence, unmet ones of the next stage what holds the client back. */
  reasons: MaturityReason[];
  signals: MaturitySignals;
}

const failing = (tp: TouchpointScore) =>
  tp.criticalFailed || (tp.percent !== null && shownPercent(tp.percent) < MATURITY_RULES.failBelow);

function familySignal(
  score: AuditScore,
  definition: TemplateDefinition,
  belongs: (family: string, scaleType: string) => boolean,
): FamilySignal | null {
  const criteria = new Map(definition.touchpoints.map((tp) => [tp.id, new Map(tp.criteria.map((c) => [c.id, c]))]));
  let earned = 0;
  let possible = 0;
  let scored = 0;
  let failed = 0;
  for (const tp of score.touchpoints) {
    for (const c of tp.criteria) {
      const criterion = criteria.get(tp.touchpointId)?.get(c.criterionId);
      if (!criterion || !belongs(criterion.family, criterion.scale.type) || c.state !== 'scored') continue;
      scored++;
      if (c.failed) failed++;
      earned += c.earned ?? 0;
      possible += c.possible ?? 0;
    }
  }
  if (scored === 0) return null;
  return { percent: possible > 0 ? (earned / possible) * 100 : null, scored, failed };
}

export function assessMaturity(input: {
  definition: TemplateDefinition;
  score: AuditScore;
  metrics?: MetricsSummary | null;
}): Maturity {
  const { definition, score } = input;
  const rules = MATURITY_RULES;
  const scoredTps = score.touchpoints.filter((tp) => tp.percent !== null);
  const failingTps = scoredTps.filter(failing);
  const moments = scoredTps.filter((tp) => tp.momentOfTruth);
  const failingShare = scoredTps.length ? (failingTps.length / scoredTps.length) * 100 : null;
  const continuity = familySignal(score, definition, (family) => family === 'continuity');
  const consistency = familySignal(
    score,
    definition,
    (family, scale) => family === 'consistency' || scale === 'perChannel',
  );
  const channelDisagreements = familySignal(score, definition, (_f, scale) => scale === 'perChannel')?.failed ?? 0;
  const kinds = score.kinds
    .filter((k) => k.percent !== null)
    .map((k) => ({ kind: k.key as TouchpointKind, percent: k.percent! }));
  const sortedKinds = [...kinds].sort((a, b) => a.percent - b.percent);
  const kindSpread =
    sortedKinds.length >= 2 ? sortedKinds[sortedKinds.length - 1]!.percent - sortedKinds[0]!.percent : null;
  const stageNames = new Map(definition.stages.map((s) => [s.id, s.name]));
  const weakest = score.stages.filter((s) => s.percent !== null).sort((a, b) => a.percent! - b.percent!)[0];
  const weakestStage = weakest
    ? { key: weakest.key, name: stageNames.get(weakest.key) ?? weakest.key, percent: weakest.percent! }
    : null;
  const fcr = input.metrics?.fcr.value ?? null;

  const signals: MaturitySignals = {
    overall: score.overall.percent,
    scoredTouchpoints: scoredTps.length,
    failingTouchpoints: failingTps.length,
    failingShare,
    knockouts: score.knockouts.length,
    momentsOfTruth: moments.length,
    failingMoments: moments.filter(failing).length,
    continuity,
    consistency,
    channelDisagreements,
    kinds,
    kindSpread,
    weakestStage,
    fcr,
  };

  if (score.overall.percent === null || failingShare === null) {
    return { stage: 1, limited: true, reasons: [{ key: 'noScores', stage: 2, met: false, params: {} }], signals };
  }
  const overall = score.overall.percent;
  const reasons: MaturityReason[] = [];
  const gate = (stage: 2 | 3 | 4, key: MaturityReasonKey, met: boolean, params: Record<string, number | string>) =>
    reasons.push({ stage, key, met, params });

  // Stage 2: touchpoints work one by one.
  gate(2, 'failingShare', shownPercent(failingShare) <= rules.stage2.maxFailingShare, {
    failing: failingTps.length,
    total: scoredTps.length,
    percent: failingShare,
    limit: rules.stage2.maxFailingShare,
  });
  gate(2, 'overall', shownPercent(overall) >= rules.stage2.minOverall, { percent: overall, limit: rules.stage2.minOverall });
  if (fcr !== null) gate(2, 'fcr', shownPercent(fcr) >= rules.stage2.minFcr, { percent: fcr, limit: rules.stage2.minFcr });

  // Stage 3: context travels across channels.
  if (!continuity && !consistency) gate(3, 'crossChannelUnmeasured', false, {});
  if (continuity)
    gate(3, 'continuity', continuity.percent !== null && shownPercent(continuity.percent) >= rules.stage3.minCrossChannel, {
      percent: continuity.percent ?? 0,
      scored: continuity.scored,
      failed: continuity.failed,
      limit: rules.stage3.minCrossChannel,
    });
  if (consistency) {
    gate(3, 'consistency', consistency.percent !== null && shownPercent(consistency.percent) >= rules.stage3.minCrossChannel, {
      percent: consistency.percent ?? 0,
      scored: consistency.scored,
      failed: consistency.failed,
      disagreements: channelDisagreements,
      limit: rules.stage3.minCrossChannel,
    });
  }
  if (kindSpread !== null) {
    gate(3, 'kindBalance', shownPercent(kindSpread) <= rules.stage3.maxKindSpread, {
      spread: kindSpread,
      weakestKind: sortedKinds[0]!.kind,
      weakest: sortedKinds[0]!.percent,
      strongestKind: sortedKinds[sortedKinds.length - 1]!.kind,
      strongest: sortedKinds[sortedKinds.length - 1]!.percent,
      limit: rules.stage3.maxKindSpread,
    });
  }

  // Stage 4: the whole journey works from the customer's side.
  gate(4, 'overall', shownPercent(overall) >= rules.stage4.minOverall, { percent: overall, limit: rules.stage4.minOverall });
  if (weakestStage)
    gate(4, 'weakestStage', shownPercent(weakestStage.percent) >= rules.stage4.minWeakestStage, {
      name: weakestStage.name,
      percent: weakestStage.percent,
      limit: rules.stage4.minWeakestStage,
    });
  gate(4, 'failingShare', shownPercent(failingShare) <= rules.stage4.maxFailingShare, {
    failing: failingTps.length,
    total: scoredTps.length,
    percent: failingShare,
    limit: rules.stage4.maxFailingShare,
  });
  gate(4, 'knockouts', score.knockouts.length === 0, { knockouts: score.knockouts.length });
  if (moments.length)
    gate(4, 'failingMoments', signals.failingMoments === 0, { failing: signals.failingMoments, total: moments.length });
  if (fcr !== null) gate(4, 'fcr', shownPercent(fcr) >= rules.stage4.minFcr, { percent: fcr, limit: rules.stage4.minFcr });

  let stage: MaturityStage = 1;
  for (const s of [2, 3, 4] as const) {
    if (reasons.filter((r) => r.stage === s).every((r) => r.met)) stage = s;
    else break;
  }
  return { stage, limited: false, reasons, signals };
}
