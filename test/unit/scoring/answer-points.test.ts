import { describe, expect, it } from 'vitest';
import type { Criterion } from '../../../shared/domain/template';
import { answerPoints, isFail } from '../../../shared/scoring/answer-points';

const criterion = (scale: Criterion['scale']): Criterion => ({
  id: 'c',
  question: 'Q?',
  guidance: '',
  family: 'general',
  scale,
  weight: 1,
  critical: false,
  allowNa: true,
});
const yesno = criterion({ type: 'yesno' });
const options = criterion({
  type: 'options',
  options: [
    { id: 'short', label: 'Short', points: 3 },
    { id: 'long', label: 'Long', points: 1 },
  ],
});
const channels = criterion({ type: 'perChannel', channels: ['Web', 'Phone'] });

describe('answerPoints', () => {
  it('points on each scale', () => {
    expect(answerPoints(null, yesno)).toEqual({ kind: 'unanswered' });
    expect(answerPoints(undefined, yesno)).toEqual({ kind: 'unanswered' });
    expect(answerPoints({ kind: 'na' }, yesno)).toEqual({ kind: 'na' });
    expect(answerPoints({ kind: 'yesno', value: true }, yesno)).toEqual({ kind: 'scored', earned: 1, possible: 1 });
    expect(answerPoints({ kind: 'yesno', value: false }, yesno)).toEqual({ kind: 'scored', earned: 0, possible: 1 });
    expect(answerPoints({ kind: 'scale', value: 1 }, criterion({ type: 'scale5' }))).toEqual({
      kind: 'scored',
      earned: 0,
      possible: 4,
    });
    expect(answerPoints({ kind: 'scale', value: 7 }, criterion({ type: 'scale10' }))).toEqual({
      kind: 'scored',
      earned: 7,
      possible: 10,
    });
    expect(answerPoints({ kind: 'option', optionId: 'long' }, options)).toEqual({
      kind: 'scored',
      earned: 1,
      possible: 3,
    });
  });

  it('an option that is not on the scale, or an option answer on another scale, is unanswered', () => {
    expect(answerPoints({ kind: 'option', optionId: 'medium' }, options)).toEqual({ kind: 'unanswered' });
    expect(answerPoints({ kind: 'option', optionId: 'short' }, yesno)).toEqual({ kind: 'unanswered' });
  });

  it('per channel: every channel filled (not blank), one point when they agree', () => {
    expect(answerPoints({ kind: 'channels', values: { Web: '9am', Phone: '9AM' } }, channels)).toEqual({
      kind: 'scored',
      earned: 1,
      possible: 1,
    });
    expect(answerPoints({ kind: 'channels', values: { Web: '9am', Phone: '10am' } }, channels)).toEqual({
      kind: 'scored',
      earned: 0,
      possible: 1,
    });
    expect(answerPoints({ kind: 'channels', values: { Web: '9am', Phone: '  ' } }, channels)).toEqual({
      kind: 'unanswered',
    });
    expect(answerPoints({ kind: 'channels', values: { Web: '9am' } }, channels)).toEqual({ kind: 'unanswered' });
    expect(answerPoints({ kind: 'channels', values: { Web: '9am', Phone: '9am' } }, yesno)).toEqual({
      kind: 'unanswered',
    });
  });
});

describe('isFail', () => {
  it('below half the points is a fail; half is not; nothing possible is not', () => {
    expect(isFail({ kind: 'scored', earned: 1, possible: 4 })).toBe(true);
    expect(isFail({ kind: 'scored', earned: 2, possible: 4 })).toBe(false);
    expect(isFail({ kind: 'scored', earned: 0, possible: 0 })).toBe(false);
    expect(isFail({ kind: 'na' })).toBe(false);
    expect(isFail({ kind: 'unanswered' })).toBe(false);
  });
});
