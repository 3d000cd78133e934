import { describe, expect, it } from 'vitest';
import type { Answer, AnswerValue, AuditScope } from '../../../shared/domain/audit';
import {
  templateDefinitionSchema,
  type TemplateDefinition,
  type TemplateDefinitionInput,
} from '../../../shared/domain/template';
import { scoreAudit } from '../../../shared/scoring/score-audit';
import type { AuditScore, SectionScore } from '../../../shared/scoring/score-types';
import { testTemplate } from '../../support/test-template';

const ALL: AuditScope = { stageIds: [], kinds: ['digital', 'human', 'physical'] };
const answer = (touchpointId: string, criterionId: string, value: AnswerValue | null): Answer => ({
  touchpointId,
  criterionId,
  value,
  note: '',
  updatedAt: '',
});
const yes = { kind: 'yesno', value: true } as const;
const no = { kind: 'yesno', value: false } as const;
const na = { kind: 'na' } as const;
const scale = (value: number): AnswerValue => ({ kind: 'scale', value });

function template(
  parts: Pick<TemplateDefinitionInput, 'stages' | 'touchpoints'> & Partial<TemplateDefinitionInput>,
): TemplateDefinition {
  return templateDefinitionSchema.parse({
    format: 'journey-audit.template',
    formatVersion: 1,
    name: 'Scoring test',
    language: 'en',
    ...parts,
  });
}
const tp = (score: AuditScore, id: string) => score.touchpoints.find((t) => t.touchpointId === id)!;
const sec = (sections: SectionScore[], key: string) => sections.find((s) => s.key === key)!;

describe('scoreAudit: points and weights', () => {
  // One touchpoint: a yes/no of weight 2 and a 1-5 of weight 1.
  const def = template({
    stages: [{ id: 's1', name: 'Stage 1' }],
    touchpoints: [
      {
        id: 'web',
        stageId: 's1',
        name: 'Website',
        kind: 'digital',
        channel: 'Web',
        criteria: [
          { id: 'price', question: 'Price shown?', scale: { type: 'yesno' }, weight: 2 },
          { id: 'ease', question: 'Ease', scale: { type: 'scale5' } },
        ],
      },
    ],
  });

  it('weights normalised points: earned = weight x raw share, possible = weight', () => {
    const s = scoreAudit(def, ALL, [answer('web', 'price', yes), answer('web', 'ease', scale(4))]);
    // price: yes = 1 of 1, x weight 2 -> 2 of 2. ease: "4" on 1-5 = 3 of 4, x weight 1 -> 0.75 of 1.
    // touchpoint: (2 + 0.75) / (2 + 1) = 2.75 / 3 = 91.666..%
    const web = tp(s, 'web');
    expect(web.earned).toBeCloseTo(2.75);
    expect(web.possible).toBe(3);
    expect(web.percent).toBeCloseTo(91.6667, 3);
    expect(web.criteria[0]).toMatchObject({
      state: 'scored',
      rawEarned: 1,
      rawPossible: 1,
      weight: 2,
      earned: 2,
      possible: 2,
      percent: 100,
    });
    expect(web.criteria[1]).toMatchObject({
      state: 'scored',
      rawEarned: 3,
      rawPossible: 4,
      weight: 1,
      earned: 0.75,
      possible: 1,
      percent: 75,
    });
    expect(s.overall.percent).toBeCloseTo(91.6667, 3);
    expect(s.method).toBe('pooled');
    // no = 0 of 1 with weight 2, 4 = 0.75 of 1: 0.75 / 3 = 25%
    expect(
      scoreAudit(def, ALL, [answer('web', 'price', no), answer('web', 'ease', scale(4))]).overall.percent,
    ).toBeCloseTo(25);
  });

  it('leaves N/A out of both earned and possible', () => {
    const s = scoreAudit(def, ALL, [answer('web', 'price', yes), answer('web', 'ease', na)]);
    // only price counts: 2 of 2 = 100% (with N/A as zero it would be 2 / 3 = 66.7%)
    expect(tp(s, 'web')).toMatchObject({
      earned: 2,
      possible: 2,
      percent: 100,
      scored: 1,
      na: 1,
      unanswered: 0,
      total: 2,
    });
    expect(tp(s, 'web').criteria[1]).toMatchObject({ state: 'na', earned: null, possible: null, percent: null });
    expect(s.overall).toMatchObject({ percent: 100, na: 1, scored: 1 });
  });

  it('reports unanswered criteria and never scores them as zero', () => {
    const s = scoreAudit(def, ALL, [answer('web', 'price', no), answer('web', 'ease', null)]);
    // ease has a null value and price is no: 0 of 2 -> 0%. ease is not counted as a 0 of 1 (possible stays 2).
    expect(tp(s, 'web')).toMatchObject({ earned: 0, possible: 2, percent: 0, scored: 1, unanswered: 1 });
    const s2 = scoreAudit(def, ALL, [answer('web', 'ease', scale(5))]);
    // price has no answer row at all; ease 5 = 4 of 4 -> 1 of 1 = 100%
    expect(tp(s2, 'web')).toMatchObject({ earned: 1, possible: 1, percent: 100, scored: 1, unanswered: 1 });
    expect(s2.overall.unanswered).toBe(1);
    expect(tp(s2, 'web').criteria[0]!.state).toBe('unanswered');
  });

  it('gives "no score" (null), not 0%, to a section with nothing scorable', () => {
    const nothing = scoreAudit(def, ALL, [answer('web', 'price', na)]);
    // price N/A, ease unanswered: possible 0 -> null everywhere
    expect(tp(nothing, 'web').percent).toBeNull();
    expect(tp(nothing, 'web').calculatedPercent).toBeNull();
    expect(sec(nothing.stages, 's1').percent).toBeNull();
    expect(sec(nothing.kinds, 'digital').percent).toBeNull();
    expect(sec(nothing.channels, 'Web').percent).toBeNull();
    expect(nothing.overall).toMatchObject({ percent: null, earned: 0, possible: 0, na: 1, unanswered: 1, total: 2 });
    const averaged = scoreAudit({ ...def, rollup: 'average' }, ALL, []);
    expect(averaged.overall.percent).toBeNull();
    expect(averaged.stages[0]!.percent).toBeNull();
  });

  it('counts a criterion of weight 0 in neither earned nor possible', () => {
    const zero = {
      ...def,
      touchpoints: [
        {
          ...def.touchpoints[0]!,
          criteria: def.touchpoints[0]!.criteria.map((c) => (c.id === 'price' ? { ...c, weight: 0 } : c)),
        },
      ],
    };
    const s = scoreAudit(zero, ALL, [answer('web', 'price', no), answer('web', 'ease', scale(3))]);
    // price (no, weight 0) adds 0 of 0; ease 3 = 2 of 4 -> 0.5 of 1 = 50%
    expect(tp(s, 'web')).toMatchObject({ earned: 0.5, possible: 1, percent: 50 });
    expect(tp(s, 'web').criteria[0]).toMatchObject({ weight: 0, earned: 0, possible: 0, percent: 0, failed: true });
  });
});

