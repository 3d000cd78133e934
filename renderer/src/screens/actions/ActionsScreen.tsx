import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ACTION_PRIORITIES,
  ACTION_STATUSES,
  ACTIVE_ACTION_STATUSES,
  isOverdue,
  localIsoDate,
  type Action,
  type ActionPriority,
  type ActionStatus,
} from '../../../../shared/domain/action';
import { isRtl } from '../../../../shared/domain/settings';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Toast, type ToastMessage } from '../../components/Toast';
import { apiErrorOf, describeError } from '../../lib/field-errors';
import { useActions } from '../../stores/actions-store';
import { useAuditsList } from '../../stores/audits-list-store';
import { useClients } from '../../stores/clients-store';
import { useRoute } from '../../stores/route-store';
import { useSettings } from '../../stores/settings-store';
import { touchpointName } from './action-format';
import { ActionDialog } from './ActionDialog';
import { ActionRow } from './ActionRow';
import './actions.css';

type SortKey = 'title' | 'touchpoint' | 'owner' | 'dueDate' | 'priority' | 'status' | 'audit';
const PRIORITY_RANK: Record<ActionPriority, number> = { high: 0, medium: 1, low: 2 };
const STATUS_RANK: Record<ActionStatus, number> = { open: 0, in_progress: 1, done: 2, dropped: 3 };

