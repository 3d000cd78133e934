import type { Criterion, Scale, TemplateDefinition } from '../domain/template';

/** What of a scale changes a score: its type, and an options scale's ids and points (labels are wording). */
function scaleShape(scale: Scale): unknown {
  if (scale.type === 'options') return { type: 'options', options: scale.options.map((o) => [o.id, o.points]) };
  if (scale.type === 'perChannel') return { type: 'perChannel', channels: scale.channels.length };
  return { type: scale.type };
}

/** Everything of a criterion that changes a score (not its wording): scale, weight, critical flag, N/A allowed. */
export function criterionScoringShape(criterion: Criterion): string {
  return JSON.stringify([
    criterion.id,
    scaleShape(criterion.scale),
    criterion.weight,
    criterion.critical,
    criterion.allowNa,
  ]);
}

/**
 * Everything of a template that changes a score, in one string: roll-up method, moment-of-truth
 * multiplier, the fail-needs-a-comment rule, stage ids in order, and each touchpoint's id, stage,
 * kind, moment-of-truth mark and criteria. Two definitions with the same shape score any answers
 * alike, whatever their language or wording.
 */
export function templateScoringShape(definition: TemplateDefinition): string {
  return JSON.stringify([
    definition.rollup,
    definition.momentOfTruthMultiplier,
    definition.failRequiresComment,
    definition.stages.map((s) => s.id),
    definition.touchpoints.map((tp) => [
      tp.id,
      tp.stageId,
      tp.kind,
      tp.momentOfTruth,
      tp.criteria.map(criterionScoringShape),
    ]),
  ]);
}
