import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TEAM_ROLES, HUB_LIMITS, type TeamRole } from '../../../../shared/sync/hub-protocol';
import type { TeamDevice } from '../../../../shared/api/team-api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { dateFormat } from '../../lib/formatters';
import { useTeamAdmin } from '../../stores/team-admin-store';
import { teamErrorText } from './team-errors';
import { TableHead } from '../../components/TableHead';

/** The lead's part of Settings → Team: invite codes for new people, the team's laptops, revoking one. */
export function TeamMembers({ hubAddress }: { hubAddress: string }) {
  const { t, i18n } = useTranslation();
  const { devices, invite, busy, error, loadDevices, createInvite, revoke, forgetInvite } = useTeamAdmin();
  const [name, setName] = useState('');
  const [role, setRole] = useState<TeamRole>('shopper');
  const [confirming, setConfirming] = useState<TeamDevice | null>(null);
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    void loadDevices();
    return forgetInvite;
  }, [loadDevices, forgetInvite]);
  const when = (iso: string) =>
    `\u2068${dateFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso))}\u2069`;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setCopied(false);
    void createInvite(role, name).then((ok) => ok && setName(''));
  };
  const copy = (code: string) =>
    void navigator.clipboard?.writeText(code).then(
      () => setCopied(true),
      () => setCopied(false),
    );

  return (
    <div className="team-members" data-testid="team-members">
      <h3>{t('team.members.inviteTitle')}</h3>
      <form className="team-invite" onSubmit={submit} data-testid="team-invite-form">
        <label className="field">
          <span className="settings-label">{t('team.members.personName')}</span>
          <input
            required
            maxLength={HUB_LIMITS.personName}
            value={name}
            onChange={(e) => setName(e.target.value)}
            data-testid="team-invite-name"
          />
        </label>
        <label className="field">
          <span className="settings-label">{t('team.members.role')}</span>
          <select value={role} onChange={(e) => setRole(e.target.value as TeamRole)} data-testid="team-invite-role">
            {TEAM_ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`team.members.roleChoice.${r}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="button primary" disabled={busy !== null} data-testid="team-invite-create">
          {busy === 'invite' ? t('team.members.creating') : t('team.members.create')}
        </button>
      </form>
      {invite ? (
        <div className="team-invite-result" role="status" data-testid="team-invite-result">
          <p>{t('team.members.codeFor', { name: invite.name, role: t(`team.roles.${invite.role}`) })}</p>
          <p className="team-invite-code">
            <code dir="ltr" data-testid="team-invite-code-made">
              {invite.code}
            </code>
            <button type="button" className="button button-small" onClick={() => copy(invite.code)}>
              {copied ? t('team.members.copied') : t('team.members.copy')}
            </button>
          </p>
          <p className="muted">
            {t('team.members.codeHowTo', { until: when(invite.expiresAt) })} <code dir="ltr">{hubAddress}</code>
          </p>
        </div>
      ) : null}

      <div className="team-devices-head">
        <h3>{t('team.members.devicesTitle')}</h3>
        <button
          type="button"
          className="button button-small"
          onClick={() => void loadDevices()}
          disabled={busy !== null}
          data-testid="team-devices-refresh"
        >
          {busy === 'devices' ? t('team.members.refreshing') : t('team.members.refresh')}
        </button>
      </div>
      {error ? (
        <p className="form-error" role="alert" data-testid="team-admin-error">
          {teamErrorText(t, error)}
        </p>
      ) : null}
      {!devices ? (
        busy === 'devices' ? (
          <p className="muted">{t('app.loading')}</p>
        ) : null
      ) : (
        <table className="data-table team-devices" data-testid="team-devices">
          <TableHead
            columns={[
              t('team.members.person'),
              t('team.members.laptop'),
              t('team.members.lastSeen'),
              t('team.members.access'),
              <span className="visually-hidden">{t('team.members.revoke')}</span>,
            ]}
          />
          <tbody>
            {devices.map((d) => (
              <tr key={d.id} data-testid="team-device" data-person={d.personName} data-revoked={d.revokedAt !== null}>
                <td>
                  {d.personName} <span className="muted">({t(`team.roles.${d.role}`)})</span>
                </td>
                <td>
                  {d.name}
                  {d.thisLaptop ? <span className="team-badge">{t('team.members.thisLaptop')}</span> : null}
                </td>
                <td>{d.lastSeenAt ? when(d.lastSeenAt) : t('team.members.neverSeen')}</td>
                <td>
                  {d.revokedAt ? (
                    <span className="team-revoked">{t('team.members.revokedOn', { when: when(d.revokedAt) })}</span>
                  ) : (
                    t('team.members.active')
                  )}
                </td>
                <td>
                  {d.thisLaptop || d.revokedAt ? null : (
                    <button
                      type="button"
                      className="button button-small"
                      disabled={busy !== null}
                      onClick={() => setConfirming(d)}
                      aria-label={t('team.members.revokeLabel', { laptop: d.name, name: d.personName })}
                      data-testid="team-device-revoke"
                    >
                      {typeof busy === 'object' && busy?.revoking === d.id
                        ? t('team.members.revoking')
                        : t('team.members.revoke')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ConfirmDialog
        open={confirming !== null}
        title={t('team.members.revokeTitle')}
        body={confirming ? t('team.members.revokeBody', { laptop: confirming.name, name: confirming.personName }) : ''}
        confirmLabel={t('team.members.revoke')}
        cancelLabel={t('team.cancel')}
        onConfirm={() => {
          const chosen = confirming;
          setConfirming(null);
          if (chosen) void revoke(chosen.id);
        }}
        onOpenChange={(open) => !open && setConfirming(null)}
      />
    </div>
  );
}
