import type { TFunction } from 'i18next';
import { PERCENT_DECIMALS, percentText } from '../../lib/format-score';
import { METRIC_UNIT, type MetricKey } from '../../../../shared/metrics/compute-metrics';

/** Keeps a signed number in one piece inside right-to-left text ("+20", not "20+"). */
const isolate = (text: string): string => `\u2066${text}\u2069`;

/** Display rounding happens here and only here: the figures themselves are exact. */
export function number(language: string, value: number, options: Intl.NumberFormatOptions = {}): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 1, ...options }).format(value);
}

/** A metric share (0..100) in the app's one percent format ("75.0%", "72.5%"), as every score. */
export const percent = (language: string, value: number): string => percentText(language, value);

/** A metric's value for people: "+30", "75.0%", "5.5 / 7", "26.5 h", "7 min"; null is "No data". */
export function formatMetric(
  t: TFunction,
  language: string,
  key: MetricKey,
  value: number | null,
  scale?: number | null,
): string {
  if (value === null) return t('metrics.noData');
  switch (METRIC_UNIT[key]) {
    case 'nps':
      return isolate(number(language, value, { signDisplay: 'exceptZero' }));
    case 'percent':
      return percent(language, value);
    case 'scale':
      return t('metrics.ces.value', {
        mean: number(language, value, { minimumFractionDigits: 1 }),
        scale: scale ? number(language, scale) : '?',
      });
    case 'hours':
      return t('metrics.units.hours', { value: isolate(number(language, value)) });
    case 'minutes':
      return t('metrics.units.minutes', { value: isolate(number(language, value)) });
  }
}

/** A change, always signed: "+20 NPS points", "−6 h", "+5.0 pp". */
export function formatMetricChange(t: TFunction, language: string, key: MetricKey, change: number | null): string {
  if (change === null) return '—';
  const signed = isolate(number(language, change, { signDisplay: 'exceptZero' }));
  switch (METRIC_UNIT[key]) {
    case 'nps':
      return t('metrics.units.npsPoints', { value: signed });
    case 'percent':
      // Points of a share, at the shares' own precision ("+5.0 pp" beside "75.0%").
      return t('metrics.units.percentPoints', {
        value: isolate(
          number(language, change, { signDisplay: 'exceptZero', minimumFractionDigits: PERCENT_DECIMALS }),
        ),
      });
    case 'scale':
      return signed;
    case 'hours':
      return t('metrics.units.hours', { value: signed });
    case 'minutes':
      return t('metrics.units.minutes', { value: signed });
  }
}
