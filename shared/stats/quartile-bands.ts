import { quantile } from 'simple-statistics';

/** Fewer sites than this and quartiles say nothing: no bands. */
export const MIN_SITES_FOR_BANDS = 4;

export type QuartileBand = 'top' | 'upper-middle' | 'lower-middle' | 'bottom';
export interface QuartileBands {
  q1: number;
  median: number;
  q3: number;
}

/** Quartiles of the sites' scores (simple-statistics' quantile), or null below MIN_SITES_FOR_BANDS. */
export function quartileBands(scores: readonly number[]): QuartileBands | null {
  if (scores.length < MIN_SITES_FOR_BANDS) return null;
  const [q1, median, q3] = quantile([...scores], [0.25, 0.5, 0.75]) as number[];
  return { q1: q1!, median: median!, q3: q3! };
}

/** Which quarter of the sites a score falls in (a score on a boundary goes to the upper band). */
export function bandOf(score: number, bands: QuartileBands): QuartileBand {
  if (score >= bands.q3) return 'top';
  if (score >= bands.median) return 'upper-middle';
  if (score >= bands.q1) return 'lower-middle';
  return 'bottom';
}
