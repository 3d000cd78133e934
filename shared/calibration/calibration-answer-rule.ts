import { answerFitsCriterion, type AnswerValue } from '../domain/audit';
import type { TemplateDefinition } from '../domain/template';
import { levelOf } from './calibration-summary';

/**
 * Why an answer (or a consensus) cannot be kept for a criterion of a session, in words; null when
 * it can. The same rule for the screen's writes and for answers arriving in a package.
 */
export function calibrationAnswerProblem(
  definition: TemplateDefinition,
  touchpointId: string,
  criterionId: string,
  value: AnswerValue | null,
): string | null {
  const criterion = definition.touchpoints
    .find((t) => t.id === touchpointId)
    ?.criteria.find((c) => c.id === criterionId);
  if (!criterion) return `The session's template has no criterion "${touchpointId}/${criterionId}".`;
  if (!levelOf(criterion))
    return `"${criterion.question}" is answered per channel, which calibration does not compare.`;
  if (value !== null && !answerFitsCriterion(value, criterion))
    return `That answer does not fit "${criterion.question}" (its scale is ${criterion.scale.type}).`;
  return null;
}
