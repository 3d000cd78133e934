/**
 * Okabe-Ito colours: told apart by people with the common colour-vision deficiencies, and in
 * grey-scale print (blue and orange differ in lightness). Series also differ in dash or shape.
 */
export const BEFORE_COLOUR = '#E69F00';
export const AFTER_COLOUR = '#0072B2';
export const SERIES_COLOURS = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#000000',
  '#F0E442',
] as const;
export const DASHES = ['0', '6 3', '2 2', '8 3 2 3'] as const;

/** Heat colour for a percentage: a single-hue blue ramp (light = weak), readable without colour. */
export function heatColour(percent: number | null): string {
  if (percent === null) return 'transparent';
  const l = 92 - Math.max(0, Math.min(100, percent)) * 0.5;
  return `hsl(205 70% ${l}%)`;
}
/** WCAG relative luminance of an sRGB colour given as 0..255 channels. */
function luminance([r, g, b]: readonly [number, number, number]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

function hslToRgb(h: number, s: number, l: number): [number, number, number] {
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => {
    const k = (n + h / 30) % 12;
    return Math.round(255 * (l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1))));
  };
  return [f(0), f(8), f(4)];
}

/** Contrast ratio of two luminances (WCAG). */
export const contrastRatio = (a: number, b: number): number => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);

/** The heat cell's background as RGB, for the text choice below. */
export function heatRgb(percent: number): [number, number, number] {
  return hslToRgb(205, 0.7, (92 - Math.max(0, Math.min(100, percent)) * 0.5) / 100);
}

const WHITE = 1;
const INK = luminance([0, 0, 0]);

/** White or black, whichever reads better on the cell: at least 4.5:1 on every shade (tested). */
export const heatText = (percent: number | null): string => {
  if (percent === null) return '#1d2733';
  const bg = luminance(heatRgb(percent));
  return contrastRatio(WHITE, bg) >= contrastRatio(INK, bg) ? '#fff' : '#000';
};

export const heatTextLuminance = (percent: number): number => (heatText(percent) === '#fff' ? WHITE : INK);
export const heatBackgroundLuminance = (percent: number): number => luminance(heatRgb(percent));
