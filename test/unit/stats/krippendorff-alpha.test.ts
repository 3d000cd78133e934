import { describe, expect, it } from 'vitest';
import { krippendorffAlpha, type Unit } from '../../../shared/stats/krippendorff-alpha';

/**
 * Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: four observers,
 * twelve units, values 1..5, with missing values ("." below). Published: nominal 0.743,
 * ordinal 0.815, interval 0.849.
 *
 *   unit        1 2 3 4 5 6 7 8 9 10 11 12
 *   observer A  1 2 3 3 2 1 4 1 2  .  .  .
 *   observer B  1 2 3 3 2 2 4 1 2  5  .  3
 *   observer C  . 3 3 3 2 3 4 2 2  5  1  .
 *   observer D  1 2 3 3 2 4 4 1 2  5  1  .
 */
const A = [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null];
const B = [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3];
const C = [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null];
const D = [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null];
const UNITS: Unit[] = A.map((_, u) => [A[u], B[u], C[u], D[u]].filter((v): v is number => v !== null));

describe("Krippendorff's alpha: the published worked example (4 observers x 12 units, missing values)", () => {
  it('nominal: 0.743', () => {
    const r = krippendorffAlpha(UNITS, 'nominal')!;
    expect(r.alpha.toFixed(3)).toBe('0.743');
    // Unit 12 has one value: not pairable. n = 40 pairable values in 11 units.
    expect(r.units).toBe(11);
    expect(r.n).toBeCloseTo(40, 9);
  });
  it('ordinal: 0.815', () => {
    expect(krippendorffAlpha(UNITS, 'ordinal')!.alpha.toFixed(3)).toBe('0.815');
  });
  it('interval: 0.849', () => {
    expect(krippendorffAlpha(UNITS, 'interval')!.alpha.toFixed(3)).toBe('0.849');
  });
  it('the same codes as text give the same nominal alpha', () => {
    const text = UNITS.map((u) => u.map((v) => `v${v}`));
    expect(krippendorffAlpha(text, 'nominal')!.alpha).toBeCloseTo(krippendorffAlpha(UNITS, 'nominal')!.alpha, 12);
  });
});

describe("Krippendorff's alpha: small hand-computed cases", () => {
  it('perfect agreement with variation: 1', () => {
    expect(
      krippendorffAlpha(
        [
          [1, 1],
          [0, 0],
          [1, 1],
        ],
        'nominal',
      )!.alpha,
    ).toBe(1);
  });
  it('two coders, two units, nominal yes/no: 1 − 3 x 2 / 6 = 0', () => {
    // units [yes, yes], [yes, no]: o(y,y) = 2, o(y,n) = o(n,y) = 1; n_y = 3, n_n = 1, n = 4.
    // alpha = 1 - (n - 1) * (o_yn + o_ny) / (n_y n_n + n_n n_y) = 1 - 3 * 2 / 6 = 0
    expect(
      krippendorffAlpha(
        [
          ['y', 'y'],
          ['y', 'n'],
        ],
        'nominal',
      )!.alpha,
    ).toBeCloseTo(0, 12);
  });
  it('no variation at all, or nothing pairable: no alpha', () => {
    expect(
      krippendorffAlpha(
        [
          [1, 1, 1],
          [1, 1],
        ],
        'nominal',
      ),
    ).toBeNull();
    expect(krippendorffAlpha([[1], [2]], 'interval')).toBeNull();
  });
  it('ordinal and interval need numbers', () => {
    expect(() => krippendorffAlpha([['a', 'b']], 'ordinal')).toThrow(/numeric/);
  });
});
