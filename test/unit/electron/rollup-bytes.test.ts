import { describe, expect, it } from 'vitest';
import { paddedRow } from '../../../electron/backend/audits/answer-writes';
import { RollupBytes } from '../../../electron/backend/audits/rollup-bytes';
import type { AuditScope } from '../../../shared/domain/audit';
import { templateDefinitionSchema } from '../../../shared/domain/template';
import { otherMethodOverall } from '../../../shared/scoring/explain-score';
import { scoreAudit } from '../../../shared/scoring/score-audit';
import {
  packRollup,
  packRollupWith,
  packTouchpoint,
  parsePackedRollup,
  parseRollupHead,
  parseRollupTail,
  rollupHeadJson,
  unpackRollup,
} from '../../../shared/scoring/stored-rollup';
import { answerOf, testTemplate } from '../../support/test-template';

const ALL: AuditScope = { stageIds: [], kinds: ['digital', 'human', 'physical'] };
const ans = answerOf;

function scored(channel: string) {
  const template = testTemplate({ momentOfTruthMultiplier: 2 });
  const definition = templateDefinitionSchema.parse({
    ...template,
    touchpoints: template.touchpoints.map((tp, i) => (i === 0 ? { ...tp, channel } : tp)),
  });
  const score = scoreAudit(definition, ALL, [
    ans('branch', 'greeting', { kind: 'yesno', value: false }),
    ans('website', 'ease', { kind: 'scale', value: 2 }),
  ]);
  return { definition, score, other: otherMethodOverall(definition, ALL, score.touchpoints) };
}

describe("the save path's roll-up bytes", () => {
  it('are the text packRollup stores, padded with spaces to the byte length asked for', () => {
    const { definition, score, other } = scored('Web');
    const plain = packRollupWith(score, score.touchpoints.map(packTouchpoint), other);
    expect(plain).toBe(packRollup(score, definition, ALL));
    const asked: number[] = [];
    const bytes = new RollupBytes().write(
      rollupHeadJson(score, other),
      score.touchpoints.map(packTouchpoint),
      (length) => {
        asked.push(length);
        return length + 300;
      },
    );
    // The length asked about is the unpadded text's; the padding is spaces at the end.
    expect(asked).toEqual([Buffer.byteLength(plain)]);
    const padded = bytes.toString('utf8');
    expect(padded).toBe(plain + ' '.repeat(300));
    expect(parsePackedRollup(padded)).toEqual(parsePackedRollup(plain));
    expect(unpackRollup(padded, definition, ALL)).toEqual(unpackRollup(plain, definition, ALL));
    expect(parseRollupHead(padded)).toEqual(parseRollupHead(plain));
    expect('touchpoints' in parseRollupHead(padded)).toBe(false);
    expect(parseRollupTail(padded)).toEqual(parseRollupTail(plain));
  });

  it('count bytes, not characters, where the text is not ASCII, and grow past their first buffer', () => {
    // Channels in Arabic and Romanian; the second writer starts with a buffer far too small for the roll-up.
    for (const [channel, initialBytes] of [
      ['الفرع الرئيسي', undefined],
      ['Sucursală în București', 64],
    ] as const) {
      const { score, other } = scored(channel);
      const plain = packRollupWith(score, score.touchpoints.map(packTouchpoint), other);
      expect(Buffer.byteLength(plain)).toBeGreaterThan(plain.length);
      const writer = new RollupBytes(initialBytes);
      const step = (length: number) => Math.ceil((length + 1) / 512) * 512;
      const bytes = writer.write(rollupHeadJson(score, other), score.touchpoints.map(packTouchpoint), step);
      expect(bytes.length).toBe(step(Buffer.byteLength(plain)));
      expect(bytes.toString('utf8').trimEnd()).toBe(plain);
      // Written again into the same buffer: the same bytes, nothing left over from before.
      expect(
        writer.write(rollupHeadJson(score, other), score.touchpoints.map(packTouchpoint), (n) => n).toString('utf8'),
      ).toBe(plain);
    }
  });
});

describe("the save path's row padding", () => {
  it('keeps the length the row had while the text fits, and grows it a step at a time, never back', () => {
    const first = paddedRow({ row: 0, tail: 0 }, { rollup: 9_000, tail: 300, position: 12 });
    expect(first).toEqual({ row: 9_728, tail: 384 });
    // Shorter roll-up, tail and position: the same lengths (the row is rewritten in place).
    expect(paddedRow(first, { rollup: 8_100, tail: 200, position: 9 })).toEqual(first);
    // A roll-up that outgrows the row: one step more; the tail outgrowing its own step: one step more too.
    expect(paddedRow(first, { rollup: 9_400, tail: 300, position: 12 })).toEqual({ row: 10_240, tail: 384 });
    expect(paddedRow(first, { rollup: 9_000, tail: 390, position: 12 })).toEqual({ row: 9_728, tail: 512 });
    // Always room for the text, one byte of padding at least.
    for (const rollup of [9_331, 9_332, 9_333])
      expect(paddedRow(first, { rollup, tail: 300, position: 12 }).row).toBeGreaterThan(rollup + 384 + 12);
  });
});
