import type { TFunction } from 'i18next';
import { numberFormat } from './formatters';

/** A percentage for people: one decimal, in the interface's number format; null is "no score", never 0%. */
export function formatPercent(t: TFunction, language: string, value: number | null | undefined): string {
  if (value === null || value === undefined) return t('insights.noScore');
  return `${numberFormat(language, { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(value)}%`;
}

/** A change in percentage points, always signed: "+12.5 pts", "−3.0 pts". */
export function formatChange(t: TFunction, language: string, change: number | null | undefined): string {
  if (change === null || change === undefined) return '—';
  const n = numberFormat(language, {
    maximumFractionDigits: 1,
    minimumFractionDigits: 1,
    signDisplay: 'exceptZero',
  }).format(change);
  return t('insights.points', { value: n });
}

/** Rounded for charts (recharts needs numbers; null stays a gap). */
export const chartValue = (value: number | null | undefined): number | null =>
  value === null || value === undefined ? null : Math.round(value * 10) / 10;
