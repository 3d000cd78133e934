import { describe, expect, it } from 'vitest';
import type { Answer, AnswerValue, AuditScope } from '../../../shared/domain/audit';
import {
  templateDefinitionSchema,
  type TemplateDefinition,
  type TemplateDefinitionInput,
} from '../../../shared/domain/template';
import {
  explainAudit,
  explanationAddsUp,
  type CriterionLine,
  type ScoreExplanation,
} from '../../../shared/scoring/explain-score';
import { scoreAudit } from '../../../shared/scoring/score-audit';

// Every expected number below is computed by hand in the comment beside it.
const ALL: AuditScope = { stageIds: [], kinds: ['digital', 'human', 'physical'] };
const a = (touchpointId: string, criterionId: string, value: AnswerValue | null): Answer => ({
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
const option = (optionId: string): AnswerValue => ({ kind: 'option', optionId });

function template(parts: Partial<TemplateDefinitionInput>): TemplateDefinition {
  return templateDefinitionSchema.parse({
    format: 'journey-audit.template',
    formatVersion: 1,
    name: 'Explainer test',
    language: 'en',
    stages: [{ id: 's1', name: 'Stage 1' }],
    touchpoints: [],
    ...parts,
  });
}
const line = (e: ScoreExplanation, tp: string, c: string): CriterionLine =>
  e.touchpoints.find((t) => t.touchpointId === tp)!.criteria.find((x) => x.criterionId === c)!;
const tpOf = (e: ScoreExplanation, tp: string) => e.touchpoints.find((t) => t.touchpointId === tp)!;
const stageOf = (e: ScoreExplanation, s: string) => e.stages.find((t) => t.stageId === s)!;

/** The other method's score, straight from the engine: the explainer must print exactly this. */
function otherFromEngine(def: TemplateDefinition, scope: AuditScope, answers: Answer[]): number | null {
  return scoreAudit({ ...def, rollup: def.rollup === 'pooled' ? 'average' : 'pooled' }, scope, answers).overall.percent;
}

describe("explainAudit: the README's worked example", () => {
  const def = template({
    stages: [{ id: 'visit', name: 'Visit' }],
    touchpoints: [
      {
        id: 'website',
        stageId: 'visit',
        name: 'Website',
        kind: 'digital',
        channel: 'Web',
        criteria: [
          { id: 'price', question: 'Full price shown', scale: { type: 'yesno' }, weight: 3 },
          { id: 'ease', question: 'Ease of booking', scale: { type: 'scale5' } },
          { id: 'chat', question: 'Live chat offered', scale: { type: 'yesno' } },
        ],
      },
      {
        id: 'desk',
        stageId: 'visit',
        name: 'Front desk',
        kind: 'human',
        channel: 'Branch',
        criteria: [
          { id: 'greet', question: 'Greeted within 30 s', scale: { type: 'yesno' } },
          { id: 'wait', question: 'How short the wait was', scale: { type: 'scale10' } },
        ],
      },
    ],
  });
  const answers = [
    a('website', 'price', yes),
    a('website', 'ease', scale(3)),
    a('website', 'chat', na),
    a('desk', 'greet', no),
    a('desk', 'wait', scale(3)),
  ];

  it('prints every line of the README table', () => {
    const e = explainAudit(def, ALL, answers);
    // price: yes = 1 of 1, weight 3 -> 3 of 3
    expect(line(e, 'website', 'price')).toMatchObject({
      answer: yes,
      state: 'scored',
      rawEarned: 1,
      rawPossible: 1,
      baseWeight: 3,
      multiplier: 1,
      weight: 3,
      earned: 3,
      possible: 3,
    });
    // ease: 3 on 1-5 = 2 of 4, weight 1 -> 0.5 of 1
    expect(line(e, 'website', 'ease')).toMatchObject({
      rawEarned: 2,
      rawPossible: 4,
      weight: 1,
      earned: 0.5,
      possible: 1,
    });
    // chat: N/A -> left out of both
    expect(line(e, 'website', 'chat')).toMatchObject({ state: 'na', earned: null, possible: null, answer: na });
    // greet: no = 0 of 1 -> 0 of 1
    expect(line(e, 'desk', 'greet')).toMatchObject({ rawEarned: 0, rawPossible: 1, earned: 0, possible: 1 });
    // wait: 3 on 0-10 = 3 of 10 -> 0.3 of 1
    expect(line(e, 'desk', 'wait').rawEarned).toBe(3);
    expect(line(e, 'desk', 'wait').rawPossible).toBe(10);
    expect(line(e, 'desk', 'wait').earned).toBeCloseTo(0.3, 12);
    // Website: 3.5 / 4 = 87.5%; Front desk: 0.3 / 2 = 15%
    expect(tpOf(e, 'website')).toMatchObject({ earned: 3.5, possible: 4, percent: 87.5, knockedOut: false });
    expect(tpOf(e, 'desk').percent).toBeCloseTo(15, 12);
    // pooled: 3.8 / 6 = 63.333...%; the other method (average): (87.5 + 15) / 2 = 51.25%
    expect(e.method).toBe('pooled');
    expect(e.otherMethod).toBe('average');
    expect(e.overall.earned).toBeCloseTo(3.8, 12);
    expect(e.overall.possible).toBe(6);
    expect(e.overall.percent).toBeCloseTo(63.3333333, 6);
    expect(e.otherPercent).toBeCloseTo(51.25, 12);
    expect(e.otherPercent).toBe(otherFromEngine(def, ALL, answers));
    expect(e.counts).toEqual({ scored: 4, na: 1, unanswered: 0, total: 5 });
    expect(e.knockouts).toEqual([]);
    expect(explanationAddsUp(e)).toBe(true);
  });

  it('with "greeted" critical: the front desk is knocked out, 0% beside its calculated 15%', () => {
    const critical = template({
      ...def,
      touchpoints: def.touchpoints.map((tp) => ({
        ...tp,
        criteria: tp.criteria.map((c) => (c.id === 'greet' ? { ...c, critical: true } : c)),
      })),
    });
    const e = explainAudit(critical, ALL, answers);
    expect(line(e, 'desk', 'greet')).toMatchObject({ critical: true, criticalFailed: true });
    expect(tpOf(e, 'desk')).toMatchObject({ knockedOut: true, percent: 0 });
    expect(tpOf(e, 'desk').calculatedPercent).toBeCloseTo(15, 12);
    expect(e.knockouts).toHaveLength(1);
    expect(e.knockouts[0]).toMatchObject({ touchpointId: 'desk', name: 'Front desk', criterionIds: ['greet'] });
    expect(e.knockouts[0]!.calculatedPercent).toBeCloseTo(15, 12);
    // pooled: (3.5 + 0) / 6 = 58.333...%; average: (87.5 + 0) / 2 = 43.75%
    expect(e.overall.percent).toBeCloseTo(58.3333333, 6);
    expect(e.otherPercent).toBeCloseTo(43.75, 12);
    expect(e.otherPercent).toBe(otherFromEngine(critical, ALL, answers));
    expect(explanationAddsUp(e)).toBe(true);
  });
});

describe('explainAudit: hand-built audit B (weights, N/A, unanswered, moment of truth x2, options)', () => {
  const def = template({
    momentOfTruthMultiplier: 2,
    stages: [
      { id: 's1', name: 'Store' },
      { id: 's2', name: 'After' },
    ],
    touchpoints: [
      {
        id: 'checkout',
        stageId: 's1',
        name: 'Checkout',
        kind: 'digital',
        channel: 'Web',
        momentOfTruth: true,
        criteria: [
          { id: 'c1', question: 'Total shown', scale: { type: 'yesno' }, weight: 2 },
          { id: 'c2', question: 'Speed', scale: { type: 'scale10' }, weight: 1 },
          { id: 'c3', question: 'Receipt', scale: { type: 'yesno' }, weight: 1 },
        ],
      },
      {
        id: 'signage',
        stageId: 's1',
        name: 'Signage',
        kind: 'physical',
        channel: 'Store',
        criteria: [
          { id: 'c1', question: 'Clear', scale: { type: 'scale5' }, weight: 3 },
          {
            id: 'c2',
            question: 'Lit',
            scale: {
              type: 'options',
              options: [
                { id: 'poor', label: 'Poor', points: 0 },
                { id: 'ok', label: 'OK', points: 1 },
                { id: 'good', label: 'Good', points: 2 },
              ],
            },
          },
          { id: 'c3', question: 'Bilingual', scale: { type: 'yesno' } },
        ],
      },
      {
        id: 'call',
        stageId: 's2',
        name: 'Follow-up call',
        kind: 'human',
        channel: 'Phone',
        criteria: [
          { id: 'c1', question: 'Name used', scale: { type: 'yesno' } },
          { id: 'c2', question: 'Courtesy', scale: { type: 'scale5' } },
        ],
      },
    ],
  });
  const answers = [
    a('checkout', 'c1', yes),
    a('checkout', 'c2', scale(6)),
    // checkout c3 never answered
    a('signage', 'c1', scale(2)),
    a('signage', 'c2', option('ok')),
    a('signage', 'c3', na),
    a('call', 'c1', no),
    a('call', 'c2', scale(5)),
  ];
  const e = explainAudit(def, ALL, answers);

  it('applies the multiplier on the moment of truth only', () => {
    // checkout c1: yes 1 of 1, weight 2 x 2 = 4 -> 4 of 4
    expect(line(e, 'checkout', 'c1')).toMatchObject({
      baseWeight: 2,
      multiplier: 2,
      weight: 4,
      earned: 4,
      possible: 4,
      rawEarned: 1,
      rawPossible: 1,
    });
    // checkout c2: 6 of 10, weight 1 x 2 = 2 -> 1.2 of 2
    expect(line(e, 'checkout', 'c2')).toMatchObject({ rawEarned: 6, rawPossible: 10, weight: 2, possible: 2 });
    expect(line(e, 'checkout', 'c2').earned).toBeCloseTo(1.2, 12);
    // checkout c3: unanswered, left out
    expect(line(e, 'checkout', 'c3')).toMatchObject({
      state: 'unanswered',
      answer: null,
      earned: null,
      possible: null,
    });
    // signage c1: "2" on 1-5 = 1 of 4, weight 3 (no multiplier) -> 0.75 of 3
    expect(line(e, 'signage', 'c1')).toMatchObject({
      multiplier: 1,
      weight: 3,
      rawEarned: 1,
      rawPossible: 4,
      earned: 0.75,
      possible: 3,
    });
    // signage c2: "OK" = 1 of the best option's 2 -> 0.5 of 1
    expect(line(e, 'signage', 'c2')).toMatchObject({ rawEarned: 1, rawPossible: 2, earned: 0.5, possible: 1 });
    expect(line(e, 'signage', 'c3').state).toBe('na');
    // call: no 0 of 1; 5 on 1-5 = 4 of 4 -> 1 of 1
    expect(line(e, 'call', 'c1')).toMatchObject({ earned: 0, possible: 1 });
    expect(line(e, 'call', 'c2')).toMatchObject({ rawEarned: 4, rawPossible: 4, earned: 1, possible: 1 });
  });

  it('adds up touchpoints, stages and the overall score, and gives the other method', () => {
    // checkout 5.2 / 6 = 86.667%; signage 1.25 / 4 = 31.25%; call 1 / 2 = 50%
    expect(tpOf(e, 'checkout').earned).toBeCloseTo(5.2, 12);
    expect(tpOf(e, 'checkout').possible).toBe(6);
    expect(tpOf(e, 'checkout').percent).toBeCloseTo(86.6666667, 6);
    expect(tpOf(e, 'signage')).toMatchObject({ earned: 1.25, possible: 4, percent: 31.25 });
    expect(tpOf(e, 'call')).toMatchObject({ earned: 1, possible: 2, percent: 50 });
    // stage s1 pooled: 6.45 / 10 = 64.5%; s2: 50%
    expect(stageOf(e, 's1').earned).toBeCloseTo(6.45, 12);
    expect(stageOf(e, 's1').possible).toBe(10);
    expect(stageOf(e, 's1').percent).toBeCloseTo(64.5, 12);
    expect(stageOf(e, 's1').touchpointPercents).toHaveLength(2);
    // overall pooled: 7.45 / 12 = 62.083%
    expect(e.overall.percent).toBeCloseTo(62.0833333, 6);
    // average: s1 = (86.667 + 31.25) / 2 = 58.958; s2 = 50; overall (58.958 + 50) / 2 = 54.479%
    expect(e.otherPercent).toBeCloseTo(54.4791667, 6);
    expect(e.otherPercent).toBe(otherFromEngine(def, ALL, answers));
    expect(e.counts).toEqual({ scored: 6, na: 1, unanswered: 1, total: 8 });
    expect(explanationAddsUp(e)).toBe(true);
  });
});

describe('explainAudit: hand-built audit C (average method, knock-out on a moment of truth x3, no-score touchpoint)', () => {
  const def = template({
    rollup: 'average',
    momentOfTruthMultiplier: 3,
    stages: [
      { id: 's1', name: 'Branch' },
      { id: 's2', name: 'After' },
    ],
    touchpoints: [
      {
        id: 'counter',
        stageId: 's1',
        name: 'Counter',
        kind: 'human',
        channel: 'Branch',
        momentOfTruth: true,
        criteria: [
          { id: 'id-checked', question: 'ID checked', scale: { type: 'yesno' }, critical: true },
          { id: 'clarity', question: 'Clarity', scale: { type: 'scale10' }, weight: 2 },
        ],
      },
      {
        id: 'web',
        stageId: 's1',
        name: 'Website',
        kind: 'digital',
        channel: 'Web',
        criteria: [
          { id: 'hours', question: 'Hours', scale: { type: 'yesno' } },
          { id: 'ease', question: 'Ease', scale: { type: 'scale5' } },
        ],
      },
      {
        id: 'email',
        stageId: 's2',
        name: 'E-mail',
        kind: 'digital',
        channel: 'E-mail',
        criteria: [
          { id: 'sent', question: 'Sent', scale: { type: 'yesno' } },
          { id: 'tone', question: 'Tone', scale: { type: 'scale5' } },
        ],
      },
    ],
  });
  const answers = [
    a('counter', 'id-checked', no),
    a('counter', 'clarity', scale(8)),
    a('web', 'hours', yes),
    a('web', 'ease', scale(4)),
    a('email', 'sent', na),
    a('email', 'tone', null),
  ];
  const e = explainAudit(def, ALL, answers);

  it('shows the knock-out with the calculated score beside the capped one', () => {
    // id-checked: no, 0 of 1, weight 1 x 3 = 3 -> 0 of 3, critical and failed
    expect(line(e, 'counter', 'id-checked')).toMatchObject({
      weight: 3,
      earned: 0,
      possible: 3,
      critical: true,
      criticalFailed: true,
    });
    // clarity: 8 of 10, weight 2 x 3 = 6 -> 4.8 of 6
    expect(line(e, 'counter', 'clarity')).toMatchObject({ baseWeight: 2, multiplier: 3, weight: 6, possible: 6 });
    expect(line(e, 'counter', 'clarity').earned).toBeCloseTo(4.8, 12);
    // counter: calculated 4.8 / 9 = 53.333%, counts as 0%
    expect(tpOf(e, 'counter')).toMatchObject({ knockedOut: true, percent: 0, possible: 9 });
    expect(tpOf(e, 'counter').calculatedPercent).toBeCloseTo(53.3333333, 6);
    expect(e.knockouts).toHaveLength(1);
    expect(e.knockouts[0]!.calculatedPercent).toBeCloseTo(53.3333333, 6);
  });

  it('rolls up by the average method and gives the pooled score as the other', () => {
    // web: (1 + 0.75) / 2 = 87.5%; e-mail: N/A and unanswered only -> no score
    expect(tpOf(e, 'web').percent).toBe(87.5);
    expect(tpOf(e, 'email')).toMatchObject({ percent: null, calculatedPercent: null, possible: 0 });
    // s1 = mean(0, 87.5) = 43.75; s2 no score; overall = 43.75 (s2 skipped)
    expect(stageOf(e, 's1').touchpointPercents).toEqual([0, 87.5]);
    expect(stageOf(e, 's1').percent).toBe(43.75);
    expect(stageOf(e, 's2').percent).toBeNull();
    expect(e.overall.stagePercents).toEqual([43.75]);
    expect(e.overall.percent).toBe(43.75);
    // pooled: (0 + 1.75) / (9 + 2) = 15.909%
    expect(e.otherMethod).toBe('pooled');
    expect(e.otherPercent).toBeCloseTo(15.9090909, 6);
    expect(e.otherPercent).toBe(otherFromEngine(def, ALL, answers));
    expect(e.counts).toEqual({ scored: 4, na: 1, unanswered: 1, total: 6 });
    expect(explanationAddsUp(e)).toBe(true);
  });
});

describe('explainAudit: hand-built audit D (weight 0, per-channel, a critical item passing at half, scope)', () => {
  const def = template({
    momentOfTruthMultiplier: 1.5,
    touchpoints: [
      {
        id: 'app',
        stageId: 's1',
        name: 'App',
        kind: 'digital',
        channel: 'App',
        momentOfTruth: true,
        criteria: [
          { id: 'hours', question: 'Hours', scale: { type: 'perChannel', channels: ['Web', 'Phone'] } },
          { id: 'banner', question: 'Banner', scale: { type: 'yesno' }, weight: 0 },
          { id: 'login', question: 'Login', scale: { type: 'scale5' }, weight: 2, critical: true },
        ],
      },
      {
        id: 'phone',
        stageId: 's1',
        name: 'Phone',
        kind: 'human',
        channel: 'Phone',
        criteria: [
          { id: 'wait', question: 'Wait', scale: { type: 'scale10' } },
          {
            id: 'solved',
            question: 'Solved',
            scale: {
              type: 'options',
              options: [
                { id: 'no', label: 'No', points: 0 },
                { id: 'partly', label: 'Partly', points: 1 },
                { id: 'yes', label: 'Yes', points: 3 },
              ],
            },
            weight: 2,
          },
        ],
      },
      {
        id: 'store',
        stageId: 's1',
        name: 'Store',
        kind: 'physical',
        channel: 'Store',
        criteria: [{ id: 'clean', question: 'Clean', scale: { type: 'yesno' } }],
      },
    ],
  });
  const scope: AuditScope = { stageIds: [], kinds: ['digital', 'human'] };
  const answers = [
    a('app', 'hours', { kind: 'channels', values: { Web: '9am', Phone: '9 am' } }),
    a('app', 'banner', no),
    a('app', 'login', scale(3)),
    a('phone', 'wait', scale(0)),
    a('phone', 'solved', option('partly')),
    a('store', 'clean', no),
  ];
  const e = explainAudit(def, scope, answers);

  it('prints each line', () => {
    const hours = line(e, 'app', 'hours');
    expect(hours.weight).toBe(1.5);
    // "9am" vs "9 am" are different texts after normalising (spaces are kept as one space): disagreement, 0 of 1
    expect(hours).toMatchObject({ rawEarned: 0, rawPossible: 1, earned: 0, possible: 1.5 });
    // banner: weight 0 -> counts in neither, though answered
    expect(line(e, 'app', 'banner')).toMatchObject({ state: 'scored', weight: 0, earned: 0, possible: 0 });
    // login: 3 on 1-5 = 2 of 4 (exactly half: not a fail), weight 2 x 1.5 = 3 -> 1.5 of 3
    expect(line(e, 'app', 'login')).toMatchObject({
      rawEarned: 2,
      rawPossible: 4,
      weight: 3,
      earned: 1.5,
      possible: 3,
      critical: true,
      criticalFailed: false,
    });
    // wait: 0 of 10 -> 0 of 1; solved: "partly" 1 of 3, weight 2 -> 0.667 of 2
    expect(line(e, 'phone', 'wait')).toMatchObject({ earned: 0, possible: 1 });
    expect(line(e, 'phone', 'solved').earned).toBeCloseTo(2 / 3, 12);
    expect(line(e, 'phone', 'solved').possible).toBe(2);
    // the physical store is out of scope: not in the explanation at all
    expect(e.touchpoints.map((t) => t.touchpointId)).toEqual(['app', 'phone']);
  });

  it('adds up: app 1.5 / 4.5, phone 0.667 / 3, overall pooled 2.1667 / 7.5', () => {
    expect(tpOf(e, 'app').percent).toBeCloseTo(33.3333333, 6);
    expect(tpOf(e, 'phone').percent).toBeCloseTo(22.2222222, 6);
    // pooled: (1.5 + 0.6667) / (4.5 + 3) = 2.16667 / 7.5 = 28.889%
    expect(e.overall.percent).toBeCloseTo(28.8888889, 6);
    // average: (33.333 + 22.222) / 2 = 27.778%
    expect(e.otherPercent).toBeCloseTo(27.7777778, 6);
    expect(e.otherPercent).toBe(otherFromEngine(def, scope, answers));
    expect(e.knockouts).toEqual([]);
    expect(explanationAddsUp(e)).toBe(true);
  });

  it('a tampered line no longer adds up', () => {
    const bad: ScoreExplanation = structuredClone(e);
    bad.touchpoints[1]!.criteria[0]!.earned = 0.5;
    expect(explanationAddsUp(bad)).toBe(false);
  });
});
