/**
 * When a touchpoint fails: below this score, or with a failed knock-out (which scores it 0). The one rule the
 * dashboard's failing moments, the comparison's failing moments of truth and the report's pain points all judge by.
 */
import { shownPercent } from './shown-percent';

export const TOUCHPOINT_FAIL_BELOW = 50;

export function touchpointFails(tp: { percent: number | null; criticalFailed: boolean }): boolean {
  return tp.criticalFailed || (tp.percent !== null && shownPercent(tp.percent) < TOUCHPOINT_FAIL_BELOW);
}
