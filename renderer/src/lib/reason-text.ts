import type { TFunction } from 'i18next';
import { sayReason, type Reason } from '../../../shared/reasons/reason';

/** First-strong isolate … pop: text from the data keeps its own direction inside a sentence of the UI's. */
const isolate = (text: string) => `\u2068${text}\u2069`;

/** A reason the backend gave, in the user's language; the data's names (titles, ids) isolated as they were typed. */
export function reasonText(t: TFunction, r: Reason): string {
  return sayReason(isolated(r), (key, values) => t(`reasons.${key}`, values));
}

function isolated(r: Reason): Reason {
  const params: Reason['params'] = {};
  for (const [name, value] of Object.entries(r.params))
    params[name] = typeof value === 'string' ? isolate(value) : typeof value === 'number' ? value : isolated(value);
  return { key: r.key, params };
}

/** A reason as a sentence of its own: rule refusals are fragments ("the baseline must…"). */
export function reasonSentence(t: TFunction, r: Reason): string {
  const text = reasonText(t, r);
  const first = text.charAt(0).toLocaleUpperCase();
  return /[.!?؟]$/.test(text) ? `${first}${text.slice(1)}` : `${first}${text.slice(1)}.`;
}
