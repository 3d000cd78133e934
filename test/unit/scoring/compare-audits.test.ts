import { describe, expect, it } from 'vitest';
import { auditTrend, compareAudits } from '../../../shared/comparison/compare-audits';
import type { ComparableAudit, Delta } from '../../../shared/comparison/comparison-types';
import type { Answer, AnswerValue, AuditScope, Emotion, TouchpointRecord } from '../../../shared/domain/audit';
import {
  templateDefinitionSchema,
  type TemplateDefinition,
  type TemplateDefinitionInput,
} from '../../../shared/domain/template';
import { scoreAudit } from '../../../shared/scoring/score-audit';

const ALL: AuditScope = { stageIds: [], kinds: ['digital', 'human', 'physical'] };
const yes = { kind: 'yesno', value: true } as const;
const no = { kind: 'yesno', value: false } as const;
const scale = (value: number): AnswerValue => ({ kind: 'scale', value });
const answer = (touchpointId: string, criterionId: string, value: AnswerValue | null): Answer => ({
  touchpointId,
  criterionId,
  value,
  note: '',
  updatedAt: '',
});
const record = (touchpointId: string, emotion: Emotion | null): TouchpointRecord => ({
  touchpointId,
  emotion,
  painPoints: '',
  worked: '',
  recommendation: '',
  updatedAt: '',
});
const parse = (
  input: Omit<TemplateDefinitionInput, 'format' | 'formatVersion' | 'name' | 'language'>,
): TemplateDefinition =>
  templateDefinitionSchema.parse({
    format: 'journey-audit.template',
    formatVersion: 1,
    name: 'Compare test',
    language: 'en',
    ...input,
  });

function audit(
  id: string,
  auditDate: string,
  templateVersionId: string,
  definition: TemplateDefinition,
  answers: Answer[],
  records: TouchpointRecord[] = [],
): ComparableAudit {
  return {
    id,
    title: `Audit ${id}`,
    site: 'Main street',
    auditDate,
    templateVersionId,
    definition,
    scope: ALL,
    answers,
    records,
  };
}

/**
 * Version 1: stage "find" (site: digital/Web, call: human/Phone), stage "buy" (desk: human/Store,
 * moment of truth, greet is critical), stage "after" (survey: digital/Email). All weights 1,
 * moment-of-truth multiplier 2.
 */
const V1 = parse({
  momentOfTruthMultiplier: 2,
  stages: [
    { id: 'find', name: 'Find' },
    { id: 'buy', name: 'Buy' },
    { id: 'after', name: 'After' },
  ],
  touchpoints: [
    {
      id: 'site',
      stageId: 'find',
      name: 'Website',
      kind: 'digital',
      channel: 'Web',
      criteria: [
        { id: 'price', question: 'Price shown?', scale: { type: 'yesno' } },
        { id: 'ease', question: 'Ease of finding hours', scale: { type: 'scale5' } },
      ],
    },
    {
      id: 'call',
      stageId: 'find',
      name: 'Phone call',
      kind: 'human',
      channel: 'Phone',
      criteria: [{ id: 'answer', question: 'Answered in 3 rings?', scale: { type: 'yesno' } }],
    },
    {
      id: 'desk',
      stageId: 'buy',
      name: 'Desk',
      kind: 'human',
      channel: 'Store',
      momentOfTruth: true,
      criteria: [
        { id: 'greet', question: 'Greeted?', scale: { type: 'yesno' }, critical: true },
        { id: 'wait', question: 'Waiting time rating', scale: { type: 'scale10' } },
      ],
    },
    {
      id: 'survey',
      stageId: 'after',
      name: 'Survey',
      kind: 'digital',
      channel: 'Email',
      criteria: [{ id: 'sent', question: 'Survey sent?', scale: { type: 'yesno' } }],
    },
  ],
});

