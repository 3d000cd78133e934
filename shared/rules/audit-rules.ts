import { answerFitsCriterion, type AnswerValue, type AuditScope } from '../domain/audit';
import type { Criterion, TemplateDefinition } from '../domain/template';
import { reason, type Reason } from '../reasons/reason';

/**
 * Why an answer cannot be stored for this criterion, or null when it fits: the answer's shape
 * must match the criterion's scale (a 7 on a 1–5 question, an unknown option, a channel the
 * question does not ask about are refused), and N/A only where the criterion allows it. What
 * the API refuses here the import refuses too, so progress and scoring never disagree.
 */
export function answerRefusal(value: AnswerValue | null, criterion: Criterion): Reason | null {
  if (value === null || answerFitsCriterion(value, criterion)) return null;
  return reason(value.kind === 'na' ? 'naNotAllowed' : 'answerOffScale', { question: criterion.question });
}

/** Stage ids the scope names that the template does not have. */
export function unknownScopeStages(definition: TemplateDefinition, scope: AuditScope): string[] {
  const known = new Set(definition.stages.map((s) => s.id));
  return scope.stageIds.filter((id) => !known.has(id));
}

export interface BaselineParty {
  id: string;
  clientId: string;
}

/** A baseline is another audit of the same client; null when `baseline` qualifies. */
export function baselineRefusal(audit: BaselineParty, baseline: BaselineParty): Reason | null {
  if (baseline.id === audit.id) return reason('ownBaseline');
  if (baseline.clientId !== audit.clientId) return reason('baselineOtherClient');
  return null;
}

/** Two audits can be compared only when they belong to the same client. */
export function comparisonRefusal(a: BaselineParty, b: BaselineParty): Reason | null {
  return a.clientId === b.clientId ? null : reason('compareOtherClient');
}
