import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTIVE_ACTION_STATUSES, isOverdue, localIsoDate, type Action } from '../../../../shared/domain/action';
import { isRtl } from '../../../../shared/domain/settings';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Toast, type ToastMessage } from '../../components/Toast';
import { apiErrorOf, describeError } from '../../lib/field-errors';
import { useActions } from '../../stores/actions-store';
import { useClients } from '../../stores/clients-store';
import { useRoute } from '../../stores/route-store';
import { useSettings } from '../../stores/settings-store';
import { ActionDialog } from './ActionDialog';
import { ActionFilterBar } from './ActionFilterBar';
import { ActionsTable } from './ActionsTable';
import { useActionFilters } from './useActionFilters';
import { useActionsPlan } from './useActionsPlan';
import './actions.css';

/** A client's action plan across its audits: filter, change status in place, edit, delete with undo. */
export function ActionsScreen({ clientId }: { clientId: string }) {
  const { t, i18n } = useTranslation();
  const rtl = isRtl(useSettings((s) => s.language));
  const go = useRoute((s) => s.go);
  const { update, remove, restore } = useActions();
  const { actions, clientName, error, setError } = useActionsPlan(clientId);
  const today = localIsoDate(new Date());
  const filters = useActionFilters(actions, today, i18n.language);
  const [editing, setEditing] = useState<Action | null>(null);
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<Action | null>(null);
  const [toast, setToast] = useState<ToastMessage | null>(null);

  const total = actions?.length ?? 0;
  const openCount = (actions ?? []).filter((a) => ACTIVE_ACTION_STATUSES.includes(a.status)).length;
  const overdueCount = (actions ?? []).filter((a) => isOverdue(a, today)).length;
  const fieldError = (e: unknown) => setError(describeError(t, apiErrorOf(e), 'actions.fields'));

  const closeToast = useCallback(() => setToast(null), []);
  const changeStatus = (action: Action, status: Action['status']) => {
    setError(null);
    return update(action, { status }).catch((e: unknown) => {
      fieldError(e);
      throw e;
    });
  };
  const confirmDelete = (action: Action) => {
    setError(null);
    void remove(action)
      .then(() =>
        setToast({
          id: Date.now(),
          text: t('actions.deleted', { title: action.title }),
          actionLabel: t('actions.undo'),
          onAction: () => void restore(action).catch(fieldError),
        }),
      )
      .catch((e: unknown) => setError(describeError(t, apiErrorOf(e))));
  };
  const back = () => {
    useClients.getState().select(clientId);
    go({ name: 'home' });
  };
  const newAction = (
    <button type="button" className="button button-primary" onClick={() => setCreating(true)} data-testid="new-action">
      + {t('actions.new')}
    </button>
  );

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
          {newAction}
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
          <ActionFilterBar clientId={clientId} actions={actions} overdueCount={overdueCount} filters={filters} />
          {filters.rows.length === 0 ? (
            <div className="actions-empty" data-testid="actions-filtered-empty">
              <p className="actions-empty-title">{t('actions.emptyFiltered')}</p>
              <button type="button" className="button" onClick={filters.clear}>
                {t('actions.filters.clear')}
              </button>
            </div>
          ) : (
            <ActionsTable
              clientName={clientName ?? ''}
              filters={filters}
              today={today}
              onStatus={changeStatus}
              onEdit={setEditing}
              onDelete={setDeleting}
            />
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
