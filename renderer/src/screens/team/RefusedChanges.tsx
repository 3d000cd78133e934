import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { RefusedChangeView } from '../../../../shared/api/team-api';
import { useTeamAdmin } from '../../stores/team-admin-store';

/** Each change the hub refused, with the visit it belongs to and the reason in words. */
export function RefusedChanges({ count, syncedAt }: { count: number; syncedAt: string | null }) {
  const { t } = useTranslation();
  const refused = useTeamAdmin((s) => s.refused);
  const loadRefused = useTeamAdmin((s) => s.loadRefused);
  // Reloaded whenever the count or the last sync changes: the list is what the top bar counts.
  useEffect(() => void loadRefused(), [loadRefused, count, syncedAt]);
  if (count === 0 || refused.length === 0) return null;
  // Template words and titles may run in another direction than the interface: each is isolated.
  const isolate = (s: string) => `\u2068${s}\u2069`;
  const what = (r: RefusedChangeView) =>
    r.kind === 'visit_timestamps' ? t(`visit.moment.${r.what}`, { defaultValue: r.what }) : isolate(r.what);

  return (
    <div className="team-refused" data-testid="team-refused">
      <h3>{t('team.refused.title', { count: refused.length })}</h3>
      <p className="muted">{t('team.refused.hint')}</p>
      <ul>
        {refused.map((r) => (
          <li key={`${r.kind}/${r.key}`} data-testid="team-refused-item" data-code={r.code ?? ''}>
            <strong>
              {t(r.deleted ? 'team.refused.deletedRecord' : 'team.refused.record', {
                kind: t(`team.refused.kinds.${r.kind}`),
                what: r.what ? what(r) : t(`team.refused.kinds.${r.kind}`),
              })}
            </strong>
            {r.visit && r.kind !== 'audits' ? (
              <span className="muted"> · {t('team.refused.inVisit', { title: isolate(r.visit.title) })}</span>
            ) : null}
            <p>{r.code ? t(`team.refused.reasons.${r.code}`) : r.reason}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
