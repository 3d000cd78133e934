import { daysInMonth } from './dates';

/**
 * Retention of mystery-shop data. After a client's retention period, a visit keeps its scores,
 * answers, times and counts but loses what identifies or was written by its shopper: the shopper's
 * name, the free text and the photos. The purge is the one write a complete or reviewed visit
 * accepts: privacy law outranks the lock, and the purge is recorded in the privacy log and the trail.
 */
export const RETENTION_MONTHS = { min: 1, max: 120 } as const;

/** The day before which a visit is past a retention of `months`, counted back from `today` (YYYY-MM-DD). */
export function retentionCutoff(today: string, months: number): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const day = Math.min(d, daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A visit dated strictly before the cutoff is past its retention. */
export function isPastRetention(visitDate: string, cutoff: string): boolean {
  return visitDate < cutoff;
}

/**
 * One shopper however the name was typed on different laptops: trimmed, spaces folded, case and
 * Unicode form ignored ("Ana  Pop" and "ana pop" are one person; "Ană" and "Ana" are not).
 */
export function shopperKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/gu, ' ').toLocaleLowerCase('und');
}

/** Why a data-changing privacy step was refused: its preview no longer matches the data. */
export const STALE_PREVIEW_MESSAGE =
  'The data changed since the preview was made, so the purge did not run. Preview again and confirm what it lists now.';
