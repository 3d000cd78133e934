import type { TFunction } from 'i18next';
import { splitDuration } from '../../../../shared/domain/visit';
import { dateFormat } from '../../lib/formatters';

/** "4 min 05 s", "45 s", "1 h 02 min"; null is "—" (a moment missing or out of order). */
export function formatDuration(t: TFunction, seconds: number | null): string {
  if (seconds === null) return '—';
  const { h, m, s } = splitDuration(seconds);
  const pad = (n: number) => String(n).padStart(2, '0');
  if (h > 0) return t('visits.duration.hm', { h, m: pad(m) });
  if (m > 0) return t('visits.duration.ms', { m, s: pad(s) });
  return t('visits.duration.s', { s });
}

/** A tapped moment's clock time, with seconds, isolated for mixed-direction text. */
export const formatClock = (language: string, iso: string): string =>
  `\u2068${dateFormat(language, { hour: '2-digit', minute: '2-digit', second: '2-digit' }).format(new Date(iso))}\u2069`;

/** ISO instant ↔ the value of an <input type="datetime-local"> (local wall time, minutes). */
export function toLocalInput(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
export function fromLocalInput(value: string): string | null {
  if (!value) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** A tapped moment as the value of an <input type="time" step="1">: local wall time with seconds. */
export function toTimeInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : `${pad2(d.getHours())}:${pad2(d.getMinutes())}:${pad2(d.getSeconds())}`;
}

/**
 * A corrected time on the visit's day: the day of the instant given (the moment's own stamp, else
 * another moment's, else the visit's date), local wall time. "" clears the moment; null is not a time.
 */
export function fromTimeInput(value: string, day: string): string | null | undefined {
  if (!value) return null;
  const m = /^(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  const [h, min, sec] = [Number(m?.[1]), Number(m?.[2]), Number(m?.[3] ?? 0)];
  if (!m || h > 23 || min > 59 || sec > 59) return undefined;
  const [y, mo, d] = day.split('-').map(Number) as [number, number, number];
  const at = new Date(y, mo - 1, d, h, min, sec);
  return Number.isNaN(at.getTime()) ? undefined : at.toISOString();
}

/** The local calendar day (YYYY-MM-DD) a moment's corrected time belongs to. */
export function visitDay(stamps: (string | null | undefined)[], fallbackDay: string): string {
  const first = stamps.find((s) => s && !Number.isNaN(new Date(s).getTime()));
  if (!first) return fallbackDay;
  const d = new Date(first);
  return `${d.getFullYear()}-${pad2(d.getMonth() + 1)}-${pad2(d.getDate())}`;
}