/** A client's action plan across its audits: filter, change status in place, edit, delete with undo. */
export function ActionsScreen({ clientId }: { clientId: string }) {
  const { t, i18n } = useTranslation();
  const rtl = isRtl(useSettings((s) => s.language));
  const go = useRoute((s) => s.go);
  const actions = useActions((s) => s.byClient[clientId]);
  const audits = useActions((s) => s.audits);
  const { loadClient, loadAudit, update, remove, restore } = useActions();
  const clientAudits = useAuditsList((s) => s.byClient[clientId]);
  const loadClientAudits = useAuditsList((s) => s.loadClient);
  const knownClient = useClients((s) => s.clients.find((c) => c.id === clientId));
  const [clientName, setClientName] = useState<string | null>(knownClient?.name ?? null);
  const [error, setError] = useState<string | null>(null);
  const [statuses, setStatuses] = useState<ActionStatus[]>([...ACTION_STATUSES]);
  const [priority, setPriority] = useState<ActionPriority | ''>('');
  const [owner, setOwner] = useState('');
  const [overdueOnly, setOverdueOnly] = useState(false);
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean } | null>(null);
  const [editing, setEditing] = useState<Action | null>(null);
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<Action | null>(null);
  const [toast, setToast] = useState<ToastMessage | null>(null);
  const today = localIsoDate(new Date());

  useEffect(() => {
    void loadClient(clientId).catch((e: unknown) => setError(describeError(t, apiErrorOf(e))));
    void loadClientAudits(clientId).catch(() => undefined);
    if (!knownClient) {
      void useClients
        .getState()
        .fetch(clientId)
        .then((c) => setClientName(c.name))
        .catch((e: unknown) => setError(describeError(t, apiErrorOf(e))));
    }
  }, [clientId, loadClient, loadClientAudits, knownClient, t]);
  useEffect(() => {
    if (knownClient) setClientName(knownClient.name);
  }, [knownClient]);

  // Names of the touchpoints: from the linked audits, and for actions whose audit is gone, from the client's other audits.
  useEffect(() => {
    if (!actions) return;
    const ids = new Set(actions.map((a) => a.auditId).filter((id): id is string => !!id));
    if (actions.some((a) => a.touchpointId && !a.auditId))
      for (const a of (clientAudits ?? []).slice(0, 5)) ids.add(a.id);
    for (const id of ids) void loadAudit(id);
  }, [actions, clientAudits, loadAudit]);

  const rows = useMemo(() => {
    const list = actions ?? [];
    const needle = owner.trim().toLocaleLowerCase();
    const filtered = list.filter(
      (a) =>
        statuses.includes(a.status) &&
        (!priority || a.priority === priority) &&
        (!needle || a.owner.toLocaleLowerCase().includes(needle)) &&
        (!overdueOnly || isOverdue(a, today)),
    );
    if (!sort) return filtered.map((a) => ({ action: a, touchpoint: touchpointName(a, audits) }));
    const collator = new Intl.Collator(i18n.language, { sensitivity: 'base', numeric: true });
    const withNames = filtered.map((a) => ({ action: a, touchpoint: touchpointName(a, audits) }));
    const text = (v: string | null) => v ?? '';
    const compare = (x: (typeof withNames)[number], y: (typeof withNames)[number]): number => {
      const a = x.action;
      const b = y.action;
      switch (sort.key) {
        case 'title':
          return collator.compare(a.title, b.title);
        case 'touchpoint':
          return collator.compare(text(x.touchpoint), text(y.touchpoint));
        case 'owner':
          return collator.compare(a.owner, b.owner);
        case 'dueDate':
          return (a.dueDate ?? '9999') < (b.dueDate ?? '9999')
            ? -1
            : (a.dueDate ?? '9999') > (b.dueDate ?? '9999')
              ? 1
              : 0;
        case 'priority':
          return PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority];
        case 'status':
          return STATUS_RANK[a.status] - STATUS_RANK[b.status];
        case 'audit':
          return collator.compare(text(a.auditTitle), text(b.auditTitle));
      }
    };
    return withNames
      .map((r, i) => ({ r, i }))
      .sort((p, q) => (sort.descending ? -1 : 1) * compare(p.r, q.r) || p.i - q.i)
      .map(({ r }) => r);
  }, [actions, statuses, priority, owner, overdueOnly, today, sort, audits, i18n.language]);

  const total = actions?.length ?? 0;
  const openCount = (actions ?? []).filter((a) => ACTIVE_ACTION_STATUSES.includes(a.status)).length;
  const overdueCount = (actions ?? []).filter((a) => isOverdue(a, today)).length;
  const owners = useMemo(() => [...new Set((actions ?? []).map((a) => a.owner).filter(Boolean))].sort(), [actions]);
  const filtersActive =
    statuses.length !== ACTION_STATUSES.length || priority !== '' || owner.trim() !== '' || overdueOnly;
  const clearFilters = () => {
    setStatuses([...ACTION_STATUSES]);
    setPriority('');
    setOwner('');
    setOverdueOnly(false);
  };

  const closeToast = useCallback(() => setToast(null), []);
  const changeStatus = (action: Action, status: ActionStatus) => {
    setError(null);
    void update(action, { status }).catch((e: unknown) => setError(describeError(t, apiErrorOf(e), 'actions.fields')));
  };
  const confirmDelete = (action: Action) => {
    setError(null);
    void remove(action)
      .then(() =>
        setToast({
          id: Date.now(),
          text: t('actions.deleted', { title: action.title }),
          actionLabel: t('actions.undo'),
          onAction: () =>
            void restore(action).catch((e: unknown) => setError(describeError(t, apiErrorOf(e), 'actions.fields'))),
        }),
      )
      .catch((e: unknown) => setError(describeError(t, apiErrorOf(e))));
  };
  const back = () => {
    useClients.getState().select(clientId);
    go({ name: 'home' });
  };

  const header = (key: SortKey, label: string) => {
    const active = sort?.key === key;
    return (
      <th scope="col" aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
        <button
          type="button"
          className="action-sort"
          onClick={() =>
            setSort(active ? (sort.descending ? null : { key, descending: true }) : { key, descending: false })
          }
        >
          {label}
          <span className="action-sort-mark" aria-hidden="true">
            {active ? (sort.descending ? '▼' : '▲') : '↕'}
          </span>
        </button>
      </th>
    );
  };

  return (
    <main className="actions-screen" data-testid="actions-screen">
      <div className="actions-top">
        <button type="button" className="button button-link-dark actions-back" onClick={back}>
          {rtl ? '→' : '←'} <span dir="auto">{clientName ?? ''}</span>
        </button>
        <div className="actions-heading">
          <div>
            <h1>{t('actions.title')}</h1>
            <p className="muted small actions-summary" data-testid="actions-summary">
              {t('actions.summary', { open: openCount, overdue: overdueCount, total })}
            </p>
          </div>
          <button
            type="button"
            className="button button-primary"
            onClick={() => setCreating(true)}
            data-testid="new-action"
          >
            + {t('actions.new')}
          </button>
        </div>
        <p className="muted actions-intro">{t('actions.intro')}</p>
      </div>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      {!actions ? (
        <p className="muted" role="status">
          {t('app.loading')}
        </p>
      ) : total === 0 ? (
        <div className="actions-empty" data-testid="actions-empty">
          <p className="actions-empty-title">{t('actions.emptyTitle')}</p>
          <p className="muted">{t('actions.emptyBody')}</p>
          <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
            + {t('actions.new')}
          </button>
        </div>
      ) : (
        <>
          <div
            className="actions-filters"
            role="group"
            aria-label={t('actions.filters.label')}
            data-testid="actions-filters"
          >
            <fieldset className="actions-filter-statuses">
              <legend>{t('actions.filters.status')}</legend>
              {ACTION_STATUSES.map((s) => (
                <label key={s} className={`filter-chip${statuses.includes(s) ? ' chosen' : ''}`}>
                  <input
                    type="checkbox"
                    checked={statuses.includes(s)}
                    onChange={() =>
                      setStatuses((list) => (list.includes(s) ? list.filter((x) => x !== s) : [...list, s]))
                    }
                  />
                  {t(`actions.status.${s}`)}
                  <span className="filter-count">{(actions ?? []).filter((a) => a.status === s).length}</span>
                </label>
              ))}
            </fieldset>
            <label className="actions-filter">
              <span>{t('actions.filters.priority')}</span>
              <select
                value={priority}
                onChange={(e) => setPriority(e.target.value as ActionPriority | '')}
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
                value={owner}
                onChange={(e) => setOwner(e.target.value)}
                placeholder={t('actions.filters.ownerPlaceholder')}
                list={`owners-${clientId}`}
                data-testid="filter-owner"
              />
              <datalist id={`owners-${clientId}`}>
                {owners.map((o) => (
                  <option key={o} value={o} />
                ))}
              </datalist>
            </label>
            <label className={`filter-chip filter-overdue${overdueOnly ? ' chosen' : ''}`}>
              <input
                type="checkbox"
                checked={overdueOnly}
                onChange={(e) => setOverdueOnly(e.target.checked)}
                data-testid="filter-overdue"
              />
              {t('actions.filters.overdueOnly')}
              <span className="filter-count">{overdueCount}</span>
            </label>
            {filtersActive ? (
              <button type="button" className="tpl-link-btn" onClick={clearFilters}>
                {t('actions.filters.clear')}
              </button>
            ) : null}
            <span className="muted small actions-shown" role="status">
              {t('actions.shown', { shown: rows.length, total })}
            </span>
          </div>
          {rows.length === 0 ? (
            <div className="actions-empty" data-testid="actions-filtered-empty">
              <p className="actions-empty-title">{t('actions.emptyFiltered')}</p>
              <button type="button" className="button" onClick={clearFilters}>
                {t('actions.filters.clear')}
              </button>
            </div>
          ) : (
            <div className="actions-table-wrap">
              <table className="actions-table" data-testid="actions-table">
                <caption className="visually-hidden">{t('actions.caption', { client: clientName ?? '' })}</caption>
                <thead>
                  <tr>
                    {header('title', t('actions.columns.title'))}
                    {header('touchpoint', t('actions.columns.touchpoint'))}
                    {header('owner', t('actions.columns.owner'))}
                    {header('dueDate', t('actions.columns.dueDate'))}
                    {header('priority', t('actions.columns.priority'))}
                    {header('status', t('actions.columns.status'))}
                    {header('audit', t('actions.columns.audit'))}
                    <th scope="col">
                      <span className="visually-hidden">{t('actions.columns.buttons')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map(({ action, touchpoint }) => (
                    <ActionRow
                      key={action.id}
                      action={action}
                      touchpoint={touchpoint}
                      today={today}
                      onStatus={(s) => changeStatus(action, s)}
                      onEdit={() => setEditing(action)}
                      onDelete={() => setDeleting(action)}
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
          )}
        </>
      )}
      <ActionDialog open={creating} onOpenChange={setCreating} clientId={clientId} />
      <ActionDialog
        open={editing !== null}
        onOpenChange={(open) => !open && setEditing(null)}
        clientId={clientId}
        action={editing}
      />
      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(open) => !open && setDeleting(null)}
        title={t('actions.deleteTitle', { title: deleting?.title ?? '' })}
        body={t('actions.deleteBody')}
        confirmLabel={t('actions.deleteConfirm')}
        cancelLabel={t('actions.cancel')}
        onConfirm={() => deleting && confirmDelete(deleting)}
      />
      <Toast toast={toast} onDone={closeToast} />
    </main>
  );
}
