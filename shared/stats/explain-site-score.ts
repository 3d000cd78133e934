import { CONFIDENCE, type ScoreInterval } from './score-interval';
import { studentTQuantile } from './t-distribution';

/**
 * A site's wave score opened to its arithmetic: the visits it is the mean of, their sum, and the
 * t-interval step by step (the same numbers visitScoreInterval gave the league table).
 */
export interface SiteScoreExplanation {
  visits: { auditId: string; title: string; score: number }[];
  n: number;
  sum: number;
  mean: number | null;
  /** Present from two visits on. */
  interval: {
    sd: number;
    df: number;
    t: number;
    halfWidth: number;
    rawLow: number;
    rawHigh: number;
    low: number;
    high: number;
    clipped: boolean;
  } | null;
}

export function explainSiteScore(
  visits: readonly { auditId: string; title: string; score: number }[],
  interval: ScoreInterval,
): SiteScoreExplanation {
  const sum = visits.reduce((a, v) => a + v.score, 0);
  const n = visits.length;
  const mean = n ? sum / n : null;
  const hasInterval = n >= 2 && interval.sd !== null && interval.halfWidth !== null && mean !== null;
  return {
    visits: [...visits],
    n,
    sum,
    mean,
    interval: hasInterval
      ? {
          sd: interval.sd!,
          df: n - 1,
          t: studentTQuantile(1 - (1 - CONFIDENCE) / 2, n - 1),
          halfWidth: interval.halfWidth!,
          rawLow: mean! - interval.halfWidth!,
          rawHigh: mean! + interval.halfWidth!,
          low: interval.low!,
          high: interval.high!,
          clipped: interval.low !== mean! - interval.halfWidth! || interval.high !== mean! + interval.halfWidth!,
        }
      : null,
  };
}
