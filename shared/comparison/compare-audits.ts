import { touchpointsInScope, type AuditScope, type TouchpointRecord } from '../domain/audit';
import {
  TOUCHPOINT_KINDS,
  type Criterion,
  type Stage,
  type TemplateDefinition,
  type Touchpoint,
} from '../domain/template';
import { scoreAudit } from '../scoring/score-audit';
import type { AuditScore, SectionScore, TouchpointScore } from '../scoring/score-types';
import { criterionScoringShape } from '../rules/template-rules';
import type {
  AuditComparison,
  AuditTrend,
  ComparableAudit,
  ChangeSources,
  ComparisonDefinitions,
  CriterionDelta,
  DefinitionDifference,
  DefinitionField,
  Delta,
  SectionDelta,
  TouchpointDelta,
} from './comparison-types';
import { DEFAULT_THRESHOLD, movementOf } from './movement';
import { touchpointFails } from '../rules/touchpoint-fails';

const TOP = 5;

const pairKey = (touchpointId: string, criterionId: string) => `${touchpointId}\u0000${criterionId}`;

interface Audited {
  stage: Stage;
  touchpoint: Touchpoint;
  criterion: Criterion;
}

/** The criteria an audit actually covers (its scope), in walk order, by touchpoint id + criterion id. */
function auditedCriteria(definition: TemplateDefinition, scope: AuditScope): Map<string, Audited> {
  const out = new Map<string, Audited>();
  for (const { stage, touchpoint } of touchpointsInScope(definition, scope)) {
    for (const criterion of touchpoint.criteria)
      out.set(pairKey(touchpoint.id, criterion.id), { stage, touchpoint, criterion });
  }
  return out;
}

/**
 * The definition cut down to the given criteria: the same stages, each touchpoint keeping only
 * those criteria (touchpoints left with none dropped), scored with the given roll-up method and
 * moment-of-truth multiplier.
 */
function restrictDefinition(
  definition: TemplateDefinition,
  keep: ReadonlySet<string>,
  rollup: TemplateDefinition['rollup'],
  momentOfTruthMultiplier: number,
): TemplateDefinition {
  const touchpoints = definition.touchpoints.flatMap((tp) => {
    const criteria = tp.criteria.filter((c) => keep.has(pairKey(tp.id, c.id)));
    return criteria.length ? [{ ...tp, criteria }] : [];
  });
  return { ...definition, rollup, momentOfTruthMultiplier, touchpoints };
}

/** Before/after, the change in percentage points, and what it means against the threshold. */
export function delta(before: number | null, after: number | null, threshold: number): Delta {
  const change = before === null || after === null ? null : after - before;
  return { before, after, change, movement: movementOf(change, threshold) };
}

function emotionIndex(records: readonly TouchpointRecord[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of records) if (r.emotion !== null) out.set(r.touchpointId, r.emotion);
  return out;
}

function mean(values: readonly number[]): number | null {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
}

/** Both sides are scored with one definition and one scope, so they have the same sections, in the same order. */
function sectionDeltas(
  before: readonly SectionScore[],
  after: readonly SectionScore[],
  label: (key: string) => string,
  threshold: number,
): SectionDelta[] {
  const b = new Map(before.map((s) => [s.key, s.percent]));
  return after.map((s) => ({
    key: s.key,
    label: label(s.key),
    ...delta(b.get(s.key) as number | null, s.percent, threshold),
  }));
}

const summary = (a: ComparableAudit) => ({
  id: a.id,
  title: a.title,
  site: a.site,
  auditDate: a.auditDate,
  templateVersionId: a.templateVersionId,
});

