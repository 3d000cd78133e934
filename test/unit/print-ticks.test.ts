import { describe, expect, it } from 'vitest';
import { PRINT_CONTENT_WIDTH } from '../../renderer/src/screens/print/print-charts';
import { tickLayout, tickLines, TICK_FONT_MAX } from '../../renderer/src/components/charts/tick-layout';

// Ten stages of a Romanian journey: at 680 px less the axis, each band is (680 − 56) / 10 = 62.4 px.
const STAGES = [
  'Conștientizare',
  'Evaluare',
  'Achiziție',
  'După achiziție',
  'Servicii și asistență',
  'Fidelizare',
  'Recomandare',
  'Reactivare',
  'Comunicațiile personalizate',
  'Renunțare',
];

describe('printed chart labels', () => {
  it('keep every word whole and never end in "…", with ten Romanian stages', () => {
    const band = (PRINT_CONTENT_WIDTH - 56) / STAGES.length - 6;
    const { fontSize, height } = tickLayout(STAGES, band);
    // "Conștientizare" (14 letters) must fit 56.4 px: 14 × 0.56 em ≤ 56.4 px → at most 7.19 px, so 7 px.
    expect(fontSize).toBe(7);
    for (const label of STAGES) {
      const lines = tickLines(label, band, fontSize);
      expect(lines.join(' ')).toBe(label);
      expect(lines.some((l) => l.includes('…'))).toBe(false);
      for (const line of lines) expect(line.length * fontSize * 0.56).toBeLessThanOrEqual(band);
    }
    // "Servicii și asistență" at 7 px: 14 letters a line (56.4 / 3.92), so "Servicii și" / "asistență": two lines.
    expect(tickLines('Servicii și asistență', band, fontSize)).toEqual(['Servicii și', 'asistență']);
    expect(height).toBe(Math.ceil(8 + 2 * 7 * 1.2));
  });

  it('keeps the full size when the words fit', () => {
    expect(tickLayout(['Digital', 'Human', 'Physical'], 200).fontSize).toBe(TICK_FONT_MAX);
    expect(tickLines('Before the visit', 200, 11)).toEqual(['Before the visit']);
  });
});
