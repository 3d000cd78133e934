import { describe, expect, it } from 'vitest';
import { answerKey, channelDisagreement, computeProgress, indexAnswers } from '../../shared/audit-progress';
import type { Answer, AnswerValue } from '../../shared/domain/audit';
import { templateDefinitionSchema } from '../../shared/domain/template';
import { answerPoints, isFail } from '../../shared/scoring/answer-points';
import { testTemplate } from '../support/test-template';

const definition = templateDefinitionSchema.parse(testTemplate());
const answer = (touchpointId: string, criterionId: string, value: AnswerValue | null): Answer => ({
  touchpointId,
  criterionId,
  value,
  note: '',
  updatedAt: '',
});
const criterion = (tp: string, id: string) =>
  definition.touchpoints.find((t) => t.id === tp)!.criteria.find((c) => c.id === id)!;

describe('progress', () => {
  it('counts answered and N/A as done, per touchpoint, stage and overall, in walk order', () => {
    const answers = indexAnswers([
      answer('website', 'price-shown', { kind: 'yesno', value: false }),
      answer('website', 'ease', { kind: 'na' }),
      answer('branch', 'greeting', null),
      answer('branch', 'hours', { kind: 'channels', values: { Web: '9', Phone: '9' } }),
    ]);
    const p = computeProgress(definition, { stageIds: [], kinds: ['digital', 'human', 'physical'] }, answers);
    expect(p.overall).toEqual({ answered: 2, total: 7 });
    expect(p.stages.get('before')).toEqual({ answered: 2, total: 2 });
    expect(p.stages.get('during')).toEqual({ answered: 0, total: 5 });
    expect(p.touchpoints.get('branch')).toEqual({ answered: 0, total: 4 });
    expect(p.unanswered[0]).toEqual({ touchpointId: 'branch', criterionId: 'greeting' });
    expect(p.unanswered).toHaveLength(5);
  });

  it('counts only what is in scope', () => {
    const p = computeProgress(definition, { stageIds: ['during'], kinds: ['physical'] }, new Map());
    expect(p.overall).toEqual({ answered: 0, total: 1 });
    expect([...p.touchpoints.keys()]).toEqual(['signage']);
  });

  it('keys answers by touchpoint and criterion without collisions', () => {
    expect(answerKey('a-b', 'c')).not.toBe(answerKey('a', 'b-c'));
  });
});

describe('channel disagreement', () => {
  it('flags channels whose answer differs from the most common one, ignoring case and punctuation', () => {
    expect(channelDisagreement({ Web: '9:00-18:00', Phone: '9 00 18 00', Store: '9:00–18:00' })).toEqual({
      disagree: false,
      outliers: [],
    });
    expect(channelDisagreement({ Web: '30 days', Phone: '30 Days.', Chat: '14 days' })).toEqual({
      disagree: true,
      outliers: ['Chat'],
    });
    expect(channelDisagreement({ Web: '', Phone: 'x' })).toEqual({ disagree: false, outliers: [] });
  });
});

describe('answer points', () => {
  it('scores each scale as documented', () => {
    expect(answerPoints({ kind: 'yesno', value: true }, criterion('website', 'price-shown'))).toEqual({
      kind: 'scored',
      earned: 1,
      possible: 1,
    });
    expect(answerPoints({ kind: 'scale', value: 1 }, criterion('website', 'ease'))).toEqual({
      kind: 'scored',
      earned: 0,
      possible: 4,
    });
    expect(answerPoints({ kind: 'scale', value: 4 }, criterion('website', 'ease'))).toEqual({
      kind: 'scored',
      earned: 3,
      possible: 4,
    });
    expect(answerPoints({ kind: 'scale', value: 7 }, criterion('branch', 'nps-like'))).toEqual({
      kind: 'scored',
      earned: 7,
      possible: 10,
    });
    expect(answerPoints({ kind: 'option', optionId: 'medium' }, criterion('branch', 'wait'))).toEqual({
      kind: 'scored',
      earned: 1,
      possible: 3,
    });
    expect(
      answerPoints({ kind: 'channels', values: { Web: 'a', Phone: 'a', Store: 'b' } }, criterion('branch', 'hours')),
    ).toEqual({ kind: 'scored', earned: 0, possible: 1 });
    expect(answerPoints({ kind: 'na' }, criterion('website', 'ease'))).toEqual({ kind: 'na' });
    expect(answerPoints(null, criterion('website', 'ease'))).toEqual({ kind: 'unanswered' });
    expect(isFail(answerPoints({ kind: 'option', optionId: 'medium' }, criterion('branch', 'wait')))).toBe(true);
    expect(isFail(answerPoints({ kind: 'scale', value: 3 }, criterion('website', 'ease')))).toBe(false);
  });
});
