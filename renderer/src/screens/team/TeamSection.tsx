import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { describeError } from '../../lib/field-errors';
import { reasonSentence } from '../../lib/reason-text';
import { useTeam } from '../../stores/team-store';
import { RefusedChanges } from './RefusedChanges';
import { syncStateText } from './SyncState';
import { TeamMembers } from './TeamMembers';
import './team.css';

/** Settings → Team: join a team hub with an invite code, see how sync stands, sync now, leave. */
export function TeamSection() {
  const { t, i18n } = useTranslation();
  const { status, error, busy, join, leave, syncNow } = useTeam();
  const [hubAddress, setHubAddress] = useState('');
  const [inviteCode, setInviteCode] = useState('');
  const [deviceName, setDeviceName] = useState('');
  const [confirmLeave, setConfirmLeave] = useState(false);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void join({ hubAddress, inviteCode, deviceName }).then((ok) => ok && setInviteCode(''));
  };
  const errorText = error
    ? error.code === 'BACKEND_UNAVAILABLE'
      ? t('team.errors.unreachable')
      : error.code === 'VALIDATION' && error.issues?.some((i) => i.field === 'hubAddress')
        ? t('team.errors.address')
        : error.code === 'NOT_ALLOWED' || error.code === 'UNAUTHORIZED'
          ? t('team.errors.refused')
          : describeError(t, error)
    : null;

  return (
    <section className="settings-group team" aria-labelledby="settings-team" data-testid="team-section">
      <h2 id="settings-team">{t('team.title')}</h2>
      {!status ? (
        <p className="muted">{t('app.loading')}</p>
      ) : !status.linked ? (
        <form className="team-join" onSubmit={submit} data-testid="team-join">
          <p className="muted">{t('team.hint')}</p>
          <label className="field">
            <span className="settings-label">{t('team.hubAddress')}</span>
            <input
              type="url"
              required
              dir="ltr"
              placeholder="https://hub.example.org"
              value={hubAddress}
              onChange={(e) => setHubAddress(e.target.value)}
              data-testid="team-hub-address"
            />
          </label>
          <label className="field">
            <span className="settings-label">{t('team.inviteCode')}</span>
            <input
              required
              dir="ltr"
              autoComplete="off"
              placeholder="ABCD-EFGH-JKLM"
              value={inviteCode}
              onChange={(e) => setInviteCode(e.target.value)}
              data-testid="team-invite-code"
            />
          </label>
          <label className="field">
            <span className="settings-label">{t('team.deviceName')}</span>
            <input
              required
              maxLength={80}
              value={deviceName}
              onChange={(e) => setDeviceName(e.target.value)}
              data-testid="team-device-name"
            />
          </label>
          <button type="submit" className="button primary" disabled={busy !== null} data-testid="team-join-submit">
            {busy === 'join' ? t('team.joining') : t('team.join')}
          </button>
        </form>
      ) : (
        <div className="team-linked" data-testid="team-linked">
          <dl className="team-facts">
            <dt>{t('team.team')}</dt>
            <dd>{status.teamName}</dd>
            <dt>{t('team.you')}</dt>
            <dd>
              {status.personName} ({t(`team.roles.${status.role}`)})
            </dd>
            <dt>{t('team.deviceName')}</dt>
            <dd>{status.deviceName}</dd>
            <dt>{t('team.hubAddress')}</dt>
            <dd dir="ltr">{status.hubAddress}</dd>
            <dt>{t('team.sync')}</dt>
            <dd data-testid="team-sync-state">{syncStateText(t, status, new Date(), i18n.language)}</dd>
          </dl>
          {status.lastError ? (
            <p className="form-error" data-testid="team-last-error">
              {status.lastErrorReason ? reasonSentence(t, status.lastErrorReason) : status.lastError}
            </p>
          ) : null}
          {status.state === 'revoked' ? (
            <p className="form-error" data-testid="team-revoked">
              {t('team.errors.revoked')}
            </p>
          ) : null}
          <p className="muted">{t('team.auto')}</p>
          <div className="team-actions">
            <button
              type="button"
              className="button primary"
              onClick={syncNow}
              disabled={status.state === 'syncing'}
              data-testid="team-sync-now"
            >
              {status.state === 'syncing' ? t('team.state.syncing') : t('team.syncNow')}
            </button>
            <button type="button" className="button" onClick={() => setConfirmLeave(true)} data-testid="team-leave">
              {t('team.leave')}
            </button>
          </div>
          <RefusedChanges count={status.refused} syncedAt={status.lastSyncAt} />
          {status.role === 'lead' && status.hubAddress ? <TeamMembers hubAddress={status.hubAddress} /> : null}
        </div>
      )}
      {errorText ? (
        <p className="form-error" role="alert" data-testid="team-error">
          {errorText}
        </p>
      ) : null}
      <ConfirmDialog
        open={confirmLeave}
        title={t('team.leaveTitle')}
        body={t('team.leaveBody')}
        confirmLabel={t('team.leave')}
        cancelLabel={t('team.cancel')}
        onConfirm={() => {
          setConfirmLeave(false);
          void leave();
        }}
        onOpenChange={setConfirmLeave}
      />
    </section>
  );
}
