import { z } from 'zod';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days in a month of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Is this YYYY-MM-DD a day that exists (2024-02-29 yes, 2025-02-30 no)? */
export function isCalendarDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export const CALENDAR_DATE_MESSAGE = 'is not a real calendar date (YYYY-MM-DD)';

/** A calendar date, YYYY-MM-DD, that exists: audit, wave, visit and due dates. */
export const calendarDateSchema = z.string().refine(isCalendarDate, CALENDAR_DATE_MESSAGE);

/** An instant as ISO 8601 with a time zone (what Date.prototype.toISOString gives). */
export const isoInstantSchema = z.iso.datetime({ offset: true });

/**
 * How far ahead of this computer's clock a time from elsewhere (another laptop's package) may be:
 * clocks of laptops set by the network differ by seconds, one set by hand by minutes. A time later
 * than that is refused, as a time in the future would otherwise win over every real later change.
 */
export const CLOCK_ALLOWANCE_MS = 10 * 60_000;

/** The instant of an ISO 8601 time with its offset, in milliseconds (times are compared as instants, never as text). */
export const instantMs = (iso: string): number => Date.parse(iso);

/** Is this instant later than `now` plus the clock allowance? */
export function isInTheFuture(iso: string, now: Date): boolean {
  return instantMs(iso) > now.getTime() + CLOCK_ALLOWANCE_MS;
}
