import { channelDisagreement } from '../audit-progress';
import type { AnswerValue } from '../domain/audit';
import type { Criterion } from '../domain/template';

export type AnswerPoints =
  { kind: 'scored'; earned: number; possible: number } | { kind: 'na' } | { kind: 'unanswered' };

/**
 * Points of one answer before weights, from its scale: yes = 1 of 1; 1-5 gives 0..4 of 4 (1 is
 * the worst, so it earns nothing); 0-10 gives its value of 10; options give their points of the
 * best option's; a per-channel question earns 1 of 1 when every channel gave the same answer.
 */
export function answerPoints(value: AnswerValue | null | undefined, criterion: Criterion): AnswerPoints {
  if (!value) return { kind: 'unanswered' };
  if (value.kind === 'na') return { kind: 'na' };
  const scale = criterion.scale;
  switch (value.kind) {
    case 'yesno':
      return { kind: 'scored', earned: value.value ? 1 : 0, possible: 1 };
    case 'scale':
      return scale.type === 'scale5'
        ? { kind: 'scored', earned: value.value - 1, possible: 4 }
        : { kind: 'scored', earned: value.value, possible: 10 };
    case 'option': {
      if (scale.type !== 'options') return { kind: 'unanswered' };
      const best = Math.max(...scale.options.map((o) => o.points));
      const chosen = scale.options.find((o) => o.id === value.optionId);
      return chosen ? { kind: 'scored', earned: chosen.points, possible: best } : { kind: 'unanswered' };
    }
    case 'channels':
      if (scale.type !== 'perChannel' || !scale.channels.every((c) => (value.values[c] ?? '').trim()))
        return { kind: 'unanswered' };
      return { kind: 'scored', earned: channelDisagreement(value.values).disagree ? 0 : 1, possible: 1 };
  }
}

/** A scored answer below half its possible points counts as a fail (what needs a comment in mystery shopping). */
export function isFail(points: AnswerPoints): boolean {
  return points.kind === 'scored' && points.possible > 0 && points.earned / points.possible < 0.5;
}