describe('scoreAudit: scales', () => {
  it('scores 0-10 as value of 10 and 1-5 as value - 1 of 4', () => {
    const def = template({
      stages: [{ id: 's', name: 'S' }],
      touchpoints: [
        {
          id: 'tp',
          stageId: 's',
          name: 'T',
          kind: 'human',
          channel: 'Store',
          criteria: [
            { id: 'ten', question: 'Ten', scale: { type: 'scale10' } },
            { id: 'five', question: 'Five', scale: { type: 'scale5' } },
          ],
        },
      ],
    });
    const score = (ten: number, five: number) =>
      scoreAudit(def, ALL, [answer('tp', 'ten', scale(ten)), answer('tp', 'five', scale(five))]);
    // 7 of 10 = 0.7; "3" on 1-5 = 2 of 4 = 0.5; (0.7 + 0.5) / 2 = 60%
    const s = score(7, 3);
    expect(tp(s, 'tp').criteria.map((c) => [c.rawEarned, c.rawPossible])).toEqual([
      [7, 10],
      [2, 4],
    ]);
    expect(tp(s, 'tp').percent).toBeCloseTo(60);
    // 3 on 1-5 is exactly half: not a fail. 7 of 10 is not a fail either.
    expect(tp(s, 'tp').criteria.map((c) => c.failed)).toEqual([false, false]);
    // 0 of 10 and "1" on 1-5 (= 0 of 4) both earn nothing: 0%; 10 and 5 both earn everything: 100%
    expect(tp(score(0, 1), 'tp').percent).toBe(0);
    expect(tp(score(10, 5), 'tp').percent).toBe(100);
    // 4 of 10 = 0.4 (a fail), "2" = 1 of 4 = 0.25 (a fail): (0.4 + 0.25) / 2 = 32.5%
    const low = score(4, 2);
    expect(tp(low, 'tp').percent).toBeCloseTo(32.5);
    expect(tp(low, 'tp').criteria.map((c) => c.failed)).toEqual([true, true]);
  });

  it('scores custom options by their points out of the best option, and per-channel agreement', () => {
    const def = templateDefinitionSchema.parse(testTemplate());
    const branch = (wait: string, hours: Record<string, string>) =>
      tp(
        scoreAudit(def, ALL, [
          answer('branch', 'greeting', yes),
          answer('branch', 'nps-like', na),
          answer('branch', 'wait', { kind: 'option', optionId: wait }),
          answer('branch', 'hours', { kind: 'channels', values: hours }),
        ]),
        'branch',
      );
    const agree = { Web: '9-17', Phone: '9–17', Store: '9-17' };
    // wait "medium" = 1 point of the best 3; greeting yes 1 of 1; hours all agree 1 of 1; nps N/A.
    // All weights 1 (x the test template's multiplier 1): (1 + 1/3 + 1) / 3 = 2.3333 / 3 = 77.78%
    const medium = branch('medium', agree);
    expect(medium.criteria.find((c) => c.criterionId === 'wait')).toMatchObject({
      rawEarned: 1,
      rawPossible: 3,
      failed: true,
      critical: false,
    });
    expect(medium.percent).toBeCloseTo(77.7778, 3);
    expect(medium.criticalFailed).toBe(false);
    // "short" = 3 of 3: (1 + 1 + 1) / 3 = 100%
    expect(branch('short', agree).percent).toBe(100);
    // channels disagree: hours earns 0 of 1; "long" = 0 of 3: (1 + 0 + 0) / 3 = 33.33%
    expect(branch('long', { Web: '9-17', Phone: '10-18', Store: '9-17' }).percent).toBeCloseTo(33.3333, 3);
    // a channel left empty: hours is unanswered, not 0: (1 + 1) / 2 = 100%
    const partial = branch('short', { Web: '9-17', Phone: '', Store: '9-17' });
    expect(partial).toMatchObject({ percent: 100, unanswered: 1, scored: 2, na: 1 });
  });
});

