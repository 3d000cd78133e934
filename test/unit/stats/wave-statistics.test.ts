import { describe, expect, it } from 'vitest';
import { waveStatistics, type ScoredVisit } from '../../../shared/stats/wave-statistics';

const v = (siteKey: string, waveId: string, score: number, otherScore: number | null): ScoredVisit => ({
  siteKey,
  waveId,
  score,
  otherScore,
});

describe('waveStatistics: a league table of two sites over two waves, hand-computed', () => {
  const visits = [
    ...[60, 62, 64].map((s) => v('a', 'w1', s, 70)),
    ...[70, 72, 74].map((s) => v('a', 'w2', s, 75)),
    v('b', 'w1', 81, 81),
    ...[80, 70, 90].map((s) => v('b', 'w2', s, 70)),
  ];
  const { sites, bands } = waveStatistics({
    siteKeys: ['a', 'b'],
    visits,
    waveId: 'w2',
    previousWaveId: 'w1',
    minVisits: 3,
  });

  it('site a: 72 ± 4.303 x 2 / sqrt(3) = 4.968; +10 since w1 with Welch df 4: real change', () => {
    const a = sites[0]!;
    expect(a.interval).toMatchObject({ n: 3, mean: 72, sd: 2, status: 'interval', tooFew: false });
    expect(a.interval.low).toBeCloseTo(67.0317, 3);
    expect(a.interval.high).toBeCloseTo(76.9683, 3);
    expect(a.change.change).toBe(10);
    expect(a.change.df).toBeCloseTo(4, 9);
    expect(a.change.verdict).toBe('real-change');
  });

  it('site b: 80 ± 4.303 x 10 / sqrt(3) = 24.84, clipped at 100; one visit in w1: no interval for the change', () => {
    const b = sites[1]!;
    expect(b.interval.mean).toBe(80);
    expect(b.interval.low).toBeCloseTo(55.1586, 3);
    expect(b.interval.high).toBe(100);
    expect(b.change).toMatchObject({ change: -1, verdict: 'no-interval' });
  });

  it('ranks: b before a by this method (80 > 72), a before b by the other (75 > 70): both flagged', () => {
    expect(sites.map((s) => s.otherScore)).toEqual([75, 70]);
    expect(sites.map((s) => s.rankDependsOnMethod)).toEqual([true, true]);
    expect(bands).toBeNull();
    expect(sites.map((s) => s.band)).toEqual([null, null]);
  });

  it('too few visits below the minimum; no other-method score when one visit lacks it', () => {
    const few = waveStatistics({
      siteKeys: ['a'],
      visits: [v('a', 'w', 50, null), v('a', 'w', 60, 55)],
      waveId: 'w',
      previousWaveId: null,
      minVisits: 3,
    }).sites[0]!;
    expect(few.interval).toMatchObject({ n: 2, tooFew: true });
    expect(few.otherScore).toBeNull();
    expect(few.rankDependsOnMethod).toBe(false);
    expect(few.change.verdict).toBe('no-interval');
  });

  it('quartile bands across four sites', () => {
    const four = waveStatistics({
      siteKeys: ['a', 'b', 'c', 'd'],
      visits: [v('a', 'w', 10, 10), v('b', 'w', 20, 20), v('c', 'w', 30, 30), v('d', 'w', 40, 40)],
      waveId: 'w',
      previousWaveId: null,
      minVisits: 1,
    });
    expect(four.bands).toEqual({ q1: 17.5, median: 25, q3: 32.5 });
    expect(four.sites.map((s) => s.band)).toEqual(['bottom', 'lower-middle', 'upper-middle', 'top']);
    expect(four.sites.every((s) => !s.rankDependsOnMethod)).toBe(true);
  });
});