describe('compareAudits: same template version', () => {
  // Baseline: site price no (0 of 1), ease 3 (2 of 4 = 0.5) -> 0.5 / 2 = 25%
  //           call yes -> 1 / 1 = 100%
  //           desk (x2): greet yes 2 of 2, wait 4 of 10 -> 0.8 of 2: 2.8 / 4 = 70%
  //           survey yes -> 100%
  const baseline = audit(
    'a',
    '2024-01-10',
    'v1',
    V1,
    [
      answer('site', 'price', no),
      answer('site', 'ease', scale(3)),
      answer('call', 'answer', yes),
      answer('desk', 'greet', yes),
      answer('desk', 'wait', scale(4)),
      answer('survey', 'sent', yes),
    ],
    [record('site', 2), record('call', 4), record('desk', 1)],
  );
  // Follow-up: site price yes, ease 5 -> 2 / 2 = 100%
  //            call no -> 0%
  //            desk: greet no (critical: knock-out), wait 9 -> 1.8 of 2: calculated 1.8 / 4 = 45%, counts 0
  //            survey no -> 0%
  const followUp = audit(
    'b',
    '2024-05-01',
    'v1',
    V1,
    [
      answer('site', 'price', yes),
      answer('site', 'ease', scale(5)),
      answer('call', 'answer', no),
      answer('desk', 'greet', no),
      answer('desk', 'wait', scale(9)),
      answer('survey', 'sent', no),
    ],
    [record('site', 5), record('call', 3), record('desk', null)],
  );
  const c = compareAudits(baseline, followUp);

  it('lines up every criterion, with nothing added or removed', () => {
    expect(c.sameVersion).toBe(true);
    expect(c.threshold).toBe(5);
    expect(c.method).toBe('pooled');
    expect(c.added).toEqual([]);
    expect(c.removed).toEqual([]);
    expect(c.criteria.map((d) => `${d.touchpointId}/${d.criterionId}`)).toEqual([
      'site/price',
      'site/ease',
      'call/answer',
      'desk/greet',
      'desk/wait',
      'survey/sent',
    ]);
    expect(c.baseline).toEqual({
      id: 'a',
      title: 'Audit a',
      site: 'Main street',
      auditDate: '2024-01-10',
      templateVersionId: 'v1',
    });
  });

  it('gives criterion deltas from each criterion’s own percent', () => {
    const by = (id: string) => c.criteria.find((d) => d.criterionId === id)!;
    // price 0 -> 100; ease 50 -> 100 (5 = 4 of 4); answer 100 -> 0; greet 100 -> 0; wait 40 -> 90
    expect(by('price')).toMatchObject({
      before: 0,
      after: 100,
      change: 100,
      movement: 'improved',
      question: 'Price shown?',
      critical: false,
    });
    expect(by('ease')).toMatchObject({ before: 50, after: 100, change: 50, movement: 'improved' });
    expect(by('answer')).toMatchObject({ before: 100, after: 0, change: -100, movement: 'regressed' });
    expect(by('greet')).toMatchObject({ before: 100, after: 0, movement: 'regressed', critical: true });
    expect(by('wait').change).toBeCloseTo(50);
  });

  it('gives touchpoint deltas, with knock-outs and emotions', () => {
    const by = (id: string) => c.touchpoints.find((d) => d.touchpointId === id)!;
    expect(c.touchpoints.map((d) => d.touchpointId)).toEqual(['site', 'call', 'desk', 'survey']);
    // site 25 -> 100 = +75; call 100 -> 0 = -100; desk 70 -> 0 (knocked out) = -70; survey 100 -> 0 = -100
    expect(by('site')).toMatchObject({
      before: 25,
      after: 100,
      change: 75,
      movement: 'improved',
      name: 'Website',
      kind: 'digital',
      channel: 'Web',
      stageId: 'find',
    });
    expect(by('call')).toMatchObject({ before: 100, after: 0, change: -100, movement: 'regressed' });
    expect(by('desk')).toMatchObject({
      after: 0,
      movement: 'regressed',
      momentOfTruth: true,
      knockoutBefore: false,
      knockoutAfter: true,
    });
    expect(by('desk').before).toBeCloseTo(70);
    expect(by('desk').change).toBeCloseTo(-70);
    expect(by('site')).toMatchObject({ emotionBefore: 2, emotionAfter: 5 });
    expect(by('desk')).toMatchObject({ emotionBefore: 1, emotionAfter: null });
  });

  it('gives stage, kind, channel and overall deltas (pooled)', () => {
    const stage = (key: string) => c.stages.find((d) => d.key === key)!;
    // find: before (0.5 + 1) / (2 + 1) = 50%, after (2 + 0) / 3 = 66.67%: +16.67
    expect(stage('find')).toMatchObject({ label: 'Find', before: 50, movement: 'improved' });
    expect(stage('find').after).toBeCloseTo(66.6667, 3);
    expect(stage('find').change).toBeCloseTo(16.6667, 3);
    // buy: 2.8 / 4 = 70% -> desk knocked out: 0 / 4 = 0%
    expect(stage('buy').before).toBeCloseTo(70);
    expect(stage('buy')).toMatchObject({ after: 0, movement: 'regressed' });
    // after: 100 -> 0
    expect(stage('after')).toMatchObject({ before: 100, after: 0, change: -100 });
    // overall: before (0.5 + 1 + 2.8 + 1) / (2 + 1 + 4 + 1) = 5.3 / 8 = 66.25%; after (2 + 0 + 0 + 0) / 8 = 25%: -41.25
    expect(c.overall).toMatchObject({ key: 'overall', after: 25, movement: 'regressed' });
    expect(c.overall.before).toBeCloseTo(66.25);
    expect(c.overall.change).toBeCloseTo(-41.25);
    // digital (site + survey): before (0.5 + 1) / 3 = 50%, after 2 / 3 = 66.67%
    // human (call + desk): before (1 + 2.8) / 5 = 76%, after 0 / 5 = 0%
    expect(c.kinds.map((d) => d.key)).toEqual(['digital', 'human']);
    expect(c.kinds[0]!.label).toBe('digital');
    expect(c.kinds[0]!.after).toBeCloseTo(66.6667, 3);
    expect(c.kinds[1]!.before).toBeCloseTo(76);
    expect(c.kinds[1]!.change).toBeCloseTo(-76);
    expect(c.channels.map((d) => [d.key, d.label])).toEqual([
      ['Web', 'Web'],
      ['Phone', 'Phone'],
      ['Store', 'Store'],
      ['Email', 'Email'],
    ]);
  });

  it('lets the threshold decide what counts as a movement', () => {
    // site +75: improved at 5, unchanged at 80; call -100 is a regression at both; a change exactly at the threshold counts
    const wide = compareAudits(baseline, followUp, { threshold: 80 });
    expect(wide.threshold).toBe(80);
    expect(wide.touchpoints.find((d) => d.touchpointId === 'site')!.movement).toBe('unchanged');
    expect(wide.touchpoints.find((d) => d.touchpointId === 'call')!.movement).toBe('regressed');
    expect(wide.stages.find((d) => d.key === 'find')!.movement).toBe('unchanged');
    expect(
      compareAudits(baseline, followUp, { threshold: 75 }).touchpoints.find((d) => d.touchpointId === 'site')!.movement,
    ).toBe('improved');
    // wait: 90 - 40 = 50 (with floating-point noise): improved at exactly 50
    expect(
      compareAudits(baseline, followUp, { threshold: 50 }).criteria.find((d) => d.criterionId === 'wait')!.movement,
    ).toBe('improved');
    expect(topIds(wide.topImprovements)).toEqual([]);
  });

  it('lists the top improvements and regressions, largest change first', () => {
    expect(topIds(c.topImprovements)).toEqual(['site']);
    // call -100 and survey -100 (ties keep walk order), then desk -70
    expect(topIds(c.topRegressions)).toEqual(['call', 'survey', 'desk']);
  });

  it('lists moments of truth still failing in the follow-up', () => {
    // desk is knocked out in the follow-up
    expect(topIds(c.stillFailingMomentsOfTruth)).toEqual(['desk']);
    // reversed, desk scores 70% in the "follow-up": not failing
    expect(compareAudits(followUp, baseline).stillFailingMomentsOfTruth).toEqual([]);
  });

  it('draws the emotion curve per stage for both audits', () => {
    // find: before (2 + 4) / 2 = 3, after (5 + 3) / 2 = 4; buy: before 1, after no emotion; after: none in either
    expect(c.emotionCurve).toEqual([
      { stageId: 'find', label: 'Find', before: 3, after: 4 },
      { stageId: 'buy', label: 'Buy', before: 1, after: null },
      { stageId: 'after', label: 'After', before: null, after: null },
    ]);
  });

  it('marks a side with no score as not comparable', () => {
    const blank = audit('c', '2024-06-01', 'v1', V1, []);
    const d = compareAudits(baseline, blank);
    expect(d.overall).toMatchObject({ after: null, change: null, movement: 'not-comparable' } satisfies Partial<Delta>);
    expect(d.topRegressions).toEqual([]);
  });
});

