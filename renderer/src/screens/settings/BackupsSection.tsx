import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BACKUP_INTERVAL_MINUTES, type BackupInfo } from '../../../../shared/backups/backup-policy';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { describeError } from '../../lib/field-errors';
import { dateFormat, numberFormat } from '../../lib/formatters';
import { useBackups } from '../../stores/backups-store';
import './backups.css';
import { TableHead } from '../../components/TableHead';

const INTERVAL_CHOICES = [0, 10, 30, 60, 240] as const;

/** Settings → Backups: the kept copies with what each holds, a backup now, the interval, and restore (confirmed). */
export function BackupsSection() {
  const { t, i18n } = useTranslation();
  const { list, error, busy, load, create, setInterval, restore } = useBackups();
  const [confirming, setConfirming] = useState<BackupInfo | null>(null);
  useEffect(() => void load(), [load]);
  const when = (iso: string) =>
    `\u2068${dateFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso))}\u2069`;
  const size = (bytes: number) =>
    numberFormat(i18n.language, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(
      bytes / 1024 / 1024,
    );
  const interval = list?.intervalMinutes ?? BACKUP_INTERVAL_MINUTES.default;
  const choices = INTERVAL_CHOICES.includes(interval as (typeof INTERVAL_CHOICES)[number])
    ? INTERVAL_CHOICES
    : [...INTERVAL_CHOICES, interval].sort((a, b) => a - b);

  return (
    <section className="settings-group backups" aria-labelledby="settings-backups" data-testid="backups-section">
      <h2 id="settings-backups">{t('backups.title')}</h2>
      <p className="muted">{t('backups.hint')}</p>
      <div className="backups-controls">
        <label className="field backups-interval">
          <span className="settings-label">{t('backups.interval')}</span>
          <select
            value={interval}
            disabled={busy !== null || !list}
            onChange={(e) => void setInterval(Number(e.target.value))}
            data-testid="backups-interval"
          >
            {choices.map((m) => (
              <option key={m} value={m}>
                {m === 0 ? t('backups.intervalOff') : t('backups.everyMinutes', { count: m })}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="button"
          disabled={busy !== null}
          onClick={() => void create()}
          data-testid="backups-create"
        >
          {busy === 'create' ? t('backups.creating') : t('backups.createNow')}
        </button>
      </div>
      {error ? (
        <p className="form-error" role="alert" data-testid="backups-error">
          {describeError(t, error)}
        </p>
      ) : null}
      {!list ? (
        <p className="muted">{t('app.loading')}</p>
      ) : list.backups.length === 0 ? (
        <p className="muted" data-testid="backups-empty">
          {t('backups.empty')}
        </p>
      ) : (
        <table className="backups-table" data-testid="backups-table">
          <TableHead
            columns={[
              t('backups.when'),
              t('backups.why'),
              t('backups.holds'),
              t('backups.size'),
              <span className="visually-hidden">{t('backups.restore')}</span>,
            ]}
          />
          <tbody>
            {list.backups.map((b) => (
              <tr key={b.name} data-testid="backup-row" data-name={b.name}>
                <td>{when(b.createdAt)}</td>
                <td>{t(`backups.reasons.${b.reason}`)}</td>
                <td>
                  {t('backups.counts', {
                    clients: b.counts.clients,
                    audits: b.counts.audits,
                    answers: b.counts.answers,
                    photos: b.counts.photos,
                  })}
                </td>
                <td>{size(b.bytes)}</td>
                <td>
                  {b.verified ? (
                    <button
                      type="button"
                      className="button button-small"
                      disabled={busy !== null}
                      onClick={() => setConfirming(b)}
                      data-testid="backup-restore"
                    >
                      {typeof busy === 'object' && busy?.restoring === b.name
                        ? t('backups.restoring')
                        : t('backups.restore')}
                    </button>
                  ) : (
                    <span className="form-error">{t('backups.damaged')}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {list ? (
        <p className="muted small">
          {t('backups.folder')} <code dir="ltr">{list.folder}</code>
        </p>
      ) : null}
      <ConfirmDialog
        open={confirming !== null}
        title={t('backups.confirmTitle')}
        body={confirming ? t('backups.confirmBody', { when: when(confirming.createdAt) }) : ''}
        confirmLabel={t('backups.restore')}
        cancelLabel={t('backups.cancel')}
        onConfirm={() => {
          const chosen = confirming;
          setConfirming(null);
          if (chosen) void restore(chosen.name);
        }}
        onOpenChange={(open) => !open && setConfirming(null)}
      />
    </section>
  );
}
