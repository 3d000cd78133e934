import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/result';
import { describeError } from '../../lib/field-errors';
import { reasonSentence } from '../../lib/reason-text';

/** Bytes of a file as base64, in slices (String.fromCharCode takes a bounded number of arguments). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

const NAMED_CODES = new Set(['INVALID_FILE', 'NOT_FOUND', 'NOT_ALLOWED', 'AUDIT_COMPLETE']);

export function ErrorLine({ error }: { error: ApiError }) {
  const { t } = useTranslation();
  const isPackage = error.code === 'INVALID_FILE';
  // A file that is not a readable package is called a package here (the shared INVALID_FILE text speaks of templates).
  const summary = isPackage
    ? `${t('exchangeWords.invalidPackage')}${error.reason ? ` ${reasonSentence(t, error.reason)}` : ''}`
    : describeError(t, error);
  // A refusal with a reason is said whole in the user's language; one without names its problem in English.
  return (
    <p role="alert" className="exchange-error" data-testid="exchange-error">
      {summary}{' '}
      {!error.reason && NAMED_CODES.has(error.code) ? (
        <>
          {isPackage ? `${t('exchangeWords.invalidPackageDetail')} ` : null}
          <span dir="auto">{error.message}</span>
        </>
      ) : null}
    </p>
  );
}
