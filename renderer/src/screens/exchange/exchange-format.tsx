import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/result';
import { describeError } from '../../lib/field-errors';

/** Bytes of a file as base64, in slices (String.fromCharCode takes a bounded number of arguments). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** A field value of a record as text. */
export const show = (value: unknown) =>
  value === null || value === undefined ? '—' : typeof value === 'string' ? value : JSON.stringify(value);

const NAMED_CODES = new Set(['INVALID_FILE', 'NOT_FOUND', 'NOT_ALLOWED', 'AUDIT_COMPLETE']);

export function ErrorLine({ error }: { error: ApiError }) {
  const { t } = useTranslation();
  // A refusal with a reason is said whole in the user's language; one without names its problem in English.
  return (
    <p role="alert" className="exchange-error">
      {describeError(t, error)}{' '}
      {!error.reason && NAMED_CODES.has(error.code) ? <span dir="auto">{error.message}</span> : null}
    </p>
  );
}
