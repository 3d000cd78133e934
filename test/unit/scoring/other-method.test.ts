import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answer, AnswerValue, AuditScope } from '../../../shared/domain/audit';
import { templateDefinitionSchema } from '../../../shared/domain/template';
import { otherMethodOverall, scoreWithOtherMethod } from '../../../shared/scoring/explain-score';
import { scoreAudit } from '../../../shared/scoring/score-audit';
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

describe('the other roll-up method from stored touchpoint scores', () => {
  it('equals a full rescore with the method swapped', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('pooled' as const, 'average' as const),
        fc.constantFrom<AuditScope>(
          { stageIds: [], kinds: ['digital', 'human', 'physical'] },
          { stageIds: ['during'], kinds: ['human', 'physical'] },
        ),
        fc.record(
          Object.fromEntries(
            Object.entries(choices).map(([id, values]) => [id, fc.option(fc.constantFrom(...values))]),
          ) as Record<string, fc.Arbitrary<AnswerValue | null>>,
        ),
        (rollup, scope, picked) => {
          const definition = templateDefinitionSchema.parse({ ...testTemplate(), rollup });
          const answers: Answer[] = Object.entries(picked).map(([criterionId, value]) => ({
            touchpointId: touchpointOf[criterionId]!,
            criterionId,
            value,
            note: '',
            updatedAt: '',
          }));
          const stored = scoreAudit(definition, scope, answers).touchpoints.map(({ criteria: _, ...tally }) => tally);
          expect(otherMethodOverall(definition, scope, stored)).toBe(
            scoreWithOtherMethod(definition, scope, answers).overall.percent,
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
