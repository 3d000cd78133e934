import { useTranslation } from 'react-i18next';
import { useAutosave } from '../../lib/autosave/use-autosave';
import { ACTION_STATUSES, isOverdue, type Action, type ActionStatus } from '../../../../shared/domain/action';
import { formatDueDate } from './action-format';
import { OverdueIcon, PriorityIcon } from './ActionIcons';

interface ActionRowProps {
  action: Action;
  touchpoint: string | null;
  today: string;
  /** Saves a new status; the promise settles when it is stored (or refused). */
  onStatus(status: ActionStatus): Promise<unknown>;
  onEdit(): void;
  onDelete(): void;
  onOpenAudit(): void;
}

/** One line of the plan: the status changes in place and saves itself; the rest opens in the dialog. */
export function ActionRow({ action, touchpoint, today, onStatus, onEdit, onDelete, onOpenAudit }: ActionRowProps) {
  const { t, i18n } = useTranslation();
  const overdue = isOverdue(action, today);
  const closed = action.status === 'done' || action.status === 'dropped';
  // A choice saves the moment it is made, through the one autosave (the header counts it until stored).
  const saveKey = `action:${action.id}:status`;
  const status = useAutosave<ActionStatus>({ key: saveKey, saved: action.status, save: onStatus });
  return (
    <tr
      className={`action-row${overdue ? ' action-overdue' : ''}${closed ? ' action-closed' : ''}`}
      data-testid="action-row"
      data-action-id={action.id}
      data-overdue={overdue || undefined}
    >
      <td className="action-title-cell">
        <button type="button" className="action-title" onClick={onEdit} dir="auto">
          {action.title}
        </button>
        {action.detail ? (
          <span className="action-detail" dir="auto">
            {action.detail}
          </span>
        ) : null}
      </td>
      <td>
        {touchpoint ? <span dir="auto">{touchpoint}</span> : <span className="muted">{t('actions.noTouchpoint')}</span>}
      </td>
      <td>
        {action.owner ? <span dir="auto">{action.owner}</span> : <span className="muted">{t('actions.noOwner')}</span>}
      </td>
      <td className="action-due">
        {action.dueDate ? (
          <span className="action-date">{formatDueDate(action.dueDate, i18n.language)}</span>
        ) : (
          <span className="muted">{t('actions.noDue')}</span>
        )}
        {overdue ? (
          <span className="overdue-flag" data-testid="overdue-flag">
            <OverdueIcon />
            {t('actions.overdue')}
          </span>
        ) : action.dueDate === today && !closed ? (
          <span className="due-today">{t('actions.dueToday')}</span>
        ) : null}
      </td>
      <td>
        <span className={`priority priority-${action.priority}`}>
          <PriorityIcon priority={action.priority} />
          {t(`actions.priority.${action.priority}`)}
        </span>
      </td>
      <td>
        <select
          className={`action-status-select status-${status.value}`}
          value={status.value}
          onChange={(e) => status.change(e.target.value as ActionStatus, true)}
          data-autosave={saveKey}
          data-save-state={status.state?.kind ?? 'saved'}
          aria-invalid={status.state?.kind === 'failed' ? true : undefined}
          aria-label={t('actions.statusOf', { title: action.title })}
          data-testid="action-status"
        >
          {ACTION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`actions.status.${s}`)}
            </option>
          ))}
        </select>
      </td>
      <td>
        {action.auditId ? (
          <button type="button" className="tpl-link-btn action-audit-link" onClick={onOpenAudit} dir="auto">
            {action.auditTitle}
          </button>
        ) : (
          <span className="muted">{t('actions.noAudit')}</span>
        )}
      </td>
      <td className="tpl-table-actions">
        <button
          type="button"
          className="button tpl-btn-small"
          onClick={onEdit}
          aria-label={t('actions.editOf', { title: action.title })}
        >
          {t('actions.edit')}
        </button>
        <button
          type="button"
          className="button tpl-btn-small button-danger-outline"
          onClick={onDelete}
          aria-label={t('actions.deleteOf', { title: action.title })}
        >
          {t('actions.delete')}
        </button>
      </td>
    </tr>
  );
}
