import { describe, expect, it } from 'vitest';
import { MIN_PAIRS_FOR_CORRELATION, scoreMetricCorrelation } from '../../../shared/stats/correlation';

const pairs = (xs: number[], ys: number[]) => xs.map((score, i) => ({ score, metric: ys[i]! }));

describe('scoreMetricCorrelation: Pearson r with a Fisher z interval, hand-computed', () => {
  it('x 1..10, y swapped in pairs: r = 77.5 / 82.5 = 0.9394, 95% interval tanh(0.5 ln 32 ± 1.96 / sqrt 7)', () => {
    // dx·dy sums to 4 x 15.75 + 4 x 3.75 - 2 x 0.25 = 77.5, dx² and dy² to 82.5 each;
    // z = atanh(0.93939) = 0.5 ln(1.93939 / 0.06061) = 0.5 ln 32 = 1.73287; half = 1.95996 / 2.64575 = 0.74080;
    // tanh(0.99207) = 0.75824, tanh(2.47367) = 0.98590
    const c = scoreMetricCorrelation(pairs([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [2, 1, 4, 3, 6, 5, 8, 7, 10, 9]));
    expect(c.status).toBe('shown');
    if (c.status !== 'shown') return;
    expect(c.n).toBe(10);
    expect(c.r).toBeCloseTo(0.939394, 5);
    expect(c.low).toBeCloseTo(0.75824, 4);
    expect(c.high).toBeCloseTo(0.9859, 4);
  });
  it('shows nothing below the minimum number of pairs, and says how many are needed', () => {
    const nine = scoreMetricCorrelation(pairs([1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 5, 6, 7, 8, 9]));
    expect(nine).toEqual({ status: 'too-few', n: 9, minimum: MIN_PAIRS_FOR_CORRELATION });
  });
  it('a metric that never varies has no correlation', () => {
    expect(scoreMetricCorrelation(pairs([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], Array(10).fill(40))).status).toBe(
      'no-variation',
    );
  });
  it('a perfect line: r = 1 and the interval is the point', () => {
    const c = scoreMetricCorrelation(pairs([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [3, 5, 7, 9, 11, 13, 15, 17, 19, 21]));
    expect(c.status).toBe('shown');
    if (c.status !== 'shown') return;
    expect(c.r).toBeCloseTo(1, 12);
    expect(c.low).toBeGreaterThan(0.99);
    expect(c.high).toBeCloseTo(1, 9);
  });
});
