import { describe, expect, it } from 'vitest';
import { TOUCHPOINT_FAIL_BELOW, touchpointFails } from '../../../shared/rules';

describe('when a touchpoint fails (one rule for the dashboard, the comparison and the report)', () => {
  it('fails below the bound or with a failed knock-out; at the bound, above it or unscored it does not', () => {
    expect(TOUCHPOINT_FAIL_BELOW).toBe(50);
    expect(touchpointFails({ percent: 49.9, criticalFailed: false })).toBe(true);
    expect(touchpointFails({ percent: 50, criticalFailed: false })).toBe(false);
    expect(touchpointFails({ percent: 100, criticalFailed: false })).toBe(false);
    expect(touchpointFails({ percent: null, criticalFailed: false })).toBe(false);
    expect(touchpointFails({ percent: 100, criticalFailed: true })).toBe(true);
    expect(touchpointFails({ percent: null, criticalFailed: true })).toBe(true);
  });
});

describe('thresholds judge the percent as shown (one decimal)', () => {
  it('15 of 30 points, computed as 49.99999999999999, is 50.0% and passes; 49.96% shows 50.0% and passes; 49.94% fails', async () => {
    const { shownPercent } = await import('../../../shared/rules/shown-percent');
    const fifteenOfThirty = ((6 + 7 + 2) / 30) * 100 - 1e-14;
    expect(fifteenOfThirty).toBeLessThan(50);
    expect(touchpointFails({ percent: fifteenOfThirty, criticalFailed: false })).toBe(false);
    expect(touchpointFails({ percent: 49.96, criticalFailed: false })).toBe(false);
    expect(touchpointFails({ percent: 49.94, criticalFailed: false })).toBe(true);
    expect(shownPercent(49.96)).toBe(50);
    expect(shownPercent(66.66666)).toBe(66.7);
  });
});