/**
 * Version 2 of the same template: stage "find" renamed "Discover", stage "after" dropped; site gains
 * "chat"; call loses "answer" and gains "callback"; a new touchpoint "app"; desk unchanged. Pooled,
 * multiplier 1 (version 1 was average, multiplier 2 in this test).
 */
const V2 = parse({
  rollup: 'pooled',
  momentOfTruthMultiplier: 1,
  stages: [
    { id: 'find', name: 'Discover' },
    { id: 'buy', name: 'Buy' },
  ],
  touchpoints: [
    {
      id: 'site',
      stageId: 'find',
      name: 'Website',
      kind: 'digital',
      channel: 'Web',
      criteria: [
        { id: 'price', question: 'Price shown?', scale: { type: 'yesno' } },
        { id: 'ease', question: 'Ease of finding hours', scale: { type: 'scale5' } },
        { id: 'chat', question: 'Chat offered?', scale: { type: 'yesno' } },
      ],
    },
    {
      id: 'app',
      stageId: 'find',
      name: 'App',
      kind: 'digital',
      channel: 'App',
      criteria: [{ id: 'login', question: 'Login works?', scale: { type: 'yesno' } }],
    },
    {
      id: 'call',
      stageId: 'find',
      name: 'Phone call',
      kind: 'human',
      channel: 'Phone',
      criteria: [{ id: 'callback', question: 'Callback offered?', scale: { type: 'yesno' } }],
    },
    {
      id: 'desk',
      stageId: 'buy',
      name: 'Desk',
      kind: 'human',
      channel: 'Store',
      momentOfTruth: true,
      criteria: [
        { id: 'greet', question: 'Greeted?', scale: { type: 'yesno' }, critical: true },
        { id: 'wait', question: 'Waiting time rating', scale: { type: 'scale10' } },
      ],
    },
  ],
});
const V1average: TemplateDefinition = { ...V1, rollup: 'average' };

