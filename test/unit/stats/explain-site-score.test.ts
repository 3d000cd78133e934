import { describe, expect, it } from 'vitest';
import { explainSiteScore } from '../../../shared/stats/explain-site-score';
import { visitScoreInterval } from '../../../shared/stats/score-interval';

const v = (score: number, i: number) => ({ auditId: `a${i}`, title: `Visit ${i}`, score });

describe("a site's wave score opened to its arithmetic", () => {
  it('70, 80, 90: sum 240, mean 80, s = 10, t(0.975, 2) = 4.303, half-width 24.84, high clipped at 100', () => {
    const visits = [70, 80, 90].map(v);
    const e = explainSiteScore(visits, visitScoreInterval([70, 80, 90]));
    expect(e).toMatchObject({ n: 3, sum: 240, mean: 80 });
    expect(e.interval!.sd).toBeCloseTo(10, 12);
    expect(e.interval!.df).toBe(2);
    expect(e.interval!.t).toBeCloseTo(4.302653, 5); // Student's t table, 2 degrees of freedom
    expect(e.interval!.halfWidth).toBeCloseTo((4.302653 * 10) / Math.sqrt(3), 4); // 24.8414
    expect(e.interval!.rawLow).toBeCloseTo(55.1586, 3);
    expect(e.interval!.rawHigh).toBeCloseTo(104.8414, 3);
    expect(e.interval!.high).toBe(100);
    expect(e.interval!.clipped).toBe(true);
  });

  it('one visit: its score, and no interval', () => {
    const e = explainSiteScore([v(64, 1)], visitScoreInterval([64]));
    expect(e).toMatchObject({ n: 1, sum: 64, mean: 64, interval: null });
  });

  it('identical scores: s = 0, the interval is the mean itself, nothing clipped', () => {
    const e = explainSiteScore([50, 50].map(v), visitScoreInterval([50, 50]));
    expect(e.interval).toMatchObject({ sd: 0, halfWidth: 0, low: 50, high: 50, clipped: false });
  });
});
