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
