import { describe, expect, it } from 'vitest';
import { summariseCalibration, type RaterAnswer } from '../../../shared/calibration/calibration-summary';
import type { AnswerValue } from '../../../shared/domain/audit';
import { templateDefinitionSchema } from '../../../shared/domain/template';

const definition = templateDefinitionSchema.parse({
  format: 'journey-audit.template',
  formatVersion: 1,
  name: 'Calibration',
  language: 'en',
  stages: [{ id: 's', name: 'Visit' }],
  touchpoints: [
    {
      id: 'desk',
      stageId: 's',
      name: 'Desk',
      kind: 'human',
      channel: 'Branch',
      criteria: [
        { id: 'c1', question: 'Greeted', scale: { type: 'yesno' } },
        { id: 'c2', question: 'Within 30 s', scale: { type: 'yesno' } },
        {
          id: 'c3',
          question: 'Tidy',
          scale: {
            type: 'options',
            options: [
              { id: 'ok', label: 'OK', points: 1 },
              { id: 'good', label: 'Good', points: 2 },
            ],
          },
        },
        { id: 'c4', question: 'Courtesy', scale: { type: 'scale5' } },
        { id: 'c5', question: 'Clarity', scale: { type: 'scale5' } },
      ],
    },
  ],
});
const yes: AnswerValue = { kind: 'yesno', value: true };
const no: AnswerValue = { kind: 'yesno', value: false };
const s5 = (value: number): AnswerValue => ({ kind: 'scale', value });
const ans = (rater: string, criterionId: string, value: AnswerValue | null): RaterAnswer => ({
  rater,
  touchpointId: 'desk',
  criterionId,
  value,
});
const answers = [
  ans('A', 'c1', yes),
  ans('B', 'c1', yes),
  ans('C', 'c1', yes),
  ans('A', 'c2', yes),
  ans('B', 'c2', no),
  ans('C', 'c2', no),
  ans('A', 'c3', { kind: 'option', optionId: 'good' }),
  ans('B', 'c3', { kind: 'option', optionId: 'ok' }),
  ans('A', 'c4', s5(5)),
  ans('B', 'c4', s5(4)),
  ans('C', 'c4', s5(5)),
  ans('A', 'c5', s5(3)),
  ans('B', 'c5', { kind: 'na' }),
  ans('C', 'c5', s5(1)),
];
const summary = summariseCalibration({
  definition,
  raters: ['A', 'B', 'C'],
  answers,
  consensus: [
    { touchpointId: 'desk', criterionId: 'c2', value: no, note: 'The greeting came after 40 s.' },
    { touchpointId: 'desk', criterionId: 'c4', value: s5(5), note: '' },
  ],
});

describe('summariseCalibration: three raters, hand-computed', () => {
  it('puts the criteria with most disagreement first', () => {
    // c3: one pair, disagreeing -> 1; c2: y,n,n -> 2 of 3 pairs disagree; c5: 0.5 vs 0 -> 0.5;
    // c4: 1, 0.75, 1 -> (0.25 + 0 + 0.25) / 3 = 0.1667; c1: all yes -> 0
    expect(summary.criteria.map((c) => c.criterionId)).toEqual(['c3', 'c2', 'c5', 'c4', 'c1']);
    const by = Object.fromEntries(summary.criteria.map((c) => [c.criterionId, c]));
    expect(by.c3).toMatchObject({ ratings: 2, agreement: 0, disagreement: 1, level: 'nominal' });
    expect(by.c2!.agreement).toBeCloseTo(1 / 3, 12);
    expect(by.c2!.disagreement).toBeCloseTo(2 / 3, 12);
    expect(by.c5).toMatchObject({ ratings: 2, agreement: 0, disagreement: 0.5, level: 'interval' });
    expect(by.c4!.disagreement).toBeCloseTo(1 / 6, 12);
    expect(by.c1).toMatchObject({ agreement: 1, disagreement: 0 });
    expect(by.c4!.codes).toEqual({ A: 1, B: 0.75, C: 1 });
    expect(by.c2!.consensus).toEqual({ code: 'no', note: 'The greeting came after 40 s.' });
  });

  it("computes Krippendorff's alpha over the session", () => {
    // nominal, units c1 [y,y,y], c2 [y,n,n], c3 [good, ok]: n = 8, observed 4, expected 64 - 22 = 42,
    // alpha = 1 - 7 x 4 / 42 = 1/3
    expect(summary.overall.nominal!.alpha).toBeCloseTo(1 / 3, 12);
    // interval on points shares, units c4 [1, .75, 1], c5 [.5, 0]: n = 5, observed 0.625, expected 7,
    // alpha = 1 - 4 x 0.625 / 7 = 0.642857
    expect(summary.overall.interval!.alpha).toBeCloseTo(1 - 2.5 / 7, 12);
    expect(summary.overall.ordinal).not.toBeNull();
  });

  it("keeps each rater's accuracy against the consensus", () => {
    // consensus c2 = no, c4 = 5: A yes/5 -> 1 of 2; B no/4 -> 1 of 2; C no/5 -> 2 of 2
    expect(summary.raters).toEqual([
      { rater: 'A', compared: 2, matches: 1, accuracy: 0.5 },
      { rater: 'B', compared: 2, matches: 1, accuracy: 0.5 },
      { rater: 'C', compared: 2, matches: 2, accuracy: 1 },
    ]);
  });
});