describe('compareAudits: different template versions', () => {
  // Baseline on version 1 (average, x2); same answers as the baseline above.
  const baseline = audit('a', '2024-01-10', 'v1', V1average, [
    answer('site', 'price', no),
    answer('site', 'ease', scale(3)),
    answer('call', 'answer', yes),
    answer('desk', 'greet', yes),
    answer('desk', 'wait', scale(4)),
    answer('survey', 'sent', yes),
  ]);
  // Follow-up on version 2.
  const followUp = audit('c', '2024-09-01', 'v2', V2, [
    answer('site', 'price', yes),
    answer('site', 'ease', scale(4)),
    answer('site', 'chat', no),
    answer('app', 'login', yes),
    answer('call', 'callback', yes),
    answer('desk', 'greet', yes),
    answer('desk', 'wait', scale(6)),
  ]);
  const c = compareAudits(baseline, followUp);

  it('lists what was added and removed, named from its own version', () => {
    expect(c.sameVersion).toBe(false);
    expect(c.added).toEqual([
      { touchpointId: 'site', criterionId: 'chat', touchpointName: 'Website', question: 'Chat offered?' },
      { touchpointId: 'app', criterionId: 'login', touchpointName: 'App', question: 'Login works?' },
      { touchpointId: 'call', criterionId: 'callback', touchpointName: 'Phone call', question: 'Callback offered?' },
    ]);
    expect(c.removed).toEqual([
      { touchpointId: 'call', criterionId: 'answer', touchpointName: 'Phone call', question: 'Answered in 3 rings?' },
      { touchpointId: 'survey', criterionId: 'sent', touchpointName: 'Survey', question: 'Survey sent?' },
    ]);
  });

  it('computes the deltas on the common criteria only, with the follow-up’s method for both', () => {
    // Common: site/price, site/ease, desk/greet, desk/wait. Both sides pooled with multiplier 1 (version 2's).
    // Baseline restricted: site 0 + 0.5 = 0.5 / 2 = 25%; desk 1 + 0.4 = 1.4 / 2 = 70%; overall 1.9 / 4 = 47.5%
    // Follow-up restricted: site 1 + 0.75 = 1.75 / 2 = 87.5% (chat left out); desk 1 + 0.6 = 1.6 / 2 = 80%; overall 3.35 / 4 = 83.75%
    expect(c.method).toBe('pooled');
    expect(c.overall.before).toBeCloseTo(47.5);
    expect(c.overall.after).toBeCloseTo(83.75);
    expect(c.overall.change).toBeCloseTo(36.25);
    expect(c.overall.movement).toBe('improved');
    // (The baseline's own full score, average with x2, is different: site 25, call 100, desk 70, survey 100;
    // find (25 + 100) / 2 = 62.5, buy 70, after 100; overall (62.5 + 70 + 100) / 3 = 77.5.)
    expect(scoreAudit(V1average, ALL, baseline.answers).overall.percent).toBeCloseTo(77.5);

    // only touchpoints with a common criterion: app (all new) and call (nothing in common) are out
    expect(c.touchpoints.map((d) => [d.touchpointId, d.before, d.after])).toEqual([
      ['site', 25, 87.5],
      ['desk', expect.closeTo(70, 6), expect.closeTo(80, 6)],
    ]);
    expect(c.criteria.map((d) => [d.criterionId, d.before, d.after, d.movement])).toEqual([
      ['price', 0, 100, 'improved'],
      ['ease', 50, 75, 'improved'],
      ['greet', 100, 100, 'unchanged'],
      ['wait', expect.closeTo(40, 6), expect.closeTo(60, 6), 'improved'],
    ]);
    // stages: find (labelled from version 2) 25 -> 87.5; buy 70 -> 80. Both sides are scored on version 2's
    // definitions, so "after" (only in version 1, nothing common there) is not a stage of the comparison.
    expect(c.stages.map((d) => [d.key, d.label, d.movement])).toEqual([
      ['find', 'Discover', 'improved'],
      ['buy', 'Buy', 'improved'],
    ]);
    expect(c.stages[0]!.change).toBeCloseTo(62.5);
    expect(c.stages[1]!.change).toBeCloseTo(10);
    // kinds: digital = site 25 -> 87.5; human = desk 70 -> 80
    expect(c.kinds.map((d) => [d.key, d.change])).toEqual([
      ['digital', 62.5],
      ['human', expect.closeTo(10, 6)],
    ]);
    expect(c.channels.map((d) => d.key)).toEqual(['Web', 'Store']);
    expect(c.stillFailingMomentsOfTruth).toEqual([]);
    expect(c.emotionCurve.map((e) => e.label)).toEqual(['Discover', 'Buy']);
  });
});

