import type { AnswerValue } from '../domain/audit';
import type { Criterion } from '../domain/template';
import { answerPoints, isFail } from './answer-points';

/** The mark beside an answer (journey map, report): a symbol and a word go with the shade, never the shade alone. */
export type AnswerMark = 'pass' | 'fail' | 'na' | 'open';

export function answerMark(value: AnswerValue | null | undefined, criterion: Criterion): AnswerMark {
  const p = answerPoints(value, criterion);
  return p.kind === 'unanswered' ? 'open' : p.kind === 'na' ? 'na' : isFail(p) ? 'fail' : 'pass';
}

/**
 * What a touchpoint card's edge says at a glance, from its answers' marks: `fail` when a criterion fails; `pass`
 * only when every criterion is answered, none fails and one at least is scored; `open` while some are unanswered
 * (nothing failing so far: a card nobody has looked at must not look like a pass); `na` when all are N/A.
 */
export type CardEdge = 'fail' | 'pass' | 'open' | 'na';

export function cardEdge(marks: readonly AnswerMark[]): CardEdge {
  if (marks.includes('fail')) return 'fail';
  if (marks.length === 0 || marks.includes('open')) return 'open';
  return marks.includes('pass') ? 'pass' : 'na';
}

export const CARD_EDGES: readonly CardEdge[] = ['fail', 'pass', 'open', 'na'];
