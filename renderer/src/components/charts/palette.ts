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
export const heatText = (percent: number | null): string => (percent !== null && percent >= 60 ? '#fff' : '#1d2733');
