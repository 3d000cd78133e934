import type { TFunction } from 'i18next';
import type { ApiError } from '../../../../shared/result';
import { describeError } from '../../lib/field-errors';

/** A team request's failure in the user's language: the hub did not answer, or no longer knows this laptop. */
export function teamErrorText(t: TFunction, error: ApiError): string {
  if (error.code === 'BACKEND_UNAVAILABLE') return t('team.errors.unreachable');
  if (error.code === 'UNAUTHORIZED') return t('team.errors.revoked');
  return describeError(t, error);
}
