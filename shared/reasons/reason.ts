import { ENGLISH_REASONS, type ReasonKey } from './english-reasons';

export type { ReasonKey } from './english-reasons';

/** A value put into a reason: text from the data (a title, an id), a number, or another reason. */
export type ReasonValue = string | number | Reason;

/**
 * Why something was refused, as a key and its values rather than a sentence: the backend writes it
 * in English, the screen in the user's language, from the same key.
 */
export interface Reason {
  key: ReasonKey;
  params: { [name: string]: ReasonValue };
}

export const reason = (key: ReasonKey, params: Reason['params'] = {}): Reason => ({ key, params });

export const isReason = (value: unknown): value is Reason =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Reason).key === 'string' &&
  Object.hasOwn(ENGLISH_REASONS, (value as Reason).key) &&
  typeof (value as Reason).params === 'object' &&
  (value as Reason).params !== null;

/**
 * Says a reason with `say(key, values)` (i18next's t, or the English table), saying nested reasons
 * first. Values are placed as they are: the data's text is never read as markup or placeholders.
 */
export function sayReason(r: Reason, say: (key: ReasonKey, values: Record<string, string | number>) => string): string {
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(r.params))
    values[name] = typeof value === 'object' ? sayReason(value, say) : value;
  return say(r.key, values);
}

/** The reason in English, for error messages and logs. */
export function inEnglish(r: Reason): string {
  return sayReason(r, (key, values) =>
    ENGLISH_REASONS[key].replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
      Object.hasOwn(values, name) ? String(values[name]) : whole,
    ),
  );
}

/** A rule's refusal fragment ("the baseline must…") as a sentence. */
export function asSentence(r: Reason): string {
  const text = inEnglish(r);
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}
