import { useTranslation } from 'react-i18next';
import { ALL_CLIENTS_LOG, usePrivacy } from '../../stores/privacy-store';

/** The privacy log: what was purged, erased or handed over, when and by whom; counts only. */
export function PrivacyLog({ clientId }: { clientId?: string }) {
  const { t, i18n } = useTranslation();
  const entries = usePrivacy((s) => s.logs[clientId ?? ALL_CLIENTS_LOG]) ?? [];
  if (entries.length === 0) return null;
  return (
    <div className="privacy-log">
      <h4>{t('privacy.log.title')}</h4>
      <ul data-testid="privacy-log">
        {entries.slice(0, 10).map((e) => (
          <li key={e.id}>
            <time dateTime={e.at}>
              {new Date(e.at).toLocaleString(i18n.language, { dateStyle: 'medium', timeStyle: 'short' })}
            </time>{' '}
            —{' '}
            {t(`privacy.log.${e.kind}`, {
              visits: e.summary.visits ?? 0,
              texts: e.summary.texts ?? 0,
              photos: e.summary.photos ?? 0,
            })}
            {e.actor && (
              <span className="muted" dir="auto">
                {' '}
                ({e.actor})
              </span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
