import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/result';
import { RestoreNewestBackup } from './RestoreNewestBackup';

/** Shown instead of the app when the data cannot be opened (newer version, damaged file...). */
export function StartupError({ error }: { error: ApiError }) {
  const { t } = useTranslation();
  return (
    <main className="empty-state startup-error" role="alert" data-testid="startup-error" data-code={error.code}>
      <h1>{t('errors.startupTitle')}</h1>
      <p>{t(`errors.${error.code}`)}</p>
      <p className="muted small" dir="auto">
        {t('errors.details', { message: error.message })}
      </p>
      {error.code === 'DB_DAMAGED' || error.code === 'MIGRATION_FAILED' ? <RestoreNewestBackup /> : null}
    </main>
  );
}
