import type { TFunction } from 'i18next';
import type { ApiError, FieldIssue } from '../../../shared/result';
import { ApiCallError } from '../api/api-client';
import { reasonSentence } from './reason-text';

/** Field name -> translated message, for the form fields a validation error names. */
export function fieldErrors(
  t: TFunction,
  issues: readonly FieldIssue[] | undefined,
  labelPrefix: string,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues ?? []) {
    const field = issue.field.split('.').pop() ?? issue.field;
    const label = t(`${labelPrefix}.${field}`, { defaultValue: field });
    out[field] ??= t(`validation.${issue.rule}`, { field: label, limit: issue.limit });
  }
  return out;
}

export function apiErrorOf(error: unknown): ApiError {
  if (error instanceof ApiCallError) return error.error;
  return { code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) };
}

/**
 * The user's-language sentence for an error: a refusal with a reason says it after the code's text,
 * validation names its fields, other codes their catalog text.
 */
export function describeError(t: TFunction, error: ApiError, labelPrefix = 'clients.fields'): string {
  if (error.reason) return `${t(`errors.${error.code}`)} ${reasonSentence(t, error.reason)}`;
  if (error.code === 'VALIDATION' && error.issues?.length)
    return Object.values(fieldErrors(t, error.issues, labelPrefix)).join(' ');
  return t(`errors.${error.code}`);
}
