import { describe, expect, it } from 'vitest';
import type { Answer, AnswerValue, AuditScope } from '../../../shared/domain/audit';
import { templateDefinitionSchema, type TemplateDefinitionInput } from '../../../shared/domain/template';
import { scoreAudit } from '../../../shared/scoring/score-audit';

const ALL: AuditScope = { stageIds: [], kinds: ['digital', 'human', 'physical'] };
const a = (touchpointId: string, criterionId: string, value: AnswerValue | null): Answer => ({
  touchpointId,
  criterionId,
  value,
  note: '',
  updatedAt: '',
});
const template = (parts: Partial<TemplateDefinitionInput>) =>
  templateDefinitionSchema.parse({
    format: 'journey-audit.template',
    formatVersion: 1,
    name: 'Edges',
    language: 'en',
    stages: [{ id: 's', name: 'S' }],
    touchpoints: [],
    ...parts,
  });

describe('scoreAudit: edge answers', () => {
  const def = template({
    touchpoints: [
      {
        id: 't',
        stageId: 's',
        name: 'T',
        kind: 'human',
        channel: 'Store',
        criteria: [
          { id: 'strict', question: 'No N/A?', scale: { type: 'yesno' }, allowNa: false, critical: true },
          { id: 'five', question: '1-5?', scale: { type: 'scale5' }, critical: true },
          {
            id: 'zero',
            question: 'All options worth 0?',
            scale: {
              type: 'options',
              options: [
                { id: 'p', label: 'P', points: 0 },
                { id: 'q', label: 'Q', points: 0 },
              ],
            },
            weight: 2,
          },
        ],
      },
    ],
  });

  it('N/A stored on a criterion that does not allow it still counts as N/A; an off-scale answer as unanswered', () => {
    const s = scoreAudit(def, ALL, [a('t', 'strict', { kind: 'na' }), a('t', 'five', { kind: 'scale', value: 7 })]);
    const [strict, five] = s.touchpoints[0]!.criteria;
    expect(strict).toMatchObject({ state: 'na', criticalFailed: false, failed: false, earned: null });
    expect(five).toMatchObject({ state: 'unanswered', criticalFailed: false, failed: false, earned: null });
    expect(s.touchpoints[0]).toMatchObject({ na: 1, unanswered: 2, scored: 0, criticalFailed: false });
    expect(s.overall.key).toBe('overall');
  });

  it('an answer on a scale worth nothing is scored but adds no points and has no percent', () => {
    const s = scoreAudit(def, ALL, [a('t', 'zero', { kind: 'option', optionId: 'p' })]);
    expect(s.touchpoints[0]!.criteria[2]).toEqual({
      touchpointId: 't',
      criterionId: 'zero',
      state: 'scored',
      rawEarned: 0,
      rawPossible: 0,
      weight: 2,
      earned: 0,
      possible: 0,
      percent: null,
      critical: false,
      criticalFailed: false,
      failed: false,
    });
    expect(s.touchpoints[0]).toMatchObject({
      scored: 1,
      earned: 0,
      possible: 0,
      calculatedPercent: null,
      percent: null,
    });
    expect(s.overall.percent).toBeNull();
  });
});

describe('scoreAudit: kinds and channels follow the roll-up method', () => {
  const parts = {
    touchpoints: [
      {
        id: 'one',
        stageId: 's',
        name: 'One',
        kind: 'human' as const,
        channel: 'Store',
        criteria: [{ id: 'c', question: 'C?', scale: { type: 'yesno' as const } }],
      },
      {
        id: 'two',
        stageId: 's',
        name: 'Two',
        kind: 'human' as const,
        channel: 'Store',
        criteria: [{ id: 'c', question: 'C?', scale: { type: 'scale5' as const }, weight: 4 }],
      },
    ],
  };
  // one: 1 of 1 = 100%; two: 2 on 1-5 = 1 of 4 = 25%, weight 4 -> 1 of 4.
  const answers = [a('one', 'c', { kind: 'yesno', value: true }), a('two', 'c', { kind: 'scale', value: 2 })];

  it('average: the mean of the touchpoints (62.5); pooled: the points (2 of 5 = 40)', () => {
    const avg = scoreAudit(template({ ...parts, rollup: 'average' }), ALL, answers);
    expect(avg.kinds).toMatchObject([{ key: 'human', percent: 62.5 }]);
    expect(avg.channels).toMatchObject([{ key: 'Store', percent: 62.5 }]);
    expect(avg.stages).toMatchObject([{ key: 's', percent: 62.5 }]);
    const pooled = scoreAudit(template({ ...parts, rollup: 'pooled' }), ALL, answers);
    expect(pooled.kinds).toMatchObject([{ key: 'human', percent: 40 }]);
    expect(pooled.channels).toMatchObject([{ key: 'Store', percent: 40 }]);
    expect(pooled.stages).toMatchObject([{ key: 's', percent: 40 }]);
  });
});
