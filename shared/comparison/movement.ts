import type { Movement } from './comparison-types';

/** The default number of percentage points a score must move to count as improved or regressed. */
export const DEFAULT_THRESHOLD = 5;
/** A change this close to the threshold counts as reaching it (floating-point noise in 90 - 40). */
const EPSILON = 1e-9;

/** What a change means against the threshold; no score on either side is not comparable. */
export function movementOf(change: number | null, threshold = DEFAULT_THRESHOLD): Movement {
  if (change === null) return 'not-comparable';
  if (change >= threshold - EPSILON) return 'improved';
  if (change <= -threshold + EPSILON) return 'regressed';
  return 'unchanged';
}
