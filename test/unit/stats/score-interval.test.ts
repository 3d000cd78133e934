import { describe, expect, it } from 'vitest';
import { bandOf, quartileBands } from '../../../shared/stats/quartile-bands';
import { competitionRanks, rankDependsOnMethod } from '../../../shared/stats/rank-by-method';
import { scoreChange, visitScoreInterval } from '../../../shared/stats/score-interval';
import { studentTCdf, studentTQuantile } from '../../../shared/stats/t-distribution';

describe('Student t quantiles against the printed table (two-sided 95%: p = 0.975)', () => {
  it.each([
    [1, 12.706],
    [2, 4.303],
    [3, 3.182],
    [4, 2.776],
    [6, 2.447],
    [9, 2.262],
    [29, 2.045],
    [120, 1.98],
  ])('df %i -> %f', (df, value) => {
    expect(studentTQuantile(0.975, df)).toBeCloseTo(value, 3);
  });
  it('is symmetric, and the CDF inverts the quantile', () => {
    expect(studentTQuantile(0.025, 5)).toBeCloseTo(-2.571, 3);
    expect(studentTCdf(studentTQuantile(0.9, 7.5), 7.5)).toBeCloseTo(0.9, 9);
    // df 1 is the Cauchy distribution: CDF(1) = 0.75 exactly
    expect(studentTCdf(1, 1)).toBeCloseTo(0.75, 12);
  });
});

describe('visitScoreInterval: hand-computed', () => {
  it('no visit', () => {
    expect(visitScoreInterval([])).toMatchObject({ n: 0, mean: null, status: 'no-visits', tooFew: true });
  });
  it('one visit: no interval, too few', () => {
    expect(visitScoreInterval([80])).toEqual({
      n: 1,
      mean: 80,
      sd: null,
      halfWidth: null,
      low: null,
      high: null,
      status: 'one-visit',
      tooFew: true,
      minVisits: 3,
    });
  });
  it('two visits 70 and 90: mean 80, s = 14.142, half-width 12.706 x 14.142 / 1.414 = 127.06, clipped to 0..100', () => {
    const i = visitScoreInterval([70, 90]);
    expect(i.mean).toBe(80);
    expect(i.sd).toBeCloseTo(14.1421, 4);
    expect(i.halfWidth).toBeCloseTo(127.062, 2);
    expect(i).toMatchObject({ low: 0, high: 100, status: 'interval', tooFew: true });
  });
  it('thirty visits 60..89: mean 74.5, s = sqrt(77.5) = 8.8034, half-width 2.0452 x 8.8034 / sqrt(30) = 3.2873', () => {
    const scores = Array.from({ length: 30 }, (_, i) => 60 + i);
    const i = visitScoreInterval(scores);
    expect(i.mean).toBe(74.5);
    expect(i.sd).toBeCloseTo(8.80341, 4);
    expect(i.halfWidth).toBeCloseTo(3.2873, 3);
    expect(i.low).toBeCloseTo(71.2127, 3);
    expect(i.high).toBeCloseTo(77.7873, 3);
    expect(i.tooFew).toBe(false);
  });
  it('identical scores: zero spread, an interval with no width', () => {
    expect(visitScoreInterval([75, 75, 75])).toMatchObject({
      n: 3,
      mean: 75,
      sd: 0,
      halfWidth: 0,
      low: 75,
      high: 75,
      status: 'zero-spread',
      tooFew: false,
    });
  });
  it('the minimum number of visits is a setting', () => {
    expect(visitScoreInterval([70, 80, 90], 4).tooFew).toBe(true);
    expect(visitScoreInterval([70, 80, 90], 3).tooFew).toBe(false);
  });
});

describe('scoreChange: Welch interval, "real change" only when it excludes zero', () => {
  it('60,62,64,66 -> 70,72,74,76: +10, se = 1.826, df = 6, half 2.447 x 1.826 = 4.467: real change', () => {
    const c = scoreChange([60, 62, 64, 66], [70, 72, 74, 76]);
    expect(c.change).toBe(10);
    expect(c.df).toBeCloseTo(6, 9);
    expect(c.low).toBeCloseTo(5.5326, 3);
    expect(c.high).toBeCloseTo(14.4674, 3);
    expect(c.verdict).toBe('real-change');
  });
  it('50,70 -> 55,75: +5, se = 14.142, df = 2, half 4.303 x 14.142 = 60.85: within noise', () => {
    const c = scoreChange([50, 70], [55, 75]);
    expect(c.change).toBe(5);
    expect(c.df).toBeCloseTo(2, 9);
    expect(c.low).toBeCloseTo(5 - 60.8489, 2);
    expect(c.high).toBeCloseTo(5 + 60.8489, 2);
    expect(c.verdict).toBe('within-noise');
  });
  it('a drop: 80,82,84 -> 60,62,64 is a real change downwards', () => {
    // -20, s² = 4 each, se² = 4/3 + 4/3 = 2.667, se = 1.633, df = 4, half 2.776 x 1.633 = 4.534
    const c = scoreChange([80, 82, 84], [60, 62, 64]);
    expect(c.change).toBe(-20);
    expect(c.df).toBeCloseTo(4, 9);
    expect(c.high).toBeCloseTo(-15.466, 2);
    expect(c.verdict).toBe('real-change');
  });
  it('one visit on a side: the change is shown but has no interval', () => {
    expect(scoreChange([70], [90, 91])).toMatchObject({ change: 20.5, low: null, verdict: 'no-interval' });
  });
  it('zero spread on both sides: no interval (nothing to judge the noise by)', () => {
    expect(scoreChange([70, 70], [80, 80])).toMatchObject({ change: 10, verdict: 'no-interval' });
  });
  it('zero spread on one side only: df is the other side n - 1', () => {
    // before 70,70 (s = 0); after 78,80,82 (s² = 4, /3 = 1.333): se = 1.1547, df = 2, half 4.303 x 1.1547 = 4.968
    const c = scoreChange([70, 70], [78, 80, 82]);
    expect(c.df).toBeCloseTo(2, 9);
    expect(c.low).toBeCloseTo(10 - 4.9683, 3);
    expect(c.verdict).toBe('real-change');
  });
  it('no visits on a side: nothing to compare', () => {
    expect(scoreChange([], [80])).toMatchObject({ change: null, verdict: 'no-interval' });
  });
});

describe('rank by method and quartile bands', () => {
  it('ranks with ties shared, nulls unranked', () => {
    expect(competitionRanks([80, 90, 80, null, 70])).toEqual([2, 1, 2, null, 4]);
  });
  it('flags the rows whose rank differs between methods', () => {
    // pooled 80, 70, 60 -> ranks 1, 2, 3; average 65, 75, 50 -> ranks 2, 1, 3
    expect(rankDependsOnMethod([80, 70, 60], [65, 75, 50])).toEqual([true, true, false]);
    expect(rankDependsOnMethod([80, null], [10, null])).toEqual([false, false]);
  });
  it('quartiles of 10, 20, 30, 40 by linear interpolation (h = 3p): 17.5, 25, 32.5; fewer than four sites give none', () => {
    const b = quartileBands([40, 10, 30, 20])!;
    expect(b).toEqual({ q1: 17.5, median: 25, q3: 32.5 });
    expect([10, 17.5, 24, 25, 32, 32.5, 40].map((s) => bandOf(s, b))).toEqual([
      'bottom',
      'lower-middle',
      'lower-middle',
      'upper-middle',
      'upper-middle',
      'top',
      'top',
    ]);
    expect(quartileBands([1, 2, 3])).toBeNull();
  });
});