describe('auditTrend', () => {
  const a = audit('a', '2024-01-10', 'v1', V1, [
    answer('site', 'price', no),
    answer('site', 'ease', scale(3)),
    answer('call', 'answer', yes),
    answer('desk', 'greet', yes),
    answer('desk', 'wait', scale(4)),
    answer('survey', 'sent', yes),
  ]);
  const b = audit('b', '2024-05-01', 'v1', V1, [
    answer('site', 'price', yes),
    answer('site', 'ease', scale(5)),
    answer('call', 'answer', no),
    answer('desk', 'greet', no),
    answer('desk', 'wait', scale(9)),
    answer('survey', 'sent', no),
  ]);
  const c = audit('c', '2024-09-01', 'v2', V2, [
    answer('site', 'price', yes),
    answer('site', 'ease', scale(4)),
    answer('site', 'chat', no),
    answer('app', 'login', yes),
    answer('call', 'callback', yes),
    answer('desk', 'greet', yes),
    answer('desk', 'wait', scale(6)),
  ]);

  it('orders by date and scores each audit in full, with the latest template’s method', () => {
    const trend = auditTrend([c, a, b]);
    expect(trend.method).toBe('pooled');
    expect(trend.audits.map((x) => x.id)).toEqual(['a', 'b', 'c']);
    // All with version 2's multiplier 1, pooled, each on its own full criteria:
    // a: site 0.5/2, call 1/1, desk 1.4/2, survey 1/1 -> 3.9 / 6 = 65%
    // b: site 2/2, call 0/1, desk knocked out 0/2, survey 0/1 -> 2 / 6 = 33.33%
    // c: site (1 + 0.75 + 0) / 3, app 1/1, call 1/1, desk 1.6/2 -> 5.35 / 7 = 76.43%
    const overall = trend.audits.map((x) => x.overall!);
    expect(overall[0]).toBeCloseTo(65);
    expect(overall[1]).toBeCloseTo(33.3333, 3);
    expect(overall[2]).toBeCloseTo(76.4286, 3);
  });

  it('aligns stages (latest order first, then older ones) and kinds with the audits', () => {
    const trend = auditTrend([c, a, b]);
    // find: a (0.5 + 1) / 3 = 50; b 2 / 3 = 66.67; c (1.75 + 1 + 1) / 5 = 75
    // buy: a 1.4 / 2 = 70; b 0; c 1.6 / 2 = 80
    // after: only version 1: a 100, b 0, c none
    expect(trend.stages.map((s) => [s.key, s.label])).toEqual([
      ['find', 'Discover'],
      ['buy', 'Buy'],
      ['after', 'After'],
    ]);
    expect(trend.stages[0]!.values).toEqual([50, expect.closeTo(66.6667, 3), 75]);
    expect(trend.stages[1]!.values).toEqual([expect.closeTo(70, 6), 0, expect.closeTo(80, 6)]);
    expect(trend.stages[2]!.values).toEqual([100, 0, null]);
    // digital: a (0.5 + 1) / 3 = 50; b 2 / 3 = 66.67; c (1.75 + 1) / 4 = 68.75
    // human: a (1 + 1.4) / 3 = 80; b 0 / 3 = 0; c (1 + 1.6) / 3 = 86.67
    expect(trend.kinds.map((k) => k.key)).toEqual(['digital', 'human']);
    expect(trend.kinds[0]!.values).toEqual([50, expect.closeTo(66.6667, 3), 68.75]);
    expect(trend.kinds[1]!.values).toEqual([expect.closeTo(80, 6), 0, expect.closeTo(86.6667, 3)]);
  });

  it('keeps the given order for audits on the same date, and copes with none', () => {
    const sameDay = { ...b, id: 'b2', auditDate: a.auditDate };
    expect(auditTrend([sameDay, a]).audits.map((x) => x.id)).toEqual(['b2', 'a']);
    expect(auditTrend([])).toEqual({ method: 'pooled', audits: [], stages: [], kinds: [] });
  });
});

