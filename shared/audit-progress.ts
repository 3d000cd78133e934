import { isAnswered, touchpointsInScope, type Answer, type AuditScope } from './domain/audit';
import type { TemplateDefinition } from './domain/template';

export interface Count {
  answered: number;
  total: number;
}

export interface AuditProgress {
  overall: Count;
  stages: Map<string, Count>;
  touchpoints: Map<string, Count>;
  /** In walk order: what must still be answered (or marked N/A) before the audit can be completed. */
  unanswered: { touchpointId: string; criterionId: string }[];
}

export const answerKey = (touchpointId: string, criterionId: string) => `${touchpointId}\u0000${criterionId}`;

/** The share of an audit's criteria answered, in whole percent (0 for an audit with none in scope). */
export const answeredPercent = (answered: number, total: number): number =>
  total ? Math.round((100 * answered) / total) : 0;

export function indexAnswers(answers: readonly Answer[]): Map<string, Answer> {
  return new Map(answers.map((a) => [answerKey(a.touchpointId, a.criterionId), a]));
}

export function computeProgress(
  definition: TemplateDefinition,
  scope: AuditScope,
  answers: ReadonlyMap<string, Answer>,
): AuditProgress {
  const stages = new Map<string, Count>();
  const touchpoints = new Map<string, Count>();
  const unanswered: AuditProgress['unanswered'] = [];
  const overall: Count = { answered: 0, total: 0 };
  for (const { stage, touchpoint } of touchpointsInScope(definition, scope)) {
    const stageCount = stages.get(stage.id) ?? { answered: 0, total: 0 };
    const tpCount: Count = { answered: 0, total: 0 };
    for (const criterion of touchpoint.criteria) {
      const done = isAnswered(answers.get(answerKey(touchpoint.id, criterion.id))?.value, criterion);
      tpCount.total++;
      if (done) tpCount.answered++;
      else unanswered.push({ touchpointId: touchpoint.id, criterionId: criterion.id });
    }
    stageCount.answered += tpCount.answered;
    stageCount.total += tpCount.total;
    overall.answered += tpCount.answered;
    overall.total += tpCount.total;
    stages.set(stage.id, stageCount);
    touchpoints.set(touchpoint.id, tpCount);
  }
  return { overall, stages, touchpoints, unanswered };
}

/** Channels whose answers differ from the most common one (case, spaces and punctuation ignored). */
export function channelDisagreement(values: Readonly<Record<string, string>>): {
  disagree: boolean;
  outliers: string[];
} {
  const norm = (s: string) =>
    s
      .toLocaleLowerCase()
      .replace(/[\s.,;:!?'"()\-–—]+/g, ' ')
      .trim();
  const filled = Object.entries(values).filter(([, v]) => norm(v) !== '');
  const counts = new Map<string, number>();
  filled.forEach(([, v]) => counts.set(norm(v), (counts.get(norm(v)) ?? 0) + 1));
  if (counts.size <= 1) return { disagree: false, outliers: [] };
  const majority = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  return { disagree: true, outliers: filled.filter(([, v]) => norm(v) !== majority).map(([c]) => c) };
}
