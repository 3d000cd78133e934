import { useTranslation } from 'react-i18next';
import type { Action, ActionStatus } from '../../../../shared/domain/action';
import { useRoute } from '../../stores/route-store';
import { ActionRow } from './ActionRow';
import type { ActionFilters, SortKey } from './useActionFilters';

const COLUMNS: SortKey[] = ['title', 'touchpoint', 'owner', 'dueDate', 'priority', 'status', 'audit'];

/** The plan as a table: every column sorts (ascending, descending, off); each row edits in place or opens. */
export function ActionsTable({
  clientName,
  filters,
  today,
  onStatus,
  onEdit,
  onDelete,
}: {
  clientName: string;
  filters: ActionFilters;
  today: string;
  onStatus(action: Action, status: ActionStatus): Promise<unknown>;
  onEdit(action: Action): void;
  onDelete(action: Action): void;
}) {
  const { t } = useTranslation();
  const go = useRoute((s) => s.go);
  const { sort } = filters;
  return (
    <div className="actions-table-wrap">
      <table className="actions-table" data-testid="actions-table">
        <caption className="visually-hidden">{t('actions.caption', { client: clientName })}</caption>
        <thead>
          <tr>
            {COLUMNS.map((key) => {
              const active = sort?.key === key;
              return (
                <th key={key} scope="col" aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
                  <button type="button" className="action-sort" onClick={() => filters.cycleSort(key)}>
                    {t(`actions.columns.${key}`)}
                    <span className="action-sort-mark" aria-hidden="true">
                      {active ? (sort.descending ? '▼' : '▲') : '↕'}
                    </span>
                  </button>
                </th>
              );
            })}
            <th scope="col">
              <span className="visually-hidden">{t('actions.columns.buttons')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {filters.rows.map(({ action, touchpoint }) => (
            <ActionRow
              key={action.id}
              action={action}
              touchpoint={touchpoint}
              today={today}
              onStatus={(s) => onStatus(action, s)}
              onEdit={() => onEdit(action)}
              onDelete={() => onDelete(action)}
              onOpenAudit={() =>
                action.auditId &&
                go(
                  action.touchpointId
                    ? { name: 'audit', id: action.auditId, touchpointId: action.touchpointId }
                    : { name: 'audit', id: action.auditId },
                )
              }
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
