import { touchpointsInScope, type AuditScope } from '../domain/audit';
import type { TemplateDefinition } from '../domain/template';
import type { RolledUp, TouchpointTally } from './score-types';

/** A touchpoint's numbers in walk order: earned, possible, scored, na, unanswered, calculated percent, failed critical ids. */
type PackedTouchpoint = [number, number, number, number, number, number | null, string[]];

interface PackedRollup extends Omit<RolledUp<TouchpointTally>, 'touchpoints'> {
  touchpoints: PackedTouchpoint[];
}

/**
 * The roll-ups as stored with the audit: sections whole, touchpoints as numbers only (their ids,
 * stage, kind and channel come back from the pinned template version). JSON keeps every double
 * exactly, so an unpacked roll-up equals the score it was packed from.
 */
export function packRollup(score: RolledUp<TouchpointTally>): string {
  const packed: PackedRollup = {
    ...score,
    touchpoints: score.touchpoints.map((tp) => [
      tp.earned,
      tp.possible,
      tp.scored,
      tp.na,
      tp.unanswered,
      tp.calculatedPercent,
      tp.failedCriticalIds,
    ]),
  };
  return JSON.stringify(packed);
}

/** Touchpoints in scope per definition and scope: a dashboard unpacks hundreds of audits of one version. */
const scoped = new WeakMap<TemplateDefinition, Map<string, ReturnType<typeof touchpointsInScope>>>();

function inScopeOf(definition: TemplateDefinition, scope: AuditScope) {
  let byScope = scoped.get(definition);
  if (!byScope) scoped.set(definition, (byScope = new Map()));
  const key = JSON.stringify([scope.stageIds, scope.kinds]);
  let list = byScope.get(key);
  if (!list) byScope.set(key, (list = touchpointsInScope(definition, scope)));
  return list;
}

export function unpackRollup(
  json: string,
  definition: TemplateDefinition,
  scope: AuditScope,
): RolledUp<TouchpointTally> {
  const packed = JSON.parse(json) as PackedRollup;
  const inScope = inScopeOf(definition, scope);
  if (inScope.length !== packed.touchpoints.length) throw new Error('stored roll-up does not match its template scope');
  return {
    ...packed,
    touchpoints: packed.touchpoints.map(([earned, possible, scored, na, unanswered, calculatedPercent, failed], i) => {
      const { stage, touchpoint } = inScope[i]!;
      const criticalFailed = failed.length > 0;
      return {
        touchpointId: touchpoint.id,
        stageId: stage.id,
        kind: touchpoint.kind,
        channel: touchpoint.channel,
        momentOfTruth: touchpoint.momentOfTruth,
        earned,
        possible,
        scored,
        na,
        unanswered,
        total: touchpoint.criteria.length,
        calculatedPercent,
        percent: criticalFailed ? 0 : calculatedPercent,
        criticalFailed,
        failedCriticalIds: failed,
      };
    }),
  };
}