function topIds(list: readonly { touchpointId: string }[]): string[] {
  return list.map((d) => d.touchpointId);
}

describe('compareAudits: scoring kept per pair of audit objects', () => {
  const answers = (price: typeof yes | typeof no, wait: number) => [
    answer('site', 'price', price),
    answer('site', 'ease', scale(3)),
    answer('call', 'answer', yes),
    answer('desk', 'greet', yes),
    answer('desk', 'wait', scale(wait)),
    answer('survey', 'sent', yes),
  ];
  it('a second threshold on the same objects gives what fresh objects give', () => {
    const base = audit('a', '2024-01-10', 'v1', V1, answers(no, 4));
    const follow = audit('b', '2024-06-10', 'v1', V1, answers(yes, 6));
    const first = compareAudits(base, follow, { threshold: 5 });
    const again = compareAudits(base, follow, { threshold: 30 });
    const fresh = compareAudits({ ...base }, { ...follow }, { threshold: 30 });
    expect(again).toEqual(fresh);
    // Site 25% -> 75%: +50 points is improved at 5 and at 30; the desk 70% -> 80% (+10) only at 5.
    expect(first.touchpoints.find((t) => t.touchpointId === 'desk')?.movement).toBe('improved');
    expect(again.touchpoints.find((t) => t.touchpointId === 'desk')?.movement).toBe('unchanged');
    expect(again.touchpoints.find((t) => t.touchpointId === 'site')?.movement).toBe('improved');
    // One version on both sides: the template explains none of the change.
    expect(again.changeSources.fromTemplate).toBe(0);
    expect(again.definitions.identical).toBe(true);
  });
});
