import { describe, expect, it } from 'vitest';
import { auditTrend, compareAudits, delta } from '../../../shared/comparison/compare-audits';
import type { ComparableAudit } from '../../../shared/comparison/comparison-types';
import { movementOf } from '../../../shared/comparison/movement';
import type { Answer, AuditScope, Emotion, TouchpointRecord } from '../../../shared/domain/audit';
import {
  templateDefinitionSchema,
  type TemplateDefinition,
  type TemplateDefinitionInput,
} from '../../../shared/domain/template';

// Every touchpoint here has one 0-10 question "q": an answer of n scores n * 10 %.
const ALL: AuditScope = { stageIds: [], kinds: ['digital', 'human', 'physical'] };
type Tp = { id: string; stage: string; kind?: 'digital' | 'human' | 'physical'; channel?: string; mot?: boolean };
function definition(stages: [string, string][], tps: Tp[], extra: Partial<TemplateDefinitionInput> = {}) {
  return templateDefinitionSchema.parse({
    format: 'journey-audit.template',
    formatVersion: 1,
    name: 'Edges',
    language: 'en',
    stages: stages.map(([id, name]) => ({ id, name })),
    touchpoints: tps.map((t) => ({
      id: t.id,
      stageId: t.stage,
      name: `TP ${t.id}`,
      kind: t.kind ?? 'human',
      channel: t.channel ?? 'Store',
      momentOfTruth: t.mot ?? false,
      criteria: [{ id: 'q', question: `Question of ${t.id}`, scale: { type: 'scale10' } }],
    })),
    ...extra,
  });
}
const scores = (values: Record<string, number | null>): Answer[] =>
  Object.entries(values).map(([tp, v]) => ({
    touchpointId: tp,
    criterionId: 'q',
    value: v === null ? null : { kind: 'scale', value: v },
    note: '',
    updatedAt: '',
  }));
const feelings = (values: Record<string, Emotion | null>): TouchpointRecord[] =>
  Object.entries(values).map(([touchpointId, emotion]) => ({
    touchpointId,
    emotion,
    painPoints: '',
    worked: '',
    recommendation: '',
    updatedAt: '',
  }));
function audit(
  id: string,
  date: string,
  version: string,
  def: TemplateDefinition,
  answers: Answer[],
  records: TouchpointRecord[] = [],
  scope: AuditScope = ALL,
): ComparableAudit {
  return {
    id,
    title: `Audit ${id}`,
    site: `Site ${id}`,
    auditDate: date,
    templateVersionId: version,
    definition: def,
    scope,
    answers,
    records,
  };
}

describe('delta and movement', () => {
  it('a missing score on either side is not comparable, never a change from 0', () => {
    expect(delta(null, 50, 5)).toEqual({ before: null, after: 50, change: null, movement: 'not-comparable' });
    expect(delta(50, null, 5)).toEqual({ before: 50, after: null, change: null, movement: 'not-comparable' });
    expect(delta(null, null, 5)).toEqual({ before: null, after: null, change: null, movement: 'not-comparable' });
    expect(delta(0, 0, 5)).toEqual({ before: 0, after: 0, change: 0, movement: 'unchanged' });
  });

  it('moves at the threshold either way, within floating-point noise', () => {
    expect(delta(40, 45, 5)).toEqual({ before: 40, after: 45, change: 5, movement: 'improved' });
    expect(delta(45, 40, 5)).toEqual({ before: 45, after: 40, change: -5, movement: 'regressed' });
    expect(delta(40, 44.5, 5).movement).toBe('unchanged');
    expect(delta(40, 44.5, 4.5).movement).toBe('improved');
    expect(movementOf(5 - 1e-9)).toBe('improved');
    expect(movementOf(-5 + 1e-9)).toBe('regressed');
    expect(movementOf(5 - 2e-9)).toBe('unchanged');
    expect(movementOf(-5 + 2e-9)).toBe('unchanged');
    expect(movementOf(null)).toBe('not-comparable');
  });
});

