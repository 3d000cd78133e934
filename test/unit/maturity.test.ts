import { describe, expect, it } from 'vitest';
import type { Answer, AnswerValue } from '../../shared/domain/audit';
import {
  templateDefinitionSchema,
  type TemplateDefinition,
  type TemplateDefinitionInput,
} from '../../shared/domain/template';
import { computeMetrics } from '../../shared/metrics/compute-metrics';
import { assessMaturity, type Maturity } from '../../shared/reports/maturity';
import { reportHighlights } from '../../shared/reports/report-highlights';
import { scoreAudit } from '../../shared/scoring/score-audit';

/*
 * Hand-built audits: every criterion is yes/no of weight 1 unless said, pooled, multiplier 1.
 * A touchpoint's percentage is then simply its share of "yes".
 */
type Family = 'best-practice' | 'bad-practice' | 'continuity' | 'consistency' | 'general';
interface Tp {
  id: string;
  stage: 'aware' | 'buy' | 'care';
  kind: 'digital' | 'human' | 'physical';
  mot?: boolean;
  /** One criterion per entry: its family and the answer (true = yes, false = no, 'na'); `!` marks it critical. */
  criteria: [Family, boolean | 'na', '!'?][];
}

function definition(tps: Tp[], extra: TemplateDefinitionInput['touchpoints'] = []): TemplateDefinition {
  return templateDefinitionSchema.parse({
    format: 'journey-audit.template',
    formatVersion: 1,
    name: 'Maturity test',
    language: 'en',
    stages: [
      { id: 'aware', name: 'Awareness' },
      { id: 'buy', name: 'Purchase' },
      { id: 'care', name: 'Service' },
    ],
    touchpoints: [
      ...tps.map((tp) => ({
        id: tp.id,
        stageId: tp.stage,
        name: tp.id,
        kind: tp.kind,
        channel: tp.kind === 'digital' ? 'Web' : tp.kind === 'human' ? 'Phone' : 'Store',
        momentOfTruth: tp.mot ?? false,
        criteria: tp.criteria.map(([family, , critical], i) => ({
          id: `c${i}`,
          question: `q${i}`,
          family,
          scale: { type: 'yesno' },
          critical: critical === '!',
        })),
      })),
      ...extra,
    ],
  });
}

function answersOf(tps: Tp[]): Answer[] {
  return tps.flatMap((tp) =>
    tp.criteria.map(([, a], i) => ({
      touchpointId: tp.id,
      criterionId: `c${i}`,
      value: (a === 'na' ? { kind: 'na' } : { kind: 'yesno', value: a }) as AnswerValue,
      note: '',
      updatedAt: '',
    })),
  );
}

const SCOPE = { stageIds: [], kinds: ['digital', 'human', 'physical'] as ('digital' | 'human' | 'physical')[] };

function assess(
  tps: Tp[],
  metrics: Parameters<typeof computeMetrics>[0] | null = null,
  extraAnswers: Answer[] = [],
  extra: TemplateDefinitionInput['touchpoints'] = [],
): Maturity {
  const def = definition(tps, extra);
  const score = scoreAudit(def, SCOPE, [...answersOf(tps), ...extraAnswers]);
  return assessMaturity({ definition: def, score, metrics: metrics ? computeMetrics(metrics) : null });
}

const unmet = (m: Maturity) => m.reasons.filter((r) => !r.met).map((r) => `${r.stage}:${r.key}`);
const yes = (family: Family = 'best-practice'): [Family, boolean] => [family, true];
const no = (family: Family = 'best-practice'): [Family, boolean] => [family, false];

/** A journey that works everywhere, continuity and consistency included. */
const EXCELLENT: Tp[] = [
  { id: 'site', stage: 'aware', kind: 'digital', criteria: [yes(), yes(), yes('consistency')] },
  {
    id: 'call',
    stage: 'buy',
    kind: 'human',
    mot: true,
    criteria: [yes(), yes('continuity'), yes('continuity'), ['general', true, '!']],
  },
  { id: 'shop', stage: 'buy', kind: 'physical', criteria: [yes(), yes(), yes(), yes(), no()] },
  { id: 'chat', stage: 'care', kind: 'digital', criteria: [yes('continuity'), yes('consistency'), yes()] },
  { id: 'desk', stage: 'care', kind: 'human', criteria: [yes(), yes(), yes(), yes()] },
];