describe('scoreAudit: knock-outs and moments of truth', () => {
  const def = template({
    stages: [{ id: 's', name: 'S' }],
    touchpoints: [
      {
        id: 'desk',
        stageId: 's',
        name: 'Desk',
        kind: 'human',
        channel: 'Store',
        criteria: [
          { id: 'greet', question: 'Greeted?', scale: { type: 'yesno' }, critical: true },
          { id: 'smile', question: 'Friendly', scale: { type: 'scale10' }, weight: 3 },
        ],
      },
      {
        id: 'door',
        stageId: 's',
        name: 'Door',
        kind: 'physical',
        channel: 'Store',
        criteria: [{ id: 'clean', question: 'Clean?', scale: { type: 'yesno' } }],
      },
    ],
  });

  it('caps a touchpoint at 0 when a critical criterion fails, keeps the calculated number and lists the knock-out', () => {
    const s = scoreAudit(def, ALL, [
      answer('desk', 'greet', no),
      answer('desk', 'smile', scale(10)),
      answer('door', 'clean', yes),
    ]);
    // desk: greet no = 0 of 1, smile 10 = 3 of 3 (weight 3): calculated 3 / 4 = 75%, but greet is critical and failed -> 0%
    const desk = tp(s, 'desk');
    expect(desk.criticalFailed).toBe(true);
    expect(desk.calculatedPercent).toBeCloseTo(75);
    expect(desk.percent).toBe(0);
    expect(desk.criteria[0]).toMatchObject({ critical: true, criticalFailed: true, failed: true });
    expect(s.knockouts).toEqual([{ touchpointId: 'desk', criterionIds: ['greet'], calculatedPercent: 75 }]);
    // pooled stage: desk earns 0 of its 4, door 1 of 1: 1 / 5 = 20% (without the knock-out it would be 4 / 5 = 80%)
    expect(sec(s.stages, 's')).toMatchObject({ earned: 1, possible: 5, knockouts: 1, touchpoints: 2 });
    expect(sec(s.stages, 's').percent).toBeCloseTo(20);
    expect(s.overall.percent).toBeCloseTo(20);
    expect(sec(s.kinds, 'human').percent).toBe(0);
    // average: (0 + 100) / 2 = 50%
    expect(
      scoreAudit({ ...def, rollup: 'average' }, ALL, [
        answer('desk', 'greet', no),
        answer('desk', 'smile', scale(10)),
        answer('door', 'clean', yes),
      ]).overall.percent,
    ).toBeCloseTo(50);
  });

  it('does not knock out when the critical criterion passes, is N/A or is unanswered', () => {
    const passed = scoreAudit(def, ALL, [answer('desk', 'greet', yes), answer('desk', 'smile', scale(2))]);
    // greet 1 of 1, smile 2 of 10 -> 0.6 of 3: 1.6 / 4 = 40%; the low non-critical answer does not knock out
    expect(tp(passed, 'desk')).toMatchObject({ criticalFailed: false });
    expect(tp(passed, 'desk').percent).toBeCloseTo(40);
    expect(passed.knockouts).toEqual([]);
    expect(
      tp(scoreAudit(def, ALL, [answer('desk', 'greet', na), answer('desk', 'smile', scale(2))]), 'desk').criticalFailed,
    ).toBe(false);
    expect(tp(scoreAudit(def, ALL, [answer('desk', 'smile', scale(2))]), 'desk').criticalFailed).toBe(false);
  });

  it('multiplies the weights of a moment of truth by the template multiplier', () => {
    const mot = template({
      momentOfTruthMultiplier: 3,
      stages: [{ id: 's', name: 'S' }],
      touchpoints: [
        {
          id: 'a',
          stageId: 's',
          name: 'A',
          kind: 'digital',
          channel: 'Web',
          criteria: [{ id: 'c', question: 'C', scale: { type: 'yesno' } }],
        },
        {
          id: 'm',
          stageId: 's',
          name: 'M',
          kind: 'human',
          channel: 'Store',
          momentOfTruth: true,
          criteria: [{ id: 'c', question: 'C', scale: { type: 'yesno' }, weight: 2 }],
        },
      ],
    });
    const answers = [answer('a', 'c', yes), answer('m', 'c', no)];
    const s = scoreAudit(mot, ALL, answers);
    // a: yes, weight 1 -> 1 of 1. m: no, weight 2 x 3 = 6 -> 0 of 6. pooled: 1 / 7 = 14.29%
    expect(s.momentOfTruthMultiplier).toBe(3);
    expect(tp(s, 'm').criteria[0]!.weight).toBe(6);
    expect(tp(s, 'm')).toMatchObject({ momentOfTruth: true, earned: 0, possible: 6 });
    expect(s.overall.percent).toBeCloseTo(14.2857, 3);
    // without the multiplier: 1 / (1 + 2) = 33.33%
    expect(scoreAudit({ ...mot, momentOfTruthMultiplier: 1 }, ALL, answers).overall.percent).toBeCloseTo(33.3333, 3);
    // average: the multiplier scales every criterion of m alike, so m stays 0% and a 100%: (100 + 0) / 2 = 50%
    expect(scoreAudit({ ...mot, rollup: 'average' }, ALL, answers).overall.percent).toBeCloseTo(50);
  });
});

