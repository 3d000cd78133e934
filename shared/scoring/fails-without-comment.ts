import { touchpointsInScope, type Answer, type AuditScope } from '../domain/audit';
import type { TemplateDefinition } from '../domain/template';
import { answerPoints, isFail } from './answer-points';

export interface FailWithoutComment {
  touchpointId: string;
  touchpointName: string;
  criterionId: string;
  question: string;
}

/**
 * The criteria answered as a fail (below half their points) that carry no comment, in walk order,
 * when the template asks for a comment on every fail (a common mystery-shopping rule); otherwise none.
 */
export function failsWithoutComment(
  definition: TemplateDefinition,
  scope: AuditScope,
  answers: readonly Answer[],
): FailWithoutComment[] {
  if (!definition.failRequiresComment) return [];
  const byKey = new Map(answers.map((a) => [`${a.touchpointId}\u0000${a.criterionId}`, a]));
  const out: FailWithoutComment[] = [];
  for (const { touchpoint } of touchpointsInScope(definition, scope)) {
    for (const criterion of touchpoint.criteria) {
      const answer = byKey.get(`${touchpoint.id}\u0000${criterion.id}`);
      if (!answer || answer.note.trim()) continue;
      if (isFail(answerPoints(answer.value, criterion)))
        out.push({
          touchpointId: touchpoint.id,
          touchpointName: touchpoint.name,
          criterionId: criterion.id,
          question: criterion.question,
        });
    }
  }
  return out;
}
