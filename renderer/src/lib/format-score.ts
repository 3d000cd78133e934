import type { TFunction } from 'i18next';
import { isRtl, type Language } from '../../../shared/domain/settings';
import { formatDay, numberFormat } from './formatters';

// The one precision of every percentage shown or printed lives with the rules, which judge thresholds on it.
import { PERCENT_DECIMALS } from '../../../shared/rules/shown-percent';
export { PERCENT_DECIMALS };

/**
 * The one percent format of the app, per language: the number in the language's format with `PERCENT_DECIMALS`,
 * then "%" with no space ("68.2%", "68,2%"; never Intl's "68,2 %" beside it, nor "٪" in one place and "%" in
 * another). In Arabic the figure is isolated left to right (LRI … PDI): set in a right-to-left line, "50.0%"
 * otherwise shows as "%50.0". Scores, metrics, chart labels and report sentences all come through here.
 */
export function percentText(language: string, value: number): string {
  const text = barePercent(language, value);
  return isRtl(language as Language) ? `\u2066${text}\u2069` : text;
}

/** The same format without the isolation, for callers that isolate the whole figure themselves. */
export function barePercent(language: string, value: number): string {
  return `${numberFormat(language, PERCENT).format(value)}%`;
}
const PERCENT: Intl.NumberFormatOptions = {
  minimumFractionDigits: PERCENT_DECIMALS,
  maximumFractionDigits: PERCENT_DECIMALS,
};

/** A percentage for people: one decimal; null is "no score", never 0%. */
export function formatPercent(t: TFunction, language: string, value: number | null | undefined): string {
  if (value === null || value === undefined) return t('insights.noScore');
  return percentText(language, value);
}

/** A change in percentage points, always signed: "+12.5 pts", "−3.0 pts". */
export function formatChange(t: TFunction, language: string, change: number | null | undefined): string {
  if (change === null || change === undefined) return '—';
  return t('insights.points', { value: numberFormat(language, CHANGE).format(change) });
}
const CHANGE: Intl.NumberFormatOptions = {
  maximumFractionDigits: PERCENT_DECIMALS,
  minimumFractionDigits: PERCENT_DECIMALS,
  signDisplay: 'exceptZero',
};

/** A mean emotion (1 angry … 5 delighted) at the same one decimal everywhere: "3.5", "4.0" (chart, table, tooltip, report). */
export function emotionMean(language: string, value: number): string {
  return numberFormat(language, PERCENT).format(value);
}

/**
 * The page's first number format loads the language's number data (tens of milliseconds on a busy
 * machine), inside whichever screen formats a score first: made when the window is idle after start
 * instead, with the formats the score screens use.
 */
export function prepareFormats(language: string): void {
  percentText(language, 0);
  numberFormat(language, CHANGE).format(0);
  formatDay(language, '2000-01-01');
}

/**
 * A score as a chart's data point: the exact value (null stays a gap). Not rounded here: a chart's label and
 * tooltip format it with `percentText`, as its table does, so both read the same (rounding first could round twice).
 */
export const chartValue = (value: number | null | undefined): number | null =>
  value === null || value === undefined ? null : value;
