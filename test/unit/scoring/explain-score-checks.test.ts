import { describe, expect, it } from 'vitest';
import type { Answer, AnswerValue, AuditScope } from '../../../shared/domain/audit';
import { templateDefinitionSchema, type TemplateDefinition } from '../../../shared/domain/template';
import {
  explainAudit,
  explanationAddsUp,
  otherMethodOf,
  scoreWithOtherMethod,
  type ScoreExplanation,
} from '../../../shared/scoring/explain-score';

const ALL: AuditScope = { stageIds: [], kinds: ['digital', 'human', 'physical'] };
const a = (touchpointId: string, criterionId: string, value: AnswerValue | null): Answer => ({
  touchpointId,
  criterionId,
  value,
  note: '',
  updatedAt: '',
});
const yes: AnswerValue = { kind: 'yesno', value: true };
const no: AnswerValue = { kind: 'yesno', value: false };

/**
 * Stage "arrive" (named "Arriving"): door (yes/no, yes/no critical) and web (yes/no x2); stage "leave"
 * ("Leaving"): exit (yes/no x2); stage "unused" has no touchpoints.
 */
const def = (rollup: 'pooled' | 'average'): TemplateDefinition =>
  templateDefinitionSchema.parse({
    format: 'journey-audit.template',
    formatVersion: 1,
    name: 'Checks',
    language: 'en',
    rollup,
    stages: [
      { id: 'arrive', name: 'Arriving' },
      { id: 'unused', name: 'Unused' },
      { id: 'leave', name: 'Leaving' },
    ],
    touchpoints: [
      {
        id: 'door',
        stageId: 'arrive',
        name: 'Door',
        kind: 'physical',
        channel: 'Store',
        criteria: [
          { id: 'open', question: 'Open?', scale: { type: 'yesno' } },
          { id: 'safe', question: 'Safe?', scale: { type: 'yesno' }, critical: true },
        ],
      },
      {
        id: 'web',
        stageId: 'arrive',
        name: 'Web',
        kind: 'digital',
        channel: 'Web',
        criteria: [
          { id: 'map', question: 'Map?', scale: { type: 'yesno' } },
          { id: 'hours', question: 'Hours?', scale: { type: 'yesno' } },
        ],
      },
      {
        id: 'exit',
        stageId: 'leave',
        name: 'Exit',
        kind: 'human',
        channel: 'Store',
        criteria: [
          { id: 'bye', question: 'Goodbye?', scale: { type: 'yesno' } },
          { id: 'receipt', question: 'Receipt?', scale: { type: 'yesno' } },
        ],
      },
    ],
  });
// door: open yes, safe no (critical) -> calculated 50%, counts 0%; web: 1 of 2 = 50%; exit: 2 of 2 = 100%.
const answers = [a('door', 'open', yes), a('door', 'safe', no), a('web', 'map', yes), a('web', 'hours', no)];
const withExit = [...answers, a('exit', 'bye', yes), a('exit', 'receipt', yes)];

describe('otherMethodOf and scoreWithOtherMethod', () => {
  it('swap pooled and average', () => {
    expect(otherMethodOf('pooled')).toBe('average');
    expect(otherMethodOf('average')).toBe('pooled');
    expect(scoreWithOtherMethod(def('pooled'), ALL, withExit).method).toBe('average');
    expect(scoreWithOtherMethod(def('average'), ALL, withExit).method).toBe('pooled');
  });
});

describe('explainAudit: stage lines', () => {
  it('each stage lists only its own touchpoints, by its name, skipping those without a score', () => {
    const e = explainAudit(def('average'), ALL, answers);
    // Every stage is a line, named from the template; "leave" has exit, unanswered (no score).
    expect(e.stages.map((s) => [s.stageId, s.name])).toEqual([
      ['arrive', 'Arriving'],
      ['unused', 'Unused'],
      ['leave', 'Leaving'],
    ]);
    expect(e.stages[0]!.touchpointPercents).toEqual([0, 50]);
    expect(e.stages[0]!.percent).toBe(25);
    expect(e.stages[2]!.touchpointPercents).toEqual([]);
    expect(e.stages[2]!.percent).toBeNull();
    expect(e.overall.stagePercents).toEqual([25]);
    expect(e.overall.percent).toBe(25);
    // pooled: (0 + 1) / (2 + 2) = 25% as well; the knocked-out door keeps its possible.
    expect(e.otherPercent).toBe(25);
    expect(e.knockouts).toEqual([
      { touchpointId: 'door', name: 'Door', criterionIds: ['safe'], calculatedPercent: 50 },
    ]);
    expect(explanationAddsUp(e)).toBe(true);
  });

  it('with every stage scored: average (25 + 100) / 2 = 62.5, pooled (0 + 1 + 2) / 6 = 50', () => {
    const e = explainAudit(def('average'), ALL, withExit);
    expect(e.stages.map((s) => s.touchpointPercents)).toEqual([[0, 50], [], [100]]);
    expect(e.overall.stagePercents).toEqual([25, 100]);
    expect(e.overall.percent).toBe(62.5);
    expect(e.otherPercent).toBe(50);
    expect(explanationAddsUp(e)).toBe(true);
    const pooled = explainAudit(def('pooled'), ALL, withExit);
    expect(pooled.overall).toMatchObject({ percent: 50, earned: 3, possible: 6 });
    expect(pooled.otherPercent).toBe(62.5);
    expect(explanationAddsUp(pooled)).toBe(true);
  });
});

