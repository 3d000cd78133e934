import { describe, expect, it } from 'vitest';
import { compareAudits } from '../../../shared/comparison/compare-audits';
import type { ComparableAudit } from '../../../shared/comparison/comparison-types';
import type { Answer, AnswerValue } from '../../../shared/domain/audit';
import { templateDefinitionSchema, type TemplateDefinition } from '../../../shared/domain/template';

const yes = { kind: 'yesno', value: true } as const;
const no = { kind: 'yesno', value: false } as const;
const answer = (touchpointId: string, criterionId: string, value: AnswerValue): Answer => ({
  touchpointId,
  criterionId,
  value,
  note: '',
  updatedAt: '',
});

/** One stage; desk (human) with a and b (yes/no), site (digital) with c (1–5). Weights and flags as given. */
function version(
  o: {
    aWeight?: number;
    bCritical?: boolean;
    siteMoment?: boolean;
    cScale?: 'scale5' | 'scale10';
    multiplier?: number;
    rollup?: 'pooled' | 'average';
  } = {},
): TemplateDefinition {
  return templateDefinitionSchema.parse({
    format: 'journey-audit.template',
    formatVersion: 1,
    name: 'Like for like',
    language: 'en',
    rollup: o.rollup ?? 'pooled',
    momentOfTruthMultiplier: o.multiplier ?? 1,
    stages: [{ id: 's', name: 'Stage' }],
    touchpoints: [
      {
        id: 'desk',
        stageId: 's',
        name: 'Desk',
        kind: 'human',
        channel: 'Store',
        criteria: [
          { id: 'a', question: 'A?', scale: { type: 'yesno' }, weight: o.aWeight ?? 1 },
          { id: 'b', question: 'B?', scale: { type: 'yesno' }, critical: o.bCritical ?? false },
        ],
      },
      {
        id: 'site',
        stageId: 's',
        name: 'Site',
        kind: 'digital',
        channel: 'Web',
        momentOfTruth: o.siteMoment ?? false,
        criteria: [{ id: 'c', question: 'C?', scale: { type: o.cScale ?? 'scale5' } }],
      },
    ],
  });
}

const ALL = { stageIds: [], kinds: ['digital', 'human', 'physical'] as ('digital' | 'human' | 'physical')[] };
const ANSWERS = [answer('desk', 'a', yes), answer('desk', 'b', no), answer('site', 'c', { kind: 'scale', value: 3 })];
const audit = (id: string, versionId: string, definition: TemplateDefinition, answers = ANSWERS): ComparableAudit => ({
  id,
  title: id,
  site: '',
  auditDate: id === 'base' ? '2026-01-01' : '2026-06-01',
  templateVersionId: versionId,
  definition,
  scope: ALL,
  answers,
  records: [],
});

describe('like for like across template versions', () => {
  it('identical answers, only one weight changed (1 → 50): nothing moved, and the template effect is shown', () => {
    const c = compareAudits(audit('base', 'v1', version()), audit('follow', 'v2', version({ aWeight: 50 })));
    // Under version 2 for both: desk = 50 of 51 = 98.04%; site 3 on 1–5 = 2 of 4 = 50%; overall 50.5 / 52.
    const desk = c.touchpoints.find((t) => t.touchpointId === 'desk')!;
    expect(desk.before).toBeCloseTo((50 / 51) * 100, 9);
    expect(desk.after).toBeCloseTo((50 / 51) * 100, 9);
    expect(desk.movement).toBe('unchanged');
    expect(c.overall.before).toBeCloseTo((50.5 / 52) * 100, 9);
    expect(c.overall.change).toBe(0);
    expect(c.overall.movement).toBe('unchanged');
    expect(c.touchpoints.every((t) => t.change === 0)).toBe(true);
    expect(c.topImprovements).toEqual([]);
    // The baseline on its own version: (1 + 0 + 0.5) / 3 = 50%; rescored under version 2: 97.1%.
    expect(c.changeSources.baselineOwn).toBeCloseTo(50, 9);
    expect(c.changeSources.baselineRescored).toBeCloseTo((50.5 / 52) * 100, 9);
    expect(c.changeSources.fromTemplate).toBeCloseTo((50.5 / 52) * 100 - 50, 9);
    expect(c.changeSources.fromAnswers).toBe(0);
    expect(c.definitions).toEqual({
      usedVersionId: 'v2',
      identical: false,
      differences: [
        { touchpointId: 'desk', criterionId: 'a', touchpointName: 'Desk', question: 'A?', fields: ['weight'] },
      ],
      method: { baseline: 'pooled', followUp: 'pooled' },
      momentOfTruthMultiplier: { baseline: 1, followUp: 1 },
    });
  });

  it('a critical flag, a moment-of-truth mark, a multiplier and a scale change are each applied to both sides', () => {
    const v2 = version({ bCritical: true, siteMoment: true, multiplier: 3, cScale: 'scale10' });
    const c = compareAudits(audit('base', 'v1', version()), audit('follow', 'v2', v2));
    // Knock-out on both sides (b = no is critical in version 2): desk 0% both.
    const desk = c.touchpoints.find((t) => t.touchpointId === 'desk')!;
    expect([desk.before, desk.after, desk.knockoutBefore, desk.knockoutAfter]).toEqual([0, 0, true, true]);
    // c = 3 on 0–10 is 30% under version 2 for both sides.
    const site = c.touchpoints.find((t) => t.touchpointId === 'site')!;
    expect([site.before, site.after]).toEqual([30, 30]);
    expect(c.overall.change).toBe(0);
    expect(c.definitions.differences.map((d) => [d.criterionId, d.fields])).toEqual([
      ['b', ['critical']],
      ['c', ['scale', 'momentOfTruth']],
    ]);
    expect(c.definitions.momentOfTruthMultiplier).toEqual({ baseline: 1, followUp: 3 });
    expect(c.definitions.identical).toBe(false);
  });

  it('on the same version the template effect is zero and the change is the answers', () => {
    const v = version();
    const better = [
      answer('desk', 'a', yes),
      answer('desk', 'b', yes),
      answer('site', 'c', { kind: 'scale', value: 5 }),
    ];
    const c = compareAudits(audit('base', 'v1', v), audit('follow', 'v1', v, better));
    expect(c.definitions.identical).toBe(true);
    expect(c.definitions.differences).toEqual([]);
    expect(c.changeSources.fromTemplate).toBe(0);
    // before (1 + 0 + 0.5) / 3 = 50%, after 100%.
    expect(c.changeSources.fromAnswers).toBeCloseTo(50, 9);
    expect(c.overall.change).toBeCloseTo(50, 9);
    expect(c.overall.movement).toBe('improved');
  });
});
