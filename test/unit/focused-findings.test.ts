import { describe, expect, it } from 'vitest';
import type { Answer, AnswerValue } from '../../shared/domain/audit';
import { templateDefinitionSchema } from '../../shared/domain/template';
import { focusedFindings } from '../../shared/reports/focused-findings';
import { scoreAudit } from '../../shared/scoring/score-audit';
import { testTemplate } from '../support/test-template';

const definition = templateDefinitionSchema.parse(testTemplate());
const scope = { stageIds: [], kinds: ['digital', 'human', 'physical'] as const };
const answer = (touchpointId: string, criterionId: string, value: AnswerValue): Answer => ({
  touchpointId,
  criterionId,
  value,
  note: '',
  updatedAt: '2027-01-01T00:00:00Z',
});

describe('focused findings', () => {
  it('keeps knock-outs, failing touchpoints, pain points and moments of truth, with their failed criteria only', () => {
    const answers = [
      // Website passes: price shown, easy (5 of 5).
      answer('website', 'price-shown', { kind: 'yesno', value: true }),
      answer('website', 'ease', { kind: 'scale', value: 5 }),
      // Branch: the critical greeting fails (knock-out); the wait is long (0 of 3 points) and fails too.
      answer('branch', 'greeting', { kind: 'yesno', value: false }),
      answer('branch', 'nps-like', { kind: 'scale', value: 9 }),
      answer('branch', 'wait', { kind: 'option', optionId: 'long' }),
      // Signage passes.
      answer('signage', 'visible', { kind: 'yesno', value: true }),
    ];
    const score = scoreAudit(definition, { stageIds: [], kinds: [...scope.kinds] }, answers);
    const records = [
      {
        touchpointId: 'signage',
        emotion: 2 as const,
        painPoints: 'Hidden by scaffolding',
        worked: '',
        recommendation: '',
        updatedAt: '',
      },
      {
        touchpointId: 'website',
        emotion: 4 as const,
        painPoints: '  ',
        worked: 'Fast',
        recommendation: '',
        updatedAt: '',
      },
    ];
    const momentOfTruth = definition.touchpoints.filter((tp) => tp.momentOfTruth).map((tp) => tp.id);
    const found = focusedFindings(score, records);
    expect(found.map((f) => f.touchpointId)).toEqual(
      ['branch', 'signage', ...momentOfTruth]
        .filter((id, i, all) => all.indexOf(id) === i)
        .sort((a, b) => ['website', 'branch', 'signage'].indexOf(a) - ['website', 'branch', 'signage'].indexOf(b)),
    );
    const branch = found.find((f) => f.touchpointId === 'branch')!;
    expect(branch.reasons[0]).toBe('knockout');
    // The knock-out first, then the other failed criterion; the passing answer is left to the appendix.
    expect(branch.criterionIds).toEqual(['greeting', 'wait']);
    expect(found.find((f) => f.touchpointId === 'signage')).toEqual({
      touchpointId: 'signage',
      reasons: ['painPoints'],
      criterionIds: [],
    });
    // A passing website with only blank pain points is not a finding (unless it is a moment of truth).
    if (!momentOfTruth.includes('website')) expect(found.some((f) => f.touchpointId === 'website')).toBe(false);
  });
});
