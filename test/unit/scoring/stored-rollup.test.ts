import { describe, expect, it } from 'vitest';
import type { AuditScope } from '../../../shared/domain/audit';
import { templateDefinitionSchema } from '../../../shared/domain/template';
import { scoreAudit } from '../../../shared/scoring/score-audit';
import { outlineOf } from '../../../shared/domain/template-outline';
import { scoreWithOtherMethod } from '../../../shared/scoring/explain-score';
import {
  packRollup,
  packRollupWith,
  packTouchpoint,
  parsePackedRollup,
  parseRollupHead,
  parseRollupTail,
  unpackMoments,
  unpackRollup,
  unpackTouchpoints,
} from '../../../shared/scoring/stored-rollup';
import { answerOf, testTemplate } from '../../support/test-template';

const definition = templateDefinitionSchema.parse(testTemplate({ momentOfTruthMultiplier: 2 }));
const ALL: AuditScope = { stageIds: [], kinds: ['digital', 'human', 'physical'] };
const ans = answerOf;

describe('stored roll-ups', () => {
  it('an unpacked roll-up equals the score without its criteria, knock-outs included', () => {
    const answers = [
      ans('website', 'price-shown', { kind: 'yesno', value: true }),
      ans('website', 'ease', { kind: 'scale', value: 2 }),
      ans('branch', 'greeting', { kind: 'yesno', value: false }),
      ans('branch', 'nps-like', { kind: 'scale', value: 7 }),
    ];
    const score = scoreAudit(definition, ALL, answers);
    const { touchpoints, ...rest } = score;
    const expected = { ...rest, touchpoints: touchpoints.map(({ criteria: _criteria, ...tp }) => tp) };
    const back = unpackRollup(packRollup(score, definition, ALL), definition, ALL);
    expect(back).toEqual(expected);
    const branch = back.touchpoints.find((t) => t.touchpointId === 'branch')!;
    expect(branch.criticalFailed).toBe(true);
    expect(branch.failedCriticalIds).toEqual(['greeting']);
    expect(branch.percent).toBe(0);
    expect(branch.calculatedPercent).not.toBe(0);
    expect(branch.momentOfTruth).toBe(true);
    expect(branch.channel).toBe('Store');
  });

  it('stores touchpoints as numbers only, in walk order', () => {
    const score = scoreAudit(definition, ALL, [ans('website', 'price-shown', { kind: 'yesno', value: true })]);
    const stored = JSON.parse(packRollup(score, definition, ALL)) as { touchpoints: unknown[] };
    const website = score.touchpoints[0]!;
    expect(stored.touchpoints[0]).toEqual([
      website.earned,
      website.possible,
      website.scored,
      website.na,
      website.unanswered,
      website.calculatedPercent,
      [],
    ]);
    expect(stored.touchpoints[0]).toEqual([2, 2, 1, 0, 1, 100, []]);
    const back = unpackRollup(packRollup(score, definition, ALL), definition, ALL);
    expect(back.touchpoints[0]).toMatchObject({
      touchpointId: 'website',
      stageId: 'before',
      kind: 'digital',
      total: 2,
      percent: 100,
      criticalFailed: false,
    });
  });

  it('keeps the overall under the other method, as a full rescore with that method gives it', () => {
    const answers = [
      ans('website', 'price-shown', { kind: 'yesno', value: true }),
      ans('website', 'ease', { kind: 'scale', value: 2 }),
      ans('branch', 'nps-like', { kind: 'scale', value: 9 }),
    ];
    for (const rollup of ['pooled', 'average'] as const) {
      const def = { ...definition, rollup };
      const score = scoreAudit(def, ALL, answers);
      const kept = parsePackedRollup(packRollup(score, def, ALL)).otherPercent;
      const other = scoreWithOtherMethod(def, ALL, answers).overall.percent;
      expect(kept).toBe(other);
      // The two methods disagree on this audit, so the kept figure is not the overall again.
      expect(kept).not.toBe(score.overall.percent);
    }
  });

  it('unpacks only the touchpoints asked for, the same as in the whole roll-up', () => {
    const score = scoreAudit(definition, ALL, [ans('branch', 'greeting', { kind: 'yesno', value: false })]);
    const packed = parsePackedRollup(packRollup(score, definition, ALL));
    const moments = unpackTouchpoints(packed, definition, ALL, (tp) => tp.momentOfTruth);
    const whole = unpackRollup(packed, definition, ALL).touchpoints;
    expect(moments.map((tp) => tp.touchpointId)).toEqual(['branch']);
    expect(moments).toEqual(whole.filter((tp) => tp.momentOfTruth));
    expect(moments[0]).toMatchObject({ criticalFailed: true, percent: 0 });
  });

  it('reads the head alone: everything but the touchpoints, and the moments of truth as the whole roll-up has them', () => {
    const score = scoreAudit(definition, ALL, [
      ans('branch', 'greeting', { kind: 'yesno', value: false }),
      ans('website', 'price-shown', { kind: 'yesno', value: true }),
    ]);
    const json = packRollup(score, definition, ALL);
    const { touchpoints: _touchpoints, ...whole } = parsePackedRollup(json);
    const head = parseRollupHead(json);
    expect(head).toEqual(whole);
    expect('touchpoints' in head).toBe(false);
    const moments = unpackMoments(head, definition, ALL)!;
    const fromWhole = unpackRollup(json, definition, ALL).touchpoints.filter((tp) => tp.momentOfTruth);
    expect(fromWhole.length).toBeGreaterThan(0);
    expect(moments).toEqual(
      fromWhole.map(({ touchpointId, stageId, percent, criticalFailed }) => ({
        touchpointId,
        stageId,
        percent,
        criticalFailed,
      })),
    );
    expect(moments.find((m) => m.touchpointId === 'branch')).toEqual({
      touchpointId: 'branch',
      stageId: fromWhole.find((tp) => tp.touchpointId === 'branch')!.stageId,
      percent: 0,
      criticalFailed: true,
    });
  });

  it('reads the end of the head alone: the other-method overall and the moments of truth, as the head has them', () => {
    const score = scoreAudit(definition, ALL, [
      ans('branch', 'greeting', { kind: 'yesno', value: false }),
      ans('website', 'price-shown', { kind: 'yesno', value: true }),
    ]);
    const json = packRollup(score, definition, ALL);
    const head = parseRollupHead(json);
    expect(parseRollupTail(json)).toEqual({ otherPercent: head.otherPercent, moments: head.moments });
    expect(head.moments!.length).toBeGreaterThan(0);
    // Stored before the moments were kept, or before the head came first: not there to read alone.
    const { moments: _m, touchpoints, ...before } = parsePackedRollup(json);
    expect(parseRollupTail(JSON.stringify({ ...before, touchpoints }))).toBeNull();
    const { otherPercent: _o, knockouts, ...older } = before;
    expect(parseRollupTail(JSON.stringify({ ...older, touchpoints, knockouts }))).toBeNull();
  });

  it('counts the criteria of a touchpoint from its stored numbers (scored, N/A, unanswered), as the template has them', () => {
    const score = scoreAudit(definition, ALL, [
      ans('branch', 'hours', { kind: 'na' }),
      ans('branch', 'greeting', { kind: 'yesno', value: true }),
    ]);
    const back = unpackRollup(packRollup(score, definition, ALL), outlineOf(definition), ALL);
    expect(back.touchpoints.map((tp) => [tp.touchpointId, tp.total, tp.scored, tp.na, tp.unanswered])).toEqual([
      ['website', 2, 0, 0, 2],
      ['branch', 4, 1, 1, 2],
      ['signage', 1, 0, 0, 1],
    ]);
  });

  it('reads a roll-up stored before the head came first (touchpoints in the middle, no moments) whole', () => {
    const score = scoreAudit(definition, ALL, [ans('branch', 'greeting', { kind: 'yesno', value: false })]);
    const {
      moments: _moments,
      otherPercent: _other,
      ...packed
    } = parsePackedRollup(packRollup(score, definition, ALL));
    const { knockouts, touchpoints, ...before } = packed;
    const older = JSON.stringify({ ...before, touchpoints, knockouts });
    expect(older.indexOf('"touchpoints":[')).toBeLessThan(older.lastIndexOf('"knockouts"'));
    const head = parseRollupHead(older);
    expect(head).toEqual(JSON.parse(older));
    expect(unpackMoments(head, definition, ALL)).toBeNull();
  });

  it('refuses a roll-up that does not match the scope it is read with', () => {
    const score = scoreAudit(definition, ALL, []);
    expect(() =>
      unpackRollup(packRollup(score, definition, ALL), definition, { stageIds: ['before'], kinds: ['digital'] }),
    ).toThrow('stored roll-up does not match its template scope');
  });
});
