import { useTranslation } from 'react-i18next';
import { ACTION_PRIORITIES, ACTION_STATUSES, type Action, type ActionPriority } from '../../../../shared/domain/action';
import type { ActionFilters } from './useActionFilters';

/** Status chips with counts, priority, owner (suggested from the plan), overdue only, and Clear. */
export function ActionFilterBar({
  clientId,
  actions,
  overdueCount,
  filters: f,
}: {
  clientId: string;
  actions: readonly Action[];
  overdueCount: number;
  filters: ActionFilters;
}) {
  const { t } = useTranslation();
  return (
    <div className="actions-filters" role="group" aria-label={t('actions.filters.label')} data-testid="actions-filters">
      <fieldset className="actions-filter-statuses">
        <legend>{t('actions.filters.status')}</legend>
        {ACTION_STATUSES.map((s) => (
          <label key={s} className={`filter-chip${f.statuses.includes(s) ? ' chosen' : ''}`}>
            <input type="checkbox" checked={f.statuses.includes(s)} onChange={() => f.toggleStatus(s)} />
            {t(`actions.status.${s}`)}
            <span className="filter-count">{actions.filter((a) => a.status === s).length}</span>
          </label>
        ))}
      </fieldset>
      <label className="actions-filter">
        <span>{t('actions.filters.priority')}</span>
        <select
          value={f.priority}
          onChange={(e) => f.setPriority(e.target.value as ActionPriority | '')}
          data-testid="filter-priority"
        >
          <option value="">{t('actions.filters.anyPriority')}</option>
          {ACTION_PRIORITIES.map((p) => (
            <option key={p} value={p}>
              {t(`actions.priority.${p}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="actions-filter">
        <span>{t('actions.filters.owner')}</span>
        <input
          type="search"
          dir="auto"
          value={f.owner}
          onChange={(e) => f.setOwner(e.target.value)}
          placeholder={t('actions.filters.ownerPlaceholder')}
          list={`owners-${clientId}`}
          data-testid="filter-owner"
        />
        <datalist id={`owners-${clientId}`}>
          {f.owners.map((o) => (
            <option key={o} value={o} />
          ))}
        </datalist>
      </label>
      <label className={`filter-chip filter-overdue${f.overdueOnly ? ' chosen' : ''}`}>
        <input
          type="checkbox"
          checked={f.overdueOnly}
          onChange={(e) => f.setOverdueOnly(e.target.checked)}
          data-testid="filter-overdue"
        />
        {t('actions.filters.overdueOnly')}
        <span className="filter-count">{overdueCount}</span>
      </label>
      {f.active ? (
        <button type="button" className="tpl-link-btn" onClick={f.clear}>
          {t('actions.filters.clear')}
        </button>
      ) : null}
      <span className="muted small actions-shown" role="status">
        {t('actions.shown', { shown: f.rows.length, total: actions.length })}
      </span>
    </div>
  );
}