describe('CX maturity from an audit', () => {
  it('places a journey that works everywhere at stage 4, journey-optimised, with every gate met', () => {
    const m = assess(EXCELLENT);
    // 18 of 19 criteria "yes": overall 94.7%; weakest stage "Purchase" = 8 of 9 = 88.9%; kinds 100 / 100 / 80.
    expect(m.stage).toBe(4);
    expect(m.limited).toBe(false);
    expect(unmet(m)).toEqual([]);
    expect(m.signals.overall).toBeCloseTo((18 / 19) * 100, 6);
    expect(m.signals.kindSpread).toBeCloseTo(20, 6);
    expect(m.signals.weakestStage).toMatchObject({ key: 'buy', name: 'Purchase' });
    expect(m.signals.weakestStage!.percent).toBeCloseTo((8 / 9) * 100, 6);
    expect(m.signals.continuity).toEqual({ percent: 100, scored: 3, failed: 0 });
    expect(m.signals.consistency).toEqual({ percent: 100, scored: 2, failed: 0 });
    expect(m.reasons.map((r) => `${r.stage}:${r.key}`)).toEqual([
      '2:failingShare',
      '2:overall',
      '3:continuity',
      '3:consistency',
      '3:kindBalance',
      '4:overall',
      '4:weakestStage',
      '4:failingShare',
      '4:knockouts',
      '4:failingMoments',
    ]);
  });

  it('stops at stage 3 when the journey works across channels but is not yet good enough as a whole', () => {
    const threeOfFour = (family: Family): Tp['criteria'] => [yes(family), yes(), yes(), no()];
    const tps: Tp[] = [
      { id: 'site', stage: 'aware', kind: 'digital', criteria: threeOfFour('consistency') },
      { id: 'call', stage: 'buy', kind: 'human', mot: true, criteria: threeOfFour('continuity') },
      { id: 'shop', stage: 'buy', kind: 'physical', criteria: threeOfFour('best-practice') },
      { id: 'chat', stage: 'care', kind: 'digital', criteria: threeOfFour('continuity') },
    ];
    // Every touchpoint, stage and kind at 75%: balanced, nothing fails, but 75% < 80% overall.
    const m = assess(tps);
    expect(m.signals.overall).toBe(75);
    expect(m.signals.kindSpread).toBe(0);
    expect(m.stage).toBe(3);
    expect(unmet(m)).toEqual(['4:overall']);
    expect(m.reasons.find((r) => r.stage === 4 && r.key === 'overall')!.params).toEqual({ percent: 75, limit: 80 });
  });

  it('drops to stage 2 when a moment of truth is knocked out: its kind falls behind, and stage 4 is out of reach', () => {
    const tps = EXCELLENT.map((tp) =>
      tp.id === 'call'
        ? {
            ...tp,
            criteria: [yes(), yes('continuity'), yes('continuity'), ['general', false, '!'] as Tp['criteria'][number]],
          }
        : tp,
    );
    const m = assess(tps);
    // The call centre scores 0% (knock-out): 1 of 5 touchpoints fails (20%); overall (3 + 0 + 4 + 3 + 4) / 19 = 73.7%;
    // human = (0 + 4) / 8 = 50% against digital 100%: 50 points apart.
    expect(m.signals.knockouts).toBe(1);
    expect(m.signals.failingMoments).toBe(1);
    expect(m.signals.failingShare).toBeCloseTo(20, 6);
    expect(m.signals.overall).toBeCloseTo((14 / 19) * 100, 6);
    expect(m.stage).toBe(2);
    expect(unmet(m)).toEqual([
      '3:kindBalance',
      '4:overall',
      '4:weakestStage',
      '4:failingShare',
      '4:knockouts',
      '4:failingMoments',
    ]);
    expect(m.reasons.find((r) => r.stage === 4 && r.key === 'knockouts')!.params).toEqual({ knockouts: 1 });
    expect(m.reasons.find((r) => r.key === 'failingMoments')!.params).toEqual({ failing: 1, total: 1 });
  });

  it('cannot go above stage 2 when no continuity or consistency criterion was scored', () => {
    const tps: Tp[] = [
      { id: 'site', stage: 'aware', kind: 'digital', criteria: [yes(), yes()] },
      { id: 'call', stage: 'buy', kind: 'human', criteria: [yes(), yes(), ['continuity', 'na']] },
      { id: 'shop', stage: 'care', kind: 'physical', criteria: [yes(), yes()] },
    ];
    const m = assess(tps);
    expect(m.signals.overall).toBe(100);
    expect(m.signals.continuity).toBeNull();
    expect(m.stage).toBe(2);
    expect(unmet(m)).toEqual(['3:crossChannelUnmeasured']);
  });

  it('keeps a siloed client at stage 1: too many touchpoints fail and little is resolved at first contact', () => {
    const tps: Tp[] = [
      { id: 'site', stage: 'aware', kind: 'digital', criteria: [yes(), no(), no()] },
      { id: 'call', stage: 'buy', kind: 'human', criteria: [no(), no('continuity'), yes()] },
      { id: 'shop', stage: 'buy', kind: 'physical', criteria: [yes(), yes()] },
      { id: 'desk', stage: 'care', kind: 'human', criteria: [yes(), no('consistency')] },
    ];
    // site 33.3% and call 33.3% fail: 2 of 4 = 50% > 40%. Overall 5/10 = 50% (meets 50). FCR 30 of 100 = 30% < 50.
    const m = assess(tps, { fcrMode: 'counts', fcrResolved: 30, fcrContacts: 100 });
    expect(m.stage).toBe(1);
    expect(m.signals.failingShare).toBe(50);
    expect(m.signals.fcr).toBe(30);
    expect(unmet(m).filter((k) => k.startsWith('2:'))).toEqual(['2:failingShare', '2:fcr']);
    expect(m.reasons.find((r) => r.stage === 2 && r.key === 'overall')).toMatchObject({
      met: true,
      params: { percent: 50, limit: 50 },
    });
  });

  it('lets a low first-contact resolution alone hold an otherwise excellent journey at stage 1', () => {
    const m = assess(EXCELLENT, { fcrMode: 'percent', fcrPercent: 45 });
    expect(m.stage).toBe(1);
    expect(unmet(m)).toEqual(['2:fcr', '4:fcr']);
    expect(assess(EXCELLENT, { fcrMode: 'percent', fcrPercent: 80 }).stage).toBe(4);
    // 60%: enough for stage 2 (50), not for stage 4 (75).
    expect(assess(EXCELLENT, { fcrMode: 'percent', fcrPercent: 60 }).stage).toBe(3);
  });

  it('holds the client at stage 2 when the kinds of touchpoint are far apart', () => {
    const tps: Tp[] = [
      { id: 'site', stage: 'aware', kind: 'digital', criteria: [yes(), yes(), yes('continuity'), yes('consistency')] },
      { id: 'call', stage: 'buy', kind: 'human', criteria: [yes(), yes(), no(), yes('continuity')] },
      { id: 'shop', stage: 'care', kind: 'physical', criteria: [yes(), no(), no(), yes()] },
    ];
    // digital 100%, human 75%, physical 50%: spread 50 points > 25.
    const m = assess(tps);
    expect(m.signals.kindSpread).toBe(50);
    expect(m.stage).toBe(2);
    expect(m.reasons.find((r) => r.key === 'kindBalance')).toMatchObject({
      met: false,
      params: { spread: 50, weakestKind: 'physical', weakest: 50, strongestKind: 'digital', strongest: 100, limit: 25 },
    });
  });

  it('counts per-channel questions as consistency, a disagreement as a failure', () => {
    const perChannel = [
      {
        id: 'hours',
        stageId: 'care',
        name: 'Opening hours',
        kind: 'digital' as const,
        channel: 'Web',
        criteria: [
          { id: 'h1', question: 'Opening hours', scale: { type: 'perChannel' as const, channels: ['Web', 'Phone'] } },
          {
            id: 'h2',
            question: 'Price of a transfer',
            scale: { type: 'perChannel' as const, channels: ['Web', 'Phone'] },
          },
        ],
      },
    ];
    const extraAnswers: Answer[] = [
      {
        touchpointId: 'hours',
        criterionId: 'h1',
        value: { kind: 'channels', values: { Web: '9-18', Phone: '9 - 18' } },
        note: '',
        updatedAt: '',
      },
      {
        touchpointId: 'hours',
        criterionId: 'h2',
        value: { kind: 'channels', values: { Web: '5 EUR', Phone: 'free' } },
        note: '',
        updatedAt: '',
      },
    ];
    const tps: Tp[] = [
      { id: 'site', stage: 'aware', kind: 'digital', criteria: [yes(), yes('continuity')] },
      { id: 'call', stage: 'buy', kind: 'human', criteria: [yes(), yes()] },
    ];
    const m = assess(tps, null, extraAnswers, perChannel);
    expect(m.signals.consistency).toEqual({ percent: 50, scored: 2, failed: 1 });
    expect(m.signals.channelDisagreements).toBe(1);
    expect(m.stage).toBe(2);
    expect(m.reasons.find((r) => r.key === 'consistency')).toMatchObject({
      met: false,
      params: { percent: 50, disagreements: 1 },
    });
  });

  it('says so when nothing is scored: stage 1, limited', () => {
    const tps: Tp[] = [{ id: 'site', stage: 'aware', kind: 'digital', criteria: [['general', 'na']] }];
    const m = assess(tps);
    expect(m).toMatchObject({ stage: 1, limited: true, reasons: [{ key: 'noScores', met: false }] });
    expect(m.signals.overall).toBeNull();
  });
});

