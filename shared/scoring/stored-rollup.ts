import { touchpointsInScope, type AuditScope } from '../domain/audit';
import type { TemplateDefinition, Touchpoint } from '../domain/template';
import { otherMethodOverall } from './explain-score';
import type { RolledUp, TouchpointTally } from './score-types';

/** A touchpoint's numbers in walk order: earned, possible, scored, na, unanswered, calculated percent, failed critical ids. */
type PackedTouchpoint = [number, number, number, number, number, number | null, string[]];

export interface PackedRollup extends Omit<RolledUp<TouchpointTally>, 'touchpoints'> {
  touchpoints: PackedTouchpoint[];
  /** The overall percent under the other roll-up method (absent from roll-ups stored before it was kept). */
  otherPercent?: number | null;
}

/**
 * The roll-ups as stored with the audit: sections whole, touchpoints as numbers only (their ids,
 * stage, kind and channel come back from the pinned template version), and the overall under the
 * other method (league tables flag ranks that depend on the method). JSON keeps every double
 * exactly, so an unpacked roll-up equals the score it was packed from.
 */
export function packRollup(
  score: RolledUp<TouchpointTally>,
  definition: TemplateDefinition,
  scope: AuditScope,
): string {
  return packRollupWith(score, definition, scope, score.touchpoints.map(packTouchpoint));
}

/**
 * One touchpoint's stored numbers as JSON. Writing out the doubles of hundreds of touchpoints is
 * most of a pack's time, so a save keeps each touchpoint's JSON and packs again only the one it changed.
 */
export function packTouchpoint(tp: TouchpointTally): string {
  const packed: PackedTouchpoint = [
    tp.earned,
    tp.possible,
    tp.scored,
    tp.na,
    tp.unanswered,
    tp.calculatedPercent,
    tp.failedCriticalIds,
  ];
  return JSON.stringify(packed);
}

/** `packRollup` with the touchpoints already packed (`packTouchpoint` of each of `score.touchpoints`, in walk order). */
export function packRollupWith(
  score: RolledUp<TouchpointTally>,
  definition: TemplateDefinition,
  scope: AuditScope,
  touchpointJson: readonly string[],
): string {
  const head: Omit<PackedRollup, 'touchpoints'> = {
    method: score.method,
    momentOfTruthMultiplier: score.momentOfTruthMultiplier,
    overall: score.overall,
    stages: score.stages,
    kinds: score.kinds,
    channels: score.channels,
    knockouts: score.knockouts,
    otherPercent: otherMethodOverall(definition, scope, score.touchpoints),
  };
  // The head is an object with at least one key, so "}" closes it and the touchpoints join it as its last key.
  return `${JSON.stringify(head).slice(0, -1)},"touchpoints":[${touchpointJson.join(',')}]}`;
}

/** Touchpoints in scope per definition and scope: a dashboard unpacks hundreds of audits of one version. */
const scoped = new WeakMap<TemplateDefinition, Map<string, ReturnType<typeof touchpointsInScope>>>();

/** The touchpoints an audit of this scope covers, in walk order (kept per definition and scope). */
export function inScopeOf(definition: TemplateDefinition, scope: AuditScope) {
  let byScope = scoped.get(definition);
  if (!byScope) scoped.set(definition, (byScope = new Map()));
  const key = JSON.stringify([scope.stageIds, scope.kinds]);
  let list = byScope.get(key);
  if (!list) byScope.set(key, (list = touchpointsInScope(definition, scope)));
  return list;
}

/** A stored roll-up as parsed, before its touchpoints are matched to the template. */
export function parsePackedRollup(json: string): PackedRollup {
  return JSON.parse(json) as PackedRollup;
}

export function unpackRollup(
  stored: string | PackedRollup,
  definition: TemplateDefinition,
  scope: AuditScope,
): RolledUp<TouchpointTally> {
  const packed = typeof stored === 'string' ? parsePackedRollup(stored) : stored;
  return {
    method: packed.method,
    momentOfTruthMultiplier: packed.momentOfTruthMultiplier,
    overall: packed.overall,
    stages: packed.stages,
    kinds: packed.kinds,
    channels: packed.channels,
    touchpoints: unpackTouchpoints(packed, definition, scope),
    knockouts: packed.knockouts,
  };
}

/**
 * The touchpoints of a stored roll-up (those whose template touchpoint passes `keep`, or all), in
 * walk order: a dashboard reads only the moments of truth of the latest audit of every site.
 */
export function unpackTouchpoints(
  packed: PackedRollup,
  definition: TemplateDefinition,
  scope: AuditScope,
  keep?: (touchpoint: Touchpoint) => boolean,
): TouchpointTally[] {
  const inScope = inScopeOf(definition, scope);
  if (inScope.length !== packed.touchpoints.length) throw new Error('stored roll-up does not match its template scope');
  // Index access, not destructuring: the first dashboard after a start runs this before it is optimised.
  const touchpoints: TouchpointTally[] = [];
  for (let i = 0; i < inScope.length; i++) {
    const { stage, touchpoint } = inScope[i]!;
    if (keep && !keep(touchpoint)) continue;
    const t = packed.touchpoints[i]!;
    const failed = t[6];
    const criticalFailed = failed.length > 0;
    touchpoints.push({
      touchpointId: touchpoint.id,
      stageId: stage.id,
      kind: touchpoint.kind,
      channel: touchpoint.channel,
      momentOfTruth: touchpoint.momentOfTruth,
      earned: t[0],
      possible: t[1],
      scored: t[2],
      na: t[3],
      unanswered: t[4],
      total: touchpoint.criteria.length,
      calculatedPercent: t[5],
      percent: criticalFailed ? 0 : t[5],
      criticalFailed,
      failedCriticalIds: failed,
    });
  }
  return touchpoints;
}
