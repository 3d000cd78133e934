import { describe, expect, it } from 'vitest';
import {
  contrastRatio,
  heatBackgroundLuminance,
  heatColour,
  heatRgb,
  heatTextLuminance,
} from '../../renderer/src/components/charts/palette';

describe('heat-table text contrast', () => {
  it('is at least 4.5:1 on every shade from 0% to 100%', () => {
    for (let p = 0; p <= 100; p += 0.5) {
      const ratio = contrastRatio(heatTextLuminance(p), heatBackgroundLuminance(p));
      expect(ratio, `${p}%`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('computes the same colour the cell is painted with (hsl 205 70% l)', () => {
    // hsl(205 70% 92%) by hand: a = 0.7 * min(0.92, 0.08) = 0.056; red = (0.92 - a) * 255 = 220.3,
    // green = (0.92 + a * 1/6) * 255 = 237.0, blue = (0.92 + a) * 255 = 248.9.
    expect(heatColour(0)).toBe('hsl(205 70% 92%)');
    expect(heatRgb(0)).toEqual([220, 237, 249]);
  });
});
