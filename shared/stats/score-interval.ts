import { mean, sampleStandardDeviation } from 'simple-statistics';
import { studentTQuantile } from './t-distribution';

/** Below this many scored visits a site's wave score is marked "too few visits" (a template may set its own). */
export const DEFAULT_MIN_VISITS = 3;
/** Every interval in the app is a 95% interval. */
export const CONFIDENCE = 0.95;

/**
 * A site's score in a wave with how sure it is: a t-interval on the visit scores (mean ± t(0.975,
 * n−1) × s / √n), clipped to the 0–100 scale. One visit has no interval; visits that all scored
 * the same have zero spread, so the interval has no width (it understates the uncertainty, and the
 * screens say so).
 */
export interface ScoreInterval {
  n: number;
  mean: number | null;
  /** Sample standard deviation (n − 1), null below two visits. */
  sd: number | null;
  /** t × s / √n before clipping; null below two visits. */
  halfWidth: number | null;
  low: number | null;
  high: number | null;
  status: 'no-visits' | 'one-visit' | 'zero-spread' | 'interval';
  /** n below the minimum number of visits (minVisits, the template's setting). */
  tooFew: boolean;
  minVisits: number;
}

export function visitScoreInterval(
  scores: readonly number[],
  minVisits = DEFAULT_MIN_VISITS,
  confidence = CONFIDENCE,
): ScoreInterval {
  const n = scores.length;
  const tooFew = n < minVisits;
  if (n === 0)
    return { n, mean: null, sd: null, halfWidth: null, low: null, high: null, status: 'no-visits', tooFew, minVisits };
  const m = mean([...scores]);
  if (n === 1)
    return { n, mean: m, sd: null, halfWidth: null, low: null, high: null, status: 'one-visit', tooFew, minVisits };
  const sd = sampleStandardDeviation([...scores]);
  const halfWidth = (studentTQuantile(1 - (1 - confidence) / 2, n - 1) * sd) / Math.sqrt(n);
  return {
    n,
    mean: m,
    sd,
    halfWidth,
    low: clip(m - halfWidth),
    high: clip(m + halfWidth),
    status: sd === 0 ? 'zero-spread' : 'interval',
    tooFew,
    minVisits,
  };
}

/** A wave-to-wave change with its interval: "real change" only when the interval excludes zero. */
export interface ScoreChange {
  change: number | null;
  low: number | null;
  high: number | null;
  /** Welch–Satterthwaite degrees of freedom. */
  df: number | null;
  verdict: 'real-change' | 'within-noise' | 'no-interval';
}

/**
 * Welch's t-interval for the difference of two means (after − before): it needs at least two
 * visits on each side and some spread on at least one; otherwise there is no interval and the
 * change is not called real.
 */
export function scoreChange(before: readonly number[], after: readonly number[], confidence = CONFIDENCE): ScoreChange {
  if (before.length === 0 || after.length === 0)
    return { change: null, low: null, high: null, df: null, verdict: 'no-interval' };
  const change = mean([...after]) - mean([...before]);
  if (before.length < 2 || after.length < 2) return { change, low: null, high: null, df: null, verdict: 'no-interval' };
  const vb = sampleStandardDeviation([...before]) ** 2 / before.length;
  const va = sampleStandardDeviation([...after]) ** 2 / after.length;
  const se2 = va + vb;
  if (se2 === 0) return { change, low: null, high: null, df: null, verdict: 'no-interval' };
  const df = se2 ** 2 / (vb ** 2 / (before.length - 1) + va ** 2 / (after.length - 1));
  const half = studentTQuantile(1 - (1 - confidence) / 2, df) * Math.sqrt(se2);
  const low = change - half;
  const high = change + half;
  return { change, low, high, df, verdict: low > 0 || high < 0 ? 'real-change' : 'within-noise' };
}

const clip = (v: number) => Math.min(100, Math.max(0, v));