describe('compareAudits: details', () => {
  const stages: [string, string][] = [
    ['s1', 'First'],
    ['s2', 'Second'],
  ];
  const tps: Tp[] = [
    { id: 'a', stage: 's1', kind: 'digital', channel: 'Web' },
    { id: 'b', stage: 's1', kind: 'physical', channel: 'Store', mot: true },
    { id: 'c', stage: 's2', kind: 'human', channel: 'Phone', mot: true },
    { id: 'd', stage: 's2', kind: 'human', channel: 'Store', mot: true },
    { id: 'e', stage: 's2', kind: 'human', channel: 'Phone', mot: true },
    { id: 'f', stage: 's2', kind: 'digital', channel: 'Web' },
    { id: 'g', stage: 's2', kind: 'digital', channel: 'Web' },
  ];
  const def = definition(stages, tps);

  it('names both audits, says whether the version is the same, labels stages by name and kinds in fixed order', () => {
    const base = audit('x', '2027-01-01', 'v1', def, scores({ a: 5 }));
    const follow = audit('y', '2027-02-01', 'v1', def, scores({ a: 6 }));
    const c = compareAudits(base, follow);
    expect(c.baseline).toEqual({
      id: 'x',
      title: 'Audit x',
      site: 'Site x',
      auditDate: '2027-01-01',
      templateVersionId: 'v1',
    });
    expect(c.followUp).toEqual({
      id: 'y',
      title: 'Audit y',
      site: 'Site y',
      auditDate: '2027-02-01',
      templateVersionId: 'v1',
    });
    expect(c.sameVersion).toBe(true);
    expect(c.threshold).toBe(5);
    expect(c.overall).toEqual({
      key: 'overall',
      label: 'overall',
      before: 50,
      after: 60,
      change: 10,
      movement: 'improved',
    });
    expect(c.stages.map((s) => [s.key, s.label, s.before, s.after])).toEqual([
      ['s1', 'First', 50, 60],
      ['s2', 'Second', null, null],
    ]);
    expect(c.kinds.map((k) => [k.key, k.label, k.before, k.after])).toEqual([
      ['digital', 'digital', 50, 60],
      ['human', 'human', null, null],
      ['physical', 'physical', null, null],
    ]);
    expect(c.channels.map((k) => [k.key, k.label, k.movement])).toEqual([
      ['Web', 'Web', 'improved'],
      ['Store', 'Store', 'not-comparable'],
      ['Phone', 'Phone', 'not-comparable'],
    ]);
    expect(c.touchpoints.map((t) => [t.touchpointId, t.name, t.stageId, t.kind, t.channel, t.momentOfTruth])).toEqual(
      tps.map((t) => [t.id, `TP ${t.id}`, t.stage, t.kind, t.channel, t.mot ?? false]),
    );
    expect(c.criteria[0]).toEqual({
      touchpointId: 'a',
      criterionId: 'q',
      question: 'Question of a',
      critical: false,
      before: 50,
      after: 60,
      change: 10,
      movement: 'improved',
    });
    expect(c.criteria[1]).toMatchObject({ touchpointId: 'b', before: null, after: null, movement: 'not-comparable' });
    expect(compareAudits(base, audit('z', '2027-03-01', 'v2', def, [])).sameVersion).toBe(false);
  });

  it('stages are labelled from the follow-up version', () => {
    const renamed = definition(
      [
        ['s1', 'Erste'],
        ['s2', 'Zweite'],
      ],
      tps,
    );
    const c = compareAudits(audit('x', '2027-01-01', 'v1', def, []), audit('y', '2027-02-01', 'v2', renamed, []));
    expect(c.stages.map((s) => s.label)).toEqual(['Erste', 'Zweite']);
    expect(c.emotionCurve.map((s) => s.label)).toEqual(['Erste', 'Zweite']);
  });

  it('top movements: five at most each, largest change first', () => {
    const before = { a: 2, b: 3, c: 9, d: 1, e: 5, f: 0, g: 8 };
    const after = { a: 3, b: 9, c: 2, d: 8, e: 10, f: 4, g: 9 };
    // a +10, b +60, c -70, d +70, e +50, f +40, g +10: six improved, the five largest listed (a before g on a tie)
    const c = compareAudits(
      audit('x', '2027-01-01', 'v1', def, scores(before)),
      audit('y', '2027-02-01', 'v1', def, scores(after)),
    );
    expect(c.topImprovements.map((t) => [t.touchpointId, t.change])).toEqual([
      ['d', 70],
      ['b', 60],
      ['e', 50],
      ['f', 40],
      ['a', 10],
    ]);
    expect(c.topRegressions.map((t) => [t.touchpointId, t.change])).toEqual([['c', -70]]);
    const worse = compareAudits(
      audit('x', '2027-01-01', 'v1', def, scores({ a: 9, b: 9, c: 9, d: 9, e: 9, f: 9, g: 9 })),
      audit('y', '2027-02-01', 'v1', def, scores({ a: 8, b: 1, c: 5, d: 0, e: 3, f: 6, g: 2 })),
    );
    // a -10, b -80, c -40, d -90, e -60, f -30, g -70
    expect(worse.topRegressions.map((t) => t.touchpointId)).toEqual(['d', 'b', 'g', 'e', 'c']);
    expect(worse.topImprovements).toEqual([]);
  });

  it('moments of truth still failing: below 50% or knocked out; exactly 50% or no score is not failing', () => {
    // b (moment) 49 -> below; c (moment) 50 -> not; d (moment) no score; e (moment) 100; a (not a moment) 0.
    const follow = audit(
      'y',
      '2027-02-01',
      'v1',
      def,
      scores({ a: 0, c: 5, d: null, e: 10 }).concat({
        touchpointId: 'b',
        criterionId: 'q',
        value: { kind: 'scale', value: 4 },
        note: '',
        updatedAt: '',
      }),
    );
    const c = compareAudits(audit('x', '2027-01-01', 'v1', def, []), follow);
    expect(c.stillFailingMomentsOfTruth.map((t) => [t.touchpointId, t.after])).toEqual([['b', 40]]);

    const critical = templateDefinitionSchema.parse({
      ...def,
      touchpoints: def.touchpoints.map((tp) =>
        tp.id === 'c'
          ? {
              ...tp,
              criteria: [...tp.criteria, { ...tp.criteria[0]!, id: 'must', critical: true, scale: { type: 'yesno' } }],
            }
          : tp,
      ),
    });
    const knocked = compareAudits(
      audit('x', '2027-01-01', 'v1', critical, []),
      audit('y', '2027-02-01', 'v1', critical, [
        ...scores({ c: 10 }),
        { touchpointId: 'c', criterionId: 'must', value: { kind: 'yesno', value: false }, note: '', updatedAt: '' },
      ]),
    );
    expect(
      knocked.stillFailingMomentsOfTruth.map((t) => [t.touchpointId, t.knockoutAfter, t.knockoutBefore, t.after]),
    ).toEqual([['c', true, false, 0]]);
  });

  it('emotions: per touchpoint as recorded (none is null), per stage the mean of those that have one', () => {
    const base = audit('x', '2027-01-01', 'v1', def, [], feelings({ a: 2, b: null, c: 1, d: 4, e: 4 }));
    const follow = audit('y', '2027-02-01', 'v1', def, [], feelings({ a: 4, b: 5, f: null }));
    const c = compareAudits(base, follow);
    const emo = (id: string) => c.touchpoints.find((t) => t.touchpointId === id)!;
    expect([emo('a').emotionBefore, emo('a').emotionAfter]).toEqual([2, 4]);
    expect([emo('b').emotionBefore, emo('b').emotionAfter]).toEqual([null, 5]);
    expect([emo('c').emotionBefore, emo('c').emotionAfter]).toEqual([1, null]);
    expect([emo('f').emotionBefore, emo('f').emotionAfter]).toEqual([null, null]);
    // s1: before mean(2) = 2, after mean(4, 5) = 4.5; s2: before mean(1, 4, 4) = 3, after none.
    expect(c.emotionCurve).toEqual([
      { stageId: 's1', label: 'First', before: 2, after: 4.5 },
      { stageId: 's2', label: 'Second', before: 3, after: null },
    ]);
  });

  it('the emotion curve follows the follow-up scope; each audit places touchpoints by its own version', () => {
    const moved = definition(
      stages,
      tps.map((t) => (t.id === 'c' ? { ...t, stage: 's1' } : t)),
    );
    const base = audit('x', '2027-01-01', 'v1', def, [], feelings({ a: 2, c: 5 }));
    const follow = audit('y', '2027-02-01', 'v2', moved, [], feelings({ a: 3, c: 4 }));
    // baseline: c is in s2 -> s1 mean(2) = 2, s2 = 5; follow-up: c in s1 -> s1 mean(3, 4) = 3.5.
    expect(compareAudits(base, follow).emotionCurve).toEqual([
      { stageId: 's1', label: 'First', before: 2, after: 3.5 },
      { stageId: 's2', label: 'Second', before: 5, after: null },
    ]);
    const scoped = audit('y', '2027-02-01', 'v2', moved, [], feelings({ a: 3 }), {
      stageIds: ['s2'],
      kinds: ['human'],
    });
    expect(compareAudits(base, scoped).emotionCurve).toEqual([
      { stageId: 's2', label: 'Second', before: 5, after: null },
    ]);
  });

  it('change sources with a side that has no score are null, not 0', () => {
    const c = compareAudits(
      audit('x', '2027-01-01', 'v1', def, []),
      audit('y', '2027-02-01', 'v2', def, scores({ a: 7 })),
    );
    expect(c.changeSources).toEqual({
      baselineOwn: null,
      baselineRescored: null,
      followUp: 70,
      fromAnswers: null,
      fromTemplate: null,
    });
    const back = compareAudits(
      audit('x', '2027-01-01', 'v1', def, scores({ a: 7 })),
      audit('y', '2027-02-01', 'v2', def, []),
    );
    expect(back.changeSources).toEqual({
      baselineOwn: 70,
      baselineRescored: 70,
      followUp: null,
      fromAnswers: null,
      fromTemplate: 0,
    });
  });

  it('like for like: a criterion outside either scope is added or removed, and only common criteria score', () => {
    const base = audit('x', '2027-01-01', 'v1', def, scores({ a: 10, c: 0 }), [], {
      stageIds: ['s1'],
      kinds: ['digital', 'human', 'physical'],
    });
    const follow = audit('y', '2027-02-01', 'v1', def, scores({ a: 5, c: 10 }), [], {
      stageIds: [],
      kinds: ['digital'],
    });
    const c = compareAudits(base, follow);
    // Common: a only (in s1 and digital). b is the baseline's only; f, g the follow-up's only.
    expect(c.removed.map((r) => [r.touchpointId, r.touchpointName, r.question])).toEqual([
      ['b', 'TP b', 'Question of b'],
    ]);
    expect(c.added.map((r) => r.touchpointId)).toEqual(['f', 'g']);
    expect(c.touchpoints.map((t) => t.touchpointId)).toEqual(['a']);
    expect(c.overall).toMatchObject({ before: 100, after: 50, change: -50, movement: 'regressed' });
    expect(c.changeSources).toMatchObject({
      baselineOwn: 100,
      baselineRescored: 100,
      fromTemplate: 0,
      fromAnswers: -50,
    });
  });
});

