import type { TFunction } from 'i18next';
import { channelDisagreement } from '../../../../shared/audit-progress';
import type { AnswerValue } from '../../../../shared/domain/audit';
import type { Criterion } from '../../../../shared/domain/template';
import type { AnswerMark } from '../../../../shared/scoring/answer-marks';
import { barePercent } from '../../lib/format-score';
import { numberFormat } from '../../lib/formatters';

export const MARK_SYMBOL: Record<AnswerMark, string> = { pass: '✓', fail: '✗', na: '–', open: '·' };

/**
 * An answer in words: yes / no, "3 / 5", the option's label, each channel's answer. Option labels
 * and per-channel answers are user text: the caller shows them as text with dir="auto".
 */
export function answerText(
  t: TFunction,
  language: string,
  value: AnswerValue | null | undefined,
  criterion: Criterion,
): string {
  if (!value) return t('report.findings.unanswered');
  const n = (x: number) => numberFormat(language).format(x);
  switch (value.kind) {
    case 'na':
      return t('walk.na');
    case 'yesno':
      return value.value ? t('walk.yes') : t('walk.no');
    case 'scale':
      return t('report.findings.onScale', {
        value: n(value.value),
        max: n(criterion.scale.type === 'scale10' ? 10 : 5),
      });
    case 'option':
      return criterion.scale.type === 'options'
        ? (criterion.scale.options.find((o) => o.id === value.optionId)?.label ?? value.optionId)
        : value.optionId;
    case 'channels': {
      const channels = criterion.scale.type === 'perChannel' ? criterion.scale.channels : Object.keys(value.values);
      // Each "channel: answer" isolated, so a right-to-left answer does not swallow its neighbours.
      return channels.map((c) => `\u2068${c}: ${value.values[c]?.trim() || '—'}\u2069`).join(' · ');
    }
  }
}

/** Channels whose per-channel answer differs from the others (empty when they agree). */
export function disagreeingChannels(value: AnswerValue | null | undefined): string[] {
  return value?.kind === 'channels' ? channelDisagreement(value.values).outliers : [];
}

/**
 * Numbers inside translated sentences, in the interface's number format, one decimal at most, each
 * isolated so a right-to-left sentence keeps it whole; the `percents` are in the app's one percent format.
 */
export function formatParams(
  language: string,
  params: Record<string, number | string>,
  label: (name: string, value: string) => string,
  percents: ReadonlySet<string> = new Set(),
): Record<string, string> {
  const n = numberFormat(language, { maximumFractionDigits: 1 });
  const number = (k: string, v: number) => `\u2066${percents.has(k) ? barePercent(language, v) : n.format(v)}\u2069`;
  return Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, typeof v === 'number' ? number(k, v) : label(k, v)]),
  );
}

/** A calendar date (YYYY-MM-DD) of an ISO instant in the local zone. */
export function localDay(iso: string): string {
  const d = new Date(iso);
  const pad = (x: number) => String(x).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