/**
 * Compares a follow-up audit with its baseline, like for like.
 *
 * - Criteria line up by touchpoint id + criterion id (ids are stable across template versions).
 *   A criterion is *common* when both audits cover it (it is in both definitions and in both
 *   scopes). `added` lists what only the follow-up covers, `removed` what only the baseline
 *   covered (new or dropped in the template, or outside the other audit's scope), each named from
 *   its own audit's definition. On the same template version and scope every criterion is common.
 * - **One definition for both sides.** Both audits' answers are scored on the common criteria only
 *   with the *follow-up's* definitions of everything that changes a score: each criterion's scale,
 *   weight, critical flag and N/A rule, each touchpoint's moment-of-truth mark, stage, kind and
 *   channel, the roll-up method and the moment-of-truth multiplier (the follow-up's scope decides
 *   the stages listed). A baseline answer that does not fit the follow-up's scale of its criterion
 *   counts as unanswered. So identical answers always compare as no change, whatever the versions.
 * - `definitions` says so (usedVersionId = the follow-up's version) and lists every common
 *   criterion whose definition differs between the versions, with what differs.
 * - `changeSources` splits the overall change: fromAnswers = follow-up − baseline rescored (the
 *   like-for-like delta, equal to overall.change); fromTemplate = baseline rescored − baseline on
 *   its own version's definitions, method and multiplier (common criteria, its own scope).
 * - A delta's change is after - before in percentage points (null when either side has no score);
 *   its movement is improved at +threshold or more, regressed at -threshold or less, unchanged in
 *   between, not-comparable when either side has no score. The threshold defaults to
 *   DEFAULT_THRESHOLD (5).
 * - Per criterion the percent is the answer's share of its points (null when N/A or unanswered).
 * - Stages are labelled from the follow-up's definition, kinds by their key, channels by name.
 * - Top improvements and regressions: touchpoint deltas of that movement, largest change first,
 *   five at most. Moments of truth still failing: the follow-up's moments of truth that are knocked
 *   out or below 50% (on the common criteria).
 * - The emotion curve: per stage of the follow-up (in its scope, in order), the mean emotion of
 *   each audit's touchpoints in that stage that have one (null if none), each audit placing its
 *   touchpoints by its own definition.
 */
