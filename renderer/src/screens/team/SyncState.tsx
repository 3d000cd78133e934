import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { TeamStatus } from '../../../../shared/api/team-api';
import { reasonSentence } from '../../lib/reason-text';
import { useTeam } from '../../stores/team-store';
import './team.css';

/** "3 changes waiting", "Synced 2 min ago", "Offline": the words for a sync state. */
export function syncStateText(t: TFunction, s: TeamStatus, now: Date, language: string): string {
  const parts: string[] = [];
  if (s.state === 'syncing') parts.push(t('team.state.syncing'));
  else if (s.state === 'offline') parts.push(t('team.state.offline'));
  else if (s.state === 'error') parts.push(t('team.state.error'));
  else if (s.state === 'revoked') parts.push(t('team.state.revoked'));
  if (s.waiting > 0) parts.push(t('team.state.waiting', { count: s.waiting }));
  else if (s.state !== 'syncing' && s.lastSyncAt) {
    const minutes = Math.max(0, Math.round((now.getTime() - new Date(s.lastSyncAt).getTime()) / 60_000));
    const ago = new Intl.RelativeTimeFormat(language, { numeric: 'auto' }).format(-minutes, 'minute');
    parts.push(minutes < 1 ? t('team.state.syncedJustNow') : t('team.state.synced', { ago }));
  } else if (s.state === 'idle' && !s.lastSyncAt) parts.push(t('team.state.never'));
  if (s.conflicts > 0) parts.push(t('team.state.conflicts', { count: s.conflicts }));
  if (s.refused > 0) parts.push(t('team.state.refused', { count: s.refused }));
  return parts.join(' · ');
}

/** The top bar's sync state; a click syncs now. Shown only on a laptop that is in a team. */
export function SyncState() {
  const { t, i18n } = useTranslation();
  const status = useTeam((s) => s.status);
  const load = useTeam((s) => s.load);
  const watch = useTeam((s) => s.watch);
  const syncNow = useTeam((s) => s.syncNow);
  useEffect(() => {
    void load();
    return watch();
  }, [load, watch]);
  if (!status?.linked) return null;
  const text = syncStateText(t, status, new Date(), i18n.language);
  return (
    <button
      type="button"
      className={`sync-state sync-${status.state}`}
      onClick={syncNow}
      disabled={status.state === 'syncing'}
      title={
        status.lastErrorReason ? reasonSentence(t, status.lastErrorReason) : (status.lastError ?? t('team.syncNow'))
      }
      aria-label={`${text}. ${t('team.syncNow')}`}
      data-testid="sync-state"
      data-state={status.state}
    >
      <span className="sync-dot" aria-hidden="true" />
      <span role="status" aria-live="polite">
        {text}
      </span>
    </button>
  );
}
