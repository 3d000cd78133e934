import { describe, expect, it } from 'vitest';
import { CLOCK_ALLOWANCE_MS, instantMs, isInTheFuture, raterNamedTwice, raterNamesSchema } from '../../../shared/rules';

describe("a calibration session's raters", () => {
  it('are each named once, apart from case and surrounding spaces', () => {
    expect(raterNamedTwice(['Lina', 'Omar'])).toBeNull();
    expect(raterNamedTwice(['Lina', 'Lina'])).toBe('Lina');
    expect(raterNamedTwice(['Lina', 'Omar', 'lina'])).toBe('lina');
    expect(raterNamedTwice([' Lina', 'LINA  '])).toBe('LINA');
    expect(raterNamedTwice(['لينا', 'عمر', ' لينا'])).toBe('لينا');
  });

  it("the screen's schema trims each name and refuses one named twice", () => {
    expect(raterNamesSchema.parse([' Lina ', 'Omar'])).toEqual(['Lina', 'Omar']);
    expect(raterNamesSchema.safeParse(['Lina', ' lina']).success).toBe(false);
    expect(raterNamesSchema.safeParse(['Lina']).success).toBe(false);
  });
});

describe('times from another laptop', () => {
  const now = new Date('2027-03-01T09:00:00Z');

  it('are in the future only beyond the clock allowance', () => {
    expect(CLOCK_ALLOWANCE_MS).toBe(10 * 60_000);
    expect(isInTheFuture('2027-03-01T09:10:00Z', now)).toBe(false);
    expect(isInTheFuture('2027-03-01T09:10:00.001Z', now)).toBe(true);
    expect(isInTheFuture('9999-12-31T23:59:59.999Z', now)).toBe(true);
    // 11:05 in Beirut is 09:05Z: within the allowance, though its text sorts later.
    expect(isInTheFuture('2027-03-01T11:05:00+02:00', now)).toBe(false);
  });

  it('compare as instants, whatever their offsets', () => {
    expect(instantMs('2027-03-01T11:00:00+02:00')).toBe(instantMs('2027-03-01T09:00:00.000Z'));
    expect(instantMs('2027-03-01T05:06:00-04:00')).toBeGreaterThan(instantMs('2027-03-01T09:05:00Z'));
  });
});
