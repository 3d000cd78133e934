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