describe('compareAudits: what differs between versions', () => {
  const stages: [string, string][] = [
    ['s1', 'One'],
    ['s2', 'Two'],
  ];
  const base = definition(stages, [
    { id: 'a', stage: 's1', kind: 'digital', channel: 'Web' },
    { id: 'b', stage: 's1' },
  ]);
  const compare = (follow: TemplateDefinition) =>
    compareAudits(audit('x', '2027-01-01', 'v1', base, []), audit('y', '2027-02-01', 'v2', follow, []));

  it('names each field of a criterion or its touchpoint that differs', () => {
    const follow = definition(stages, [
      { id: 'a', stage: 's2', kind: 'human', channel: 'Phone', mot: true },
      { id: 'b', stage: 's1' },
    ]);
    const c = compare(follow);
    expect(c.definitions.differences).toEqual([
      {
        touchpointId: 'a',
        criterionId: 'q',
        touchpointName: 'TP a',
        question: 'Question of a',
        fields: ['momentOfTruth', 'stage', 'kind', 'channel'],
      },
    ]);
    expect(c.definitions.identical).toBe(false);
    const criteria = structuredClone(base);
    criteria.touchpoints[1]!.criteria[0] = {
      ...criteria.touchpoints[1]!.criteria[0]!,
      scale: { type: 'scale5' },
      weight: 2,
      critical: true,
      allowNa: false,
    };
    expect(compare(criteria).definitions.differences.map((d) => [d.touchpointId, d.fields])).toEqual([
      ['b', ['scale', 'weight', 'critical', 'allowNa']],
    ]);
  });

  it('finds what differs even when a hand-built version shares parts of the other one', () => {
    // Stages (and touchpoint b) shared by reference, touchpoint a rebuilt with the same criterion objects.
    const marked: TemplateDefinition = {
      ...base,
      touchpoints: base.touchpoints.map((tp) => (tp.id === 'a' ? { ...tp, momentOfTruth: true } : tp)),
    };
    expect(compare(marked).definitions.differences.map((d) => [d.touchpointId, d.fields])).toEqual([
      ['a', ['momentOfTruth']],
    ]);
    // Stages shared, every criterion rebuilt with another weight.
    const heavier: TemplateDefinition = {
      ...base,
      touchpoints: base.touchpoints.map((tp) => ({ ...tp, criteria: tp.criteria.map((c) => ({ ...c, weight: 3 })) })),
    };
    expect(compare(heavier).definitions.differences.map((d) => [d.touchpointId, d.fields])).toEqual([
      ['a', ['weight']],
      ['b', ['weight']],
    ]);
  });

  it('the same content in another version is identical; method or multiplier alone make it not identical', () => {
    const copy = definition(stages, [
      { id: 'a', stage: 's1', kind: 'digital', channel: 'Web' },
      { id: 'b', stage: 's1' },
    ]);
    expect(compare(copy).definitions).toEqual({
      usedVersionId: 'v2',
      identical: true,
      differences: [],
      method: { baseline: 'pooled', followUp: 'pooled' },
      momentOfTruthMultiplier: { baseline: 1, followUp: 1 },
    });
    const average = templateDefinitionSchema.parse({ ...copy, rollup: 'average' });
    expect(compare(average).definitions).toMatchObject({
      identical: false,
      differences: [],
      method: { baseline: 'pooled', followUp: 'average' },
    });
    expect(compare(average).method).toBe('average');
    const heavier = templateDefinitionSchema.parse({ ...copy, momentOfTruthMultiplier: 2 });
    expect(compare(heavier).definitions).toMatchObject({
      identical: false,
      differences: [],
      momentOfTruthMultiplier: { baseline: 1, followUp: 2 },
    });
  });
});