describe('scoreAudit: roll-ups and scope', () => {
  // s1: A (digital, Web, 4 yes/no) and B (human, Store, 1 yes/no); s2: C (human, Phone, 2 yes/no). All weight 1.
  const yn = (id: string) => ({ id, question: id, scale: { type: 'yesno' as const } });
  const def = template({
    stages: [
      { id: 's1', name: 'One' },
      { id: 's2', name: 'Two' },
    ],
    touchpoints: [
      {
        id: 'a',
        stageId: 's1',
        name: 'A',
        kind: 'digital',
        channel: 'Web',
        criteria: [yn('c1'), yn('c2'), yn('c3'), yn('c4')],
      },
      { id: 'b', stageId: 's1', name: 'B', kind: 'human', channel: 'Store', criteria: [yn('c1')] },
      { id: 'c', stageId: 's2', name: 'C', kind: 'human', channel: 'Phone', criteria: [yn('c1'), yn('c2')] },
    ],
  });
  // A: yes yes yes no = 3 of 4 = 75%. B: no = 0 of 1 = 0%. C: yes yes = 2 of 2 = 100%.
  const answers = [
    answer('a', 'c1', yes),
    answer('a', 'c2', yes),
    answer('a', 'c3', yes),
    answer('a', 'c4', no),
    answer('b', 'c1', no),
    answer('c', 'c1', yes),
    answer('c', 'c2', yes),
  ];

  it('pooled: points earned over points possible in every section', () => {
    const s = scoreAudit(def, ALL, answers);
    expect(s.touchpoints.map((t) => t.percent)).toEqual([75, 0, 100]);
    // s1 = (3 + 0) / (4 + 1) = 60%; s2 = 2 / 2 = 100%; overall = 5 / 7 = 71.43%
    expect(s.stages.map((x) => x.key)).toEqual(['s1', 's2']);
    expect(sec(s.stages, 's1').percent).toBeCloseTo(60);
    expect(sec(s.stages, 's2').percent).toBeCloseTo(100);
    expect(s.overall.percent).toBeCloseTo(71.4286, 3);
    // digital = A = 75%; human = B + C = (0 + 2) / (1 + 2) = 66.67%
    expect(s.kinds.map((k) => k.key)).toEqual(['digital', 'human']);
    expect(sec(s.kinds, 'digital').percent).toBeCloseTo(75);
    expect(sec(s.kinds, 'human').percent).toBeCloseTo(66.6667, 3);
    // channels in first-seen order: Web 75, Store 0, Phone 100
    expect(s.channels.map((c) => [c.key, c.percent])).toEqual([
      ['Web', 75],
      ['Store', 0],
      ['Phone', 100],
    ]);
  });

  it('average: the same answers give different, plain means', () => {
    const s = scoreAudit({ ...def, rollup: 'average' }, ALL, answers);
    expect(s.method).toBe('average');
    // s1 = (75 + 0) / 2 = 37.5%; s2 = 100%; overall = mean of stages = (37.5 + 100) / 2 = 68.75% (pooled gave 71.43%)
    expect(sec(s.stages, 's1').percent).toBeCloseTo(37.5);
    expect(sec(s.stages, 's2').percent).toBeCloseTo(100);
    expect(s.overall.percent).toBeCloseTo(68.75);
    // human = mean of B and C = (0 + 100) / 2 = 50% (pooled gave 66.67%)
    expect(sec(s.kinds, 'human').percent).toBeCloseTo(50);
    expect(sec(s.kinds, 'digital').percent).toBeCloseTo(75);
    // the tallies stay sums, for display
    expect(s.overall).toMatchObject({ earned: 5, possible: 7, scored: 7, total: 7, touchpoints: 3 });
  });

  it('average skips touchpoints and stages with no score instead of counting them as 0', () => {
    const s = scoreAudit({ ...def, rollup: 'average' }, ALL, [answer('a', 'c1', yes), answer('b', 'c1', na)]);
    // A = 1 of 1 = 100%, B = no score, C = no score: s1 = 100%, s2 = null, overall = 100%
    expect(sec(s.stages, 's1').percent).toBe(100);
    expect(sec(s.stages, 's2').percent).toBeNull();
    expect(s.overall.percent).toBe(100);
  });

  it('counts only the stages and kinds in scope', () => {
    const onlyTwo = scoreAudit(def, { stageIds: ['s2'], kinds: ['digital', 'human', 'physical'] }, answers);
    expect(onlyTwo.touchpoints.map((t) => t.touchpointId)).toEqual(['c']);
    expect(onlyTwo.stages.map((x) => x.key)).toEqual(['s2']);
    expect(onlyTwo.overall).toMatchObject({ earned: 2, possible: 2, percent: 100, total: 2 });

    const digital = scoreAudit(def, { stageIds: [], kinds: ['digital'] }, answers);
    // only A: 3 of 4 = 75%; s2 stays listed (it is in the stage scope) with no touchpoint and no score
    expect(digital.touchpoints.map((t) => t.touchpointId)).toEqual(['a']);
    expect(digital.kinds.map((k) => k.key)).toEqual(['digital']);
    expect(digital.channels.map((c) => c.key)).toEqual(['Web']);
    expect(digital.overall.percent).toBeCloseTo(75);
    expect(sec(digital.stages, 's2')).toMatchObject({ percent: null, touchpoints: 0, total: 0 });
  });

  it('ignores answers outside the scope and answers that do not fit the scale', () => {
    const s = scoreAudit(def, { stageIds: ['s1'], kinds: ['digital'] }, [
      ...answers,
      answer('a', 'c4', scale(3)),
      answer('zzz', 'c1', yes),
    ]);
    // the later a/c4 answer (a 1-5 value on a yes/no) replaces "no" and does not fit: unanswered. A = 3 of 3 = 100%
    expect(tp(s, 'a')).toMatchObject({ percent: 100, unanswered: 1 });
  });
});
