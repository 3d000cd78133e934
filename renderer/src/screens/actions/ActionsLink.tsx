import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTIVE_ACTION_STATUSES, isOverdue, localIsoDate } from '../../../../shared/domain/action';
import { useActions } from '../../stores/actions-store';
import { useRoute } from '../../stores/route-store';
import { OverdueIcon } from './ActionIcons';
import './actions.css';

/** On the client: the way into its action plan, with what is still open (and overdue) at a glance. */
export function ActionsLink({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const actions = useActions((s) => s.byClient[clientId]);
  const loadClient = useActions((s) => s.loadClient);
  const go = useRoute((s) => s.go);

  useEffect(() => {
    void loadClient(clientId).catch(() => undefined);
  }, [clientId, loadClient]);

  const today = localIsoDate(new Date());
  const open = (actions ?? []).filter((a) => ACTIVE_ACTION_STATUSES.includes(a.status)).length;
  const overdue = (actions ?? []).filter((a) => isOverdue(a, today)).length;
  return (
    <button
      type="button"
      className="button actions-link"
      onClick={() => go({ name: 'actions', clientId })}
      data-testid="open-actions"
    >
      {t('actions.link')}
      {actions ? <span className="actions-link-count">{t('actions.openCount', { count: open })}</span> : null}
      {overdue > 0 ? (
        <span className="overdue-flag">
          <OverdueIcon />
          {t('actions.overdueCount', { count: overdue })}
        </span>
      ) : null}
    </button>
  );
}
