import type { TFunction } from 'i18next';
import { isRtl, type Language } from '../../../shared/domain/settings';
import { numberFormat } from './formatters';

/**
 * A percentage for people: one decimal, in the interface's number format; null is "no score", never 0%.
 * In Arabic the figure is isolated left to right (LRI … PDI): set in a right-to-left line, "50.0%"
 * otherwise shows as "%50.0".
 */
export function formatPercent(t: TFunction, language: string, value: number | null | undefined): string {
  if (value === null || value === undefined) return t('insights.noScore');
  const text = `${numberFormat(language, { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(value)}%`;
  return isRtl(language as Language) ? `\u2066${text}\u2069` : text;
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