describe('explanationAddsUp catches every kind of tampering', () => {
  const tampered = (e: ScoreExplanation, change: (x: ScoreExplanation) => void): boolean => {
    const copy = structuredClone(e);
    change(copy);
    return explanationAddsUp(copy);
  };
  const average = explainAudit(def('average'), ALL, withExit);
  const pooled = explainAudit(def('pooled'), ALL, withExit);
  const door = 0;
  const web = 1;

  it('a touchpoint whose sums differ from its criteria, whatever the method', () => {
    expect(tampered(average, (x) => (x.touchpoints[web]!.earned = 2))).toBe(false);
    expect(tampered(average, (x) => (x.touchpoints[web]!.possible = 3))).toBe(false);
    expect(tampered(pooled, (x) => (x.touchpoints[web]!.earned = 2))).toBe(false);
    expect(tampered(pooled, (x) => (x.touchpoints[web]!.possible = 3))).toBe(false);
    expect(tampered(pooled, (x) => (x.touchpoints[web]!.criteria[1]!.possible = 2))).toBe(false);
  });

  it('a calculated percent, a knock-out cap or its flag that does not follow', () => {
    expect(tampered(pooled, (x) => (x.touchpoints[web]!.calculatedPercent = 60))).toBe(false);
    expect(tampered(pooled, (x) => (x.touchpoints[web]!.calculatedPercent = null))).toBe(false);
    expect(tampered(pooled, (x) => (x.touchpoints[door]!.percent = 50))).toBe(false);
    expect(tampered(pooled, (x) => (x.touchpoints[door]!.knockedOut = false))).toBe(false);
    expect(tampered(pooled, (x) => (x.touchpoints[web]!.percent = 0))).toBe(false);
  });

  it('a touchpoint scoring 0% must not say "no score"', () => {
    const zero = explainAudit(def('average'), ALL, [a('web', 'map', no), a('web', 'hours', no)]);
    expect(zero.touchpoints[web]!.calculatedPercent).toBe(0);
    expect(explanationAddsUp(zero)).toBe(true);
    expect(tampered(zero, (x) => (x.touchpoints[web]!.calculatedPercent = null))).toBe(false);
  });

  it('a touchpoint without a score must say so with null, not 0', () => {
    const e = explainAudit(def('pooled'), ALL, answers);
    expect(explanationAddsUp(e)).toBe(true);
    expect(e.touchpoints[2]!.calculatedPercent).toBeNull();
    expect(tampered(e, (x) => (x.touchpoints[2]!.calculatedPercent = 0))).toBe(false);
    expect(tampered(e, (x) => (x.touchpoints[2]!.percent = 0))).toBe(false);
  });

  it('pooled: the overall must be the knock-out-capped sums; nothing answered is no score', () => {
    expect(tampered(pooled, (x) => (x.overall.percent = 62.5))).toBe(false);
    expect(tampered(pooled, (x) => (x.overall.percent = null))).toBe(false);
    const blank = explainAudit(def('pooled'), ALL, []);
    expect(blank.overall.percent).toBeNull();
    expect(explanationAddsUp(blank)).toBe(true);
    expect(tampered(blank, (x) => (x.overall.percent = 0))).toBe(false);
  });

  it('average: each stage the mean of its touchpoints, the overall the mean of the stages', () => {
    expect(tampered(average, (x) => (x.stages[0]!.percent = 50))).toBe(false);
    expect(tampered(average, (x) => (x.stages[2]!.touchpointPercents = [90]))).toBe(false);
    expect(tampered(average, (x) => (x.overall.stagePercents = [25]))).toBe(false);
    expect(tampered(average, (x) => (x.overall.percent = 50))).toBe(false);
    const blank = explainAudit(def('average'), ALL, []);
    expect(explanationAddsUp(blank)).toBe(true);
    expect(tampered(blank, (x) => (x.overall.percent = 0))).toBe(false);
    expect(tampered(blank, (x) => (x.stages[0]!.percent = 0))).toBe(false);
  });

  it('differences up to the tolerance are allowed, beyond it not', () => {
    // 62.5 and 62.75 differ by exactly 0.25 (binary fractions: no rounding).
    expect(tampered(average, (x) => (x.overall.percent = 62.75))).toBe(false);
    const e = structuredClone(average);
    e.overall.percent = 62.75;
    expect(explanationAddsUp(e, 0.25)).toBe(true);
    expect(explanationAddsUp(e, 0.125)).toBe(false);
    const p = structuredClone(pooled);
    p.overall.percent = 50.5;
    expect(explanationAddsUp(p, 0.5)).toBe(true);
    expect(explanationAddsUp(p)).toBe(false);
  });
});
