import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { newestGoodBackup } from '../../../shared/backups/backup-policy';
import { describeError } from '../lib/field-errors';
import { dateFormat } from '../lib/formatters';
import { useBackups } from '../stores/backups-store';
import './settings/backups.css';

/** On the damaged-file and failed-update screens: the newest good backup, restored in one click. */
export function RestoreNewestBackup() {
  const { t, i18n } = useTranslation();
  const { list, error, busy, load, restore } = useBackups();
  useEffect(() => void load(), [load]);
  const newest = list ? newestGoodBackup(list.backups) : null;
  if (!list) return null;
  return (
    <div className="startup-restore" data-testid="startup-restore">
      {newest ? (
        <>
          <p>
            {t('backups.newestOffer', {
              when: `\u2068${dateFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(newest.createdAt))}\u2069`,
              clients: newest.counts.clients,
              audits: newest.counts.audits,
              answers: newest.counts.answers,
              photos: newest.counts.photos,
            })}
          </p>
          <button
            type="button"
            className="button button-primary"
            disabled={busy !== null}
            onClick={() => void restore(newest.name)}
            data-testid="startup-restore-newest"
          >
            {busy ? t('backups.restoring') : t('backups.restoreNewest')}
          </button>
          <p className="muted small">{t('backups.setAsideNote')}</p>
        </>
      ) : (
        <p className="muted">{t('backups.noneToRestore', { folder: list.folder })}</p>
      )}
      {error ? (
        <p className="form-error" role="alert">
          {describeError(t, error)}
        </p>
      ) : null}
    </div>
  );
}
