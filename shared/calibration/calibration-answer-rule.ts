import { answerFitsCriterion, type AnswerValue } from '../domain/audit';
import type { TemplateDefinition } from '../domain/template';
import { reason, type Reason } from '../reasons/reason';
import { levelOf } from './calibration-summary';

/**
 * Why an answer (or a consensus) cannot be kept for a criterion of a session, as a reason; null when
 * it can. The same rule for the screen's writes and for answers arriving in a package.
 */
export function calibrationAnswerProblem(
  definition: TemplateDefinition,
  touchpointId: string,
  criterionId: string,
  value: AnswerValue | null,
): Reason | null {
  const criterion = definition.touchpoints
    .find((t) => t.id === touchpointId)
    ?.criteria.find((c) => c.id === criterionId);
  if (!criterion) return reason('calibNoCriterion', { criterion: `${touchpointId}/${criterionId}` });
  if (!levelOf(criterion)) return reason('calibPerChannel', { question: criterion.question });
  if (value !== null && !answerFitsCriterion(value, criterion))
    return reason('calibOffScale', { question: criterion.question, scale: criterion.scale.type });
  return null;
}