describe('executive summary highlights', () => {
  it('ranks strengths by score and pain points knock-outs first, never the same touchpoint twice', () => {
    const tps: Tp[] = [
      { id: 'site', stage: 'aware', kind: 'digital', criteria: [yes(), yes()] },
      { id: 'call', stage: 'buy', kind: 'human', mot: true, criteria: [yes(), ['general', false, '!']] },
      { id: 'shop', stage: 'buy', kind: 'physical', criteria: [yes(), no(), no()] },
      { id: 'chat', stage: 'care', kind: 'digital', criteria: [yes(), yes(), no()] },
      { id: 'desk', stage: 'care', kind: 'human', mot: true, criteria: [yes(), yes()] },
    ];
    const def = definition(tps);
    const score = scoreAudit(def, SCOPE, answersOf(tps));
    const record = (touchpointId: string, painPoints: string, worked: string, emotion: 1 | 2 | 3 | 4 | 5 | null) => ({
      touchpointId,
      painPoints,
      worked,
      recommendation: '',
      emotion,
      updatedAt: '',
    });
    const { strengths, painPoints } = reportHighlights(def, score, [
      record('site', '', 'Clear prices', 5),
      record('chat', 'Bot loops twice', '', 2),
      record('desk', '', '', 4),
    ]);
    // 100%: desk (moment of truth) before site; then chat 66.7% is a pain point (written), so not a strength.
    expect(strengths.map((h) => h.touchpointId)).toEqual(['desk', 'site']);
    expect(strengths[1]).toMatchObject({ text: 'Clear prices', stageName: 'Awareness', percent: 100 });
    // call: knock-out (0%); shop 33.3% fails; chat has a pain point written.
    expect(painPoints.map((h) => [h.touchpointId, h.knockout])).toEqual([
      ['call', true],
      ['shop', false],
      ['chat', false],
    ]);
    expect(painPoints[2]!.text).toBe('Bot loops twice');
  });
});