export function compareAudits(
  baseline: ComparableAudit,
  followUp: ComparableAudit,
  options: { threshold?: number } = {},
): AuditComparison {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const { method, afterCriteria, added, removed, before, after, beforeOwn, definitions } = scoredPair(
    baseline,
    followUp,
  );

  // Sections and touchpoints come from the follow-up's definition (both sides are scored with it).
  const stageNames = new Map(followUp.definition.stages.map((s) => [s.id, s.name]));
  const stageLabel = (key: string) => stageNames.get(key)!;
  const same = (key: string) => key;

  const overall: SectionDelta = {
    key: 'overall',
    label: 'overall',
    ...delta(before.overall.percent, after.overall.percent, threshold),
  };
  const stages = sectionDeltas(before.stages, after.stages, stageLabel, threshold);
  const kinds = sectionDeltas(before.kinds, after.kinds, same, threshold);
  const channels = sectionDeltas(before.channels, after.channels, same, threshold);

  // Both sides hold the same touchpoints (those with a common criterion); the follow-up's order and details.
  const beforeTps = new Map<string, TouchpointScore>(before.touchpoints.map((tp) => [tp.touchpointId, tp]));
  const afterTpDefs = new Map(followUp.definition.touchpoints.map((tp) => [tp.id, tp]));
  const emotionsBefore = emotionIndex(baseline.records);
  const emotionsAfter = emotionIndex(followUp.records);
  const touchpoints: TouchpointDelta[] = after.touchpoints.map((tp) => {
    const b = beforeTps.get(tp.touchpointId)!;
    return {
      touchpointId: tp.touchpointId,
      name: afterTpDefs.get(tp.touchpointId)!.name,
      stageId: tp.stageId,
      kind: tp.kind,
      channel: tp.channel,
      momentOfTruth: tp.momentOfTruth,
      knockoutBefore: b.criticalFailed,
      knockoutAfter: tp.criticalFailed,
      emotionBefore: emotionsBefore.get(tp.touchpointId) ?? null,
      emotionAfter: emotionsAfter.get(tp.touchpointId) ?? null,
      ...delta(b.percent, tp.percent, threshold),
    };
  });

  const beforeCriterionPercent = new Map<string, number | null>();
  for (const tp of before.touchpoints)
    for (const c of tp.criteria) beforeCriterionPercent.set(pairKey(c.touchpointId, c.criterionId), c.percent);
  const criteria: CriterionDelta[] = after.touchpoints.flatMap((tp) =>
    tp.criteria.map((c) => {
      const key = pairKey(c.touchpointId, c.criterionId);
      return {
        touchpointId: c.touchpointId,
        criterionId: c.criterionId,
        question: afterCriteria.get(key)!.criterion.question,
        critical: c.critical,
        ...delta(beforeCriterionPercent.get(key) as number | null, c.percent, threshold),
      };
    }),
  );

  const byChange = (a: TouchpointDelta, b: TouchpointDelta) => Math.abs(b.change ?? 0) - Math.abs(a.change ?? 0);
  const topImprovements = touchpoints
    .filter((d) => d.movement === 'improved')
    .sort(byChange)
    .slice(0, TOP);
  const topRegressions = touchpoints
    .filter((d) => d.movement === 'regressed')
    .sort(byChange)
    .slice(0, TOP);
  // Moments of truth that fail in the follow-up, by the one rule of failing (a knock-out counts 0%).
  const stillFailingMomentsOfTruth = touchpoints.filter(
    (d) => d.momentOfTruth && touchpointFails({ percent: d.after, criticalFailed: d.knockoutAfter }),
  );

  return {
    baseline: summary(baseline),
    followUp: summary(followUp),
    sameVersion: baseline.templateVersionId === followUp.templateVersionId,
    threshold,
    method,
    definitions,
    changeSources: changeSources(beforeOwn.overall.percent, before.overall.percent, after.overall.percent),
    overall,
    stages,
    kinds,
    channels,
    touchpoints,
    criteria,
    added,
    removed,
    topImprovements,
    topRegressions,
    stillFailingMomentsOfTruth,
    // From the touchpoint records on every call, never kept with the pair: records change without the answers (an
    // emotion set in the walk, a team hub's pull), and the same audit objects come back while the answers stand.
    emotionCurve: emotionByStage(baseline, followUp),
  };
}

/** Everything of a comparison that does not depend on the threshold: the criteria lined up and both sides scored. */
interface ScoredPair {
  method: TemplateDefinition['rollup'];
  afterCriteria: Map<string, Audited>;
  added: AuditComparison['added'];
  removed: AuditComparison['removed'];
  before: AuditScore;
  after: AuditScore;
  beforeOwn: AuditScore;
  definitions: ComparisonDefinitions;
}

/**
 * Kept per pair of audit objects: callers that cache an audit per version (the backend) hand the same
 * object until the audit changes, so a comparison opened again or with another threshold scores nothing again.
 */
const scoredPairs = new WeakMap<ComparableAudit, WeakMap<ComparableAudit, ScoredPair>>();

function scoredPair(baseline: ComparableAudit, followUp: ComparableAudit): ScoredPair {
  let byFollowUp = scoredPairs.get(baseline);
  if (!byFollowUp) scoredPairs.set(baseline, (byFollowUp = new WeakMap()));
  let pair = byFollowUp.get(followUp);
  if (!pair) byFollowUp.set(followUp, (pair = scorePair(baseline, followUp)));
  return pair;
}

