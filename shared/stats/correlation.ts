import { sampleCorrelation } from 'simple-statistics';

/** The standard normal's 97.5th percentile (simple-statistics' probit is an approximation good to about 1e-3). */
const Z_975 = 1.959963984540054;

/**
 * Below this many paired observations no correlation is shown: with fewer than 10 pairs the 95%
 * interval of r spans most of −1..1 (at r = 0.5 and n = 9 it runs from −0.24 to 0.87), so a
 * number would suggest a relation the data cannot support.
 */
export const MIN_PAIRS_FOR_CORRELATION = 10;

export type Correlation =
  | { status: 'shown'; n: number; r: number; low: number; high: number }
  | { status: 'too-few'; n: number; minimum: number }
  | { status: 'no-variation'; n: number };

/**
 * Pearson's r between audit scores and a customer metric (simple-statistics' sampleCorrelation),
 * with a 95% interval by Fisher's z: tanh(atanh(r) ± z(0.975) ÷ √(n − 3)).
 */
export function scoreMetricCorrelation(pairs: readonly { score: number; metric: number }[]): Correlation {
  const n = pairs.length;
  if (n < MIN_PAIRS_FOR_CORRELATION) return { status: 'too-few', n, minimum: MIN_PAIRS_FOR_CORRELATION };
  const xs = pairs.map((p) => p.score);
  const ys = pairs.map((p) => p.metric);
  const flat = (v: number[]) => v.every((x) => x === v[0]);
  if (flat(xs) || flat(ys)) return { status: 'no-variation', n };
  const r = sampleCorrelation(xs, ys);
  // r = ±1 exactly has an infinite z: the interval is that point.
  if (Math.abs(r) >= 1) return { status: 'shown', n, r, low: r, high: r };
  const z = Math.atanh(r);
  const half = Z_975 / Math.sqrt(n - 3);
  return { status: 'shown', n, r, low: Math.tanh(z - half), high: Math.tanh(z + half) };
}

/** The definitions printed wherever the metrics are set beside audit scores. */
export const METRIC_DEFINITIONS = {
  nps: 'NPS: % promoters (9–10) − % detractors (0–6) on the 0–10 "how likely to recommend" question; −100..100.',
  csat: 'CSAT: the share of 4 and 5 answers on a 1–5 satisfaction scale.',
  ces: 'CES: the mean answer on its 5- or 7-point effort scale.',
} as const;
