import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { touchpointsInScope, type Answer, type AnswerValue, type AuditScope } from '../../../shared/domain/audit';
import { templateDefinitionSchema } from '../../../shared/domain/template';
import { otherMethodOverall, scoreWithOtherMethod } from '../../../shared/scoring/explain-score';
import { scoreAudit, tallyTouchpoint } from '../../../shared/scoring/score-audit';
import { testTemplate } from '../../support/test-template';

/**
 * The dashboard and the wave view read the other method's overall score from the stored roll-up
 * (touchpoint scores only, no answers): it must be the number a full rescore with the method
 * swapped gives, whatever the answers, method and scope.
 */
const choices: Record<string, AnswerValue[]> = {
  'price-shown': [
    { kind: 'yesno', value: true },
    { kind: 'yesno', value: false },
  ],
  ease: [1, 3, 5].map((value) => ({ kind: 'scale', value })),
  greeting: [
    { kind: 'yesno', value: true },
    { kind: 'yesno', value: false },
  ],
  'nps-like': [0, 6, 10].map((value) => ({ kind: 'scale', value })),
  wait: ['short', 'long'].map((optionId) => ({ kind: 'option', optionId }) as AnswerValue),
  visible: [
    { kind: 'yesno', value: true },
    { kind: 'yesno', value: false },
  ],
};
const touchpointOf: Record<string, string> = {
  'price-shown': 'website',
  ease: 'website',
  greeting: 'branch',
  'nps-like': 'branch',
  wait: 'branch',
  visible: 'signage',
};

const methods = fc.constantFrom('pooled' as const, 'average' as const);
const scopes = fc.constantFrom<AuditScope>(
  { stageIds: [], kinds: ['digital', 'human', 'physical'] },
  { stageIds: ['during'], kinds: ['human', 'physical'] },
);
const picks = fc.record(
  Object.fromEntries(
    Object.entries(choices).map(([id, values]) => [id, fc.option(fc.constantFrom(...values))]),
  ) as Record<string, fc.Arbitrary<AnswerValue | null>>,
);
const answersOf = (picked: Record<string, AnswerValue | null>): Answer[] =>
  Object.entries(picked).map(([criterionId, value]) => ({
    touchpointId: touchpointOf[criterionId]!,
    criterionId,
    value,
    note: '',
    updatedAt: '',
  }));

describe('the other roll-up method from stored touchpoint scores', () => {
  it('equals a full rescore with the method swapped', () => {
    fc.assert(
      fc.property(methods, scopes, picks, (rollup, scope, picked) => {
        const definition = templateDefinitionSchema.parse({ ...testTemplate(), rollup });
        const answers = answersOf(picked);
        const stored = scoreAudit(definition, scope, answers).touchpoints.map(({ criteria: _, ...tally }) => tally);
        expect(otherMethodOverall(definition, scope, stored)).toBe(
          scoreWithOtherMethod(definition, scope, answers).overall.percent,
        );
      }),
      { numRuns: 300 },
    );
  });
});

describe("the save path's touchpoint tally", () => {
  it("is a full score's touchpoint without its per-criterion list, whatever the answers and the multiplier", () => {
    fc.assert(
      fc.property(methods, scopes, picks, fc.constantFrom(1, 2, 3), (rollup, scope, picked, multiplier) => {
        const definition = templateDefinitionSchema.parse({
          ...testTemplate(),
          rollup,
          momentOfTruthMultiplier: multiplier,
        });
        const answers = answersOf(picked);
        const full = scoreAudit(definition, scope, answers).touchpoints;
        const tallies = touchpointsInScope(definition, scope).map(({ stage, touchpoint }) =>
          tallyTouchpoint(
            definition,
            stage.id,
            touchpoint,
            new Map(answers.filter((a) => a.touchpointId === touchpoint.id).map((a) => [a.criterionId, a.value])),
          ),
        );
        expect(tallies).toEqual(full.map(({ criteria: _, ...tally }) => tally));
        expect(full.every((tp) => tp.criteria.length > 0)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