function scorePair(baseline: ComparableAudit, followUp: ComparableAudit): ScoredPair {
  const method = followUp.definition.rollup;
  const multiplier = followUp.definition.momentOfTruthMultiplier;

  const beforeCriteria = auditedCriteria(baseline.definition, baseline.scope);
  const afterCriteria = auditedCriteria(followUp.definition, followUp.scope);
  const common = new Set<string>();
  const added: AuditComparison['added'] = [];
  const removed: AuditComparison['removed'] = [];
  for (const [key, { touchpoint, criterion }] of afterCriteria) {
    if (beforeCriteria.has(key)) common.add(key);
    else
      added.push({
        touchpointId: touchpoint.id,
        criterionId: criterion.id,
        touchpointName: touchpoint.name,
        question: criterion.question,
      });
  }
  for (const [key, { touchpoint, criterion }] of beforeCriteria) {
    if (!common.has(key))
      removed.push({
        touchpointId: touchpoint.id,
        criterionId: criterion.id,
        touchpointName: touchpoint.name,
        question: criterion.question,
      });
  }

  const shared = restrictDefinition(followUp.definition, common, method, multiplier);
  const before = scoreAudit(shared, followUp.scope, baseline.answers);
  const after = scoreAudit(shared, followUp.scope, followUp.answers);
  // The same definition on both sides (same version, every criterion common): the baseline on its own is the rescored one.
  const sameDefinitions =
    baseline.definition === followUp.definition &&
    common.size === beforeCriteria.size &&
    common.size === afterCriteria.size;
  const beforeOwn = sameDefinitions
    ? before
    : scoreAudit(
        restrictDefinition(
          baseline.definition,
          common,
          baseline.definition.rollup,
          baseline.definition.momentOfTruthMultiplier,
        ),
        baseline.scope,
        baseline.answers,
      );
  return {
    method,
    afterCriteria,
    added,
    removed,
    before,
    after,
    beforeOwn,
    definitions: definitionsUsed(baseline, followUp, beforeCriteria, afterCriteria),
  };
}

const minus = (a: number | null, b: number | null) => (a === null || b === null ? null : a - b);

function changeSources(own: number | null, rescored: number | null, followUp: number | null): ChangeSources {
  return {
    baselineOwn: own,
    baselineRescored: rescored,
    followUp,
    fromAnswers: minus(followUp, rescored),
    fromTemplate: minus(rescored, own),
  };
}

/** What differs, for one common criterion, between the baseline's and the follow-up's definitions. */
function differingFields(before: Audited, after: Audited): DefinitionField[] {
  // One version's definition on both sides: nothing can differ.
  if (before.criterion === after.criterion && before.touchpoint === after.touchpoint && before.stage === after.stage)
    return [];
  const fields: DefinitionField[] = [];
  const b = before.criterion;
  const a = after.criterion;
  if (
    criterionScoringShape({ ...b, weight: 0, critical: false, allowNa: false }) !==
    criterionScoringShape({ ...a, weight: 0, critical: false, allowNa: false })
  )
    fields.push('scale');
  if (b.weight !== a.weight) fields.push('weight');
  if (b.critical !== a.critical) fields.push('critical');
  if (b.allowNa !== a.allowNa) fields.push('allowNa');
  if (before.touchpoint.momentOfTruth !== after.touchpoint.momentOfTruth) fields.push('momentOfTruth');
  if (before.stage.id !== after.stage.id) fields.push('stage');
  if (before.touchpoint.kind !== after.touchpoint.kind) fields.push('kind');
  if (before.touchpoint.channel !== after.touchpoint.channel) fields.push('channel');
  return fields;
}

function definitionsUsed(
  baseline: ComparableAudit,
  followUp: ComparableAudit,
  beforeCriteria: Map<string, Audited>,
  afterCriteria: Map<string, Audited>,
): ComparisonDefinitions {
  const differences: DefinitionDifference[] = [];
  for (const [key, after] of afterCriteria) {
    const before = beforeCriteria.get(key);
    if (!before) continue; // Not a common criterion.
    const fields = differingFields(before, after);
    if (fields.length)
      differences.push({
        touchpointId: after.touchpoint.id,
        criterionId: after.criterion.id,
        touchpointName: after.touchpoint.name,
        question: after.criterion.question,
        fields,
      });
  }
  const method = { baseline: baseline.definition.rollup, followUp: followUp.definition.rollup };
  const momentOfTruthMultiplier = {
    baseline: baseline.definition.momentOfTruthMultiplier,
    followUp: followUp.definition.momentOfTruthMultiplier,
  };
  return {
    usedVersionId: followUp.templateVersionId,
    identical:
      differences.length === 0 &&
      method.baseline === method.followUp &&
      momentOfTruthMultiplier.baseline === momentOfTruthMultiplier.followUp,
    differences,
    method,
    momentOfTruthMultiplier,
  };
}