describe('auditTrend: order and stages', () => {
  const stages: [string, string][] = [
    ['s1', 'One'],
    ['s2', 'Two'],
    ['old', 'Old stage'],
  ];
  it('audits on one date keep the given order, whichever it is', () => {
    const def = definition(stages.slice(0, 1), [{ id: 'a', stage: 's1' }]);
    const p = audit('p', '2027-01-01', 'v1', def, scores({ a: 1 }));
    const q = audit('q', '2027-01-01', 'v1', def, scores({ a: 2 }));
    const r = audit('r', '2026-12-01', 'v1', def, scores({ a: 3 }));
    expect(auditTrend([p, q, r]).audits.map((x) => [x.id, x.overall])).toEqual([
      ['r', 30],
      ['p', 10],
      ['q', 20],
    ]);
    expect(auditTrend([q, p, r]).audits.map((x) => x.id)).toEqual(['r', 'q', 'p']);
    expect(auditTrend([q, r, p]).audits.map((x) => x.id)).toEqual(['r', 'q', 'p']);
    expect(auditTrend([r, q, p]).audits.map((x) => x.id)).toEqual(['r', 'q', 'p']);
  });

  it('a stage only the oldest audit scored is still a row, after the latest version’s stages', () => {
    const oldest = definition(
      [
        ['old', 'Old stage'],
        ['s1', 'One (old name)'],
      ],
      [
        { id: 'z', stage: 'old' },
        { id: 'a', stage: 's1' },
      ],
    );
    const latest = definition(
      [
        ['s1', 'One'],
        ['s2', 'Two'],
      ],
      [
        { id: 'a', stage: 's1' },
        { id: 'b', stage: 's2' },
      ],
    );
    const t = auditTrend([
      audit('old', '2026-01-01', 'v1', oldest, scores({ z: 3, a: 4 })),
      audit('new', '2027-01-01', 'v2', latest, scores({ a: 6, b: 8 })),
    ]);
    expect(t.stages).toEqual([
      { key: 's1', label: 'One', values: [40, 60] },
      { key: 's2', label: 'Two', values: [null, 80] },
      { key: 'old', label: 'Old stage', values: [30, null] },
    ]);
    expect(t.kinds).toEqual([{ key: 'human', values: [35, 70] }]);
  });
});
