import type { Movement } from './comparison-types';

/** The default number of percentage points a score must move to count as improved or regressed. */
export const DEFAULT_THRESHOLD = 5;

/** What a change means against the threshold; no score on either side is not comparable. */
export function movementOf(change: number | null, threshold = DEFAULT_THRESHOLD): Movement {
  if (change === null) return 'not-comparable';
  if (change >= threshold) return 'improved';
  if (change <= -threshold) return 'regressed';
  return 'unchanged';
}