/** Mean emotion per stage id of the audit's in-scope touchpoints that have one. */
function stageEmotions(audit: ComparableAudit): Map<string, number | null> {
  const emotions = emotionIndex(audit.records);
  const perStage = new Map<string, number[]>();
  for (const { stage, touchpoint } of touchpointsInScope(audit.definition, audit.scope)) {
    const e = emotions.get(touchpoint.id);
    if (e === undefined) continue;
    const list = perStage.get(stage.id);
    if (list) list.push(e);
    else perStage.set(stage.id, [e]);
  }
  return new Map([...perStage].map(([k, v]) => [k, mean(v)]));
}

function emotionByStage(baseline: ComparableAudit, followUp: ComparableAudit): AuditComparison['emotionCurve'] {
  const before = stageEmotions(baseline);
  const after = stageEmotions(followUp);
  const scoped = followUp.scope.stageIds.length ? new Set(followUp.scope.stageIds) : null;
  return followUp.definition.stages
    .filter((s) => !scoped || scoped.has(s.id))
    .map((s) => ({ stageId: s.id, label: s.name, before: before.get(s.id) ?? null, after: after.get(s.id) ?? null }));
}

/**
 * A series of audits over time. Audits are sorted by audit date (ties keep the given order) and
 * each is scored on its own full definition and scope (not restricted to common criteria), with
 * the roll-up method and moment-of-truth multiplier of the latest audit's template so every point
 * of the series is computed the same way (as in compareAudits, where the follow-up's method rules).
 * Stages: every stage scored in any audit, in the latest definition's order, then stages only
 * earlier versions had (latest first); each labelled from the latest definition that has it.
 * Values line up with `audits`; null where the audit has no score for that stage or kind.
 */
export function auditTrend(audits: readonly ComparableAudit[]): AuditTrend {
  const sorted = [...audits].sort((a, b) => (a.auditDate < b.auditDate ? -1 : a.auditDate > b.auditDate ? 1 : 0));
  const latest = sorted[sorted.length - 1];
  if (!latest) return { method: 'pooled', audits: [], stages: [], kinds: [] };
  const method = latest.definition.rollup;
  const multiplier = latest.definition.momentOfTruthMultiplier;
  const scores: AuditScore[] = sorted.map((a) =>
    scoreAudit({ ...a.definition, rollup: method, momentOfTruthMultiplier: multiplier }, a.scope, a.answers),
  );

  const scoredStages = new Set(scores.flatMap((s) => s.stages.map((st) => st.key)));
  const stageOrder: { key: string; label: string }[] = [];
  const placed = new Set<string>();
  for (let i = sorted.length - 1; i >= 0; i--) {
    for (const stage of sorted[i]!.definition.stages) {
      if (!scoredStages.has(stage.id) || placed.has(stage.id)) continue;
      placed.add(stage.id);
      stageOrder.push({ key: stage.id, label: stage.name });
    }
  }
  const percentOf = (sections: readonly SectionScore[], key: string) =>
    sections.find((s) => s.key === key)?.percent ?? null;
  const stages = stageOrder.map(({ key, label }) => ({
    key,
    label,
    values: scores.map((s) => percentOf(s.stages, key)),
  }));
  const kindKeys = new Set(scores.flatMap((s) => s.kinds.map((k) => k.key)));
  const kinds = TOUCHPOINT_KINDS.filter((k) => kindKeys.has(k)).map((key) => ({
    key,
    values: scores.map((s) => percentOf(s.kinds, key)),
  }));

  return {
    method,
    audits: sorted.map((a, i) => ({
      id: a.id,
      title: a.title,
      site: a.site,
      auditDate: a.auditDate,
      overall: scores[i]!.overall.percent,
    })),
    stages,
    kinds,
  };
}
