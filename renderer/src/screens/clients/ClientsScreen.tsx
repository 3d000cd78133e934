import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../../../shared/domain/client';
import { Toast, type ToastMessage } from '../../components/Toast';
import { useClients } from '../../stores/clients-store';
import { lazyComponent, preloadWhenIdle } from '../../lib/lazy-component';
import { OpenSampleButton } from './OpenSampleButton';
import { RecentAudits } from './RecentAudits';

// The client list is the first thing the app shows; a client's details and the new-client form
// (most of this screen's code) arrive once the list is up, while the window is idle.
const ClientDetail = lazyComponent(() => import('./ClientDetail').then((m) => m.ClientDetail));
const NewClientDialog = lazyComponent(() => import('./NewClientDialog').then((m) => m.NewClientDialog));

export function ClientsScreen() {
  const { t } = useTranslation();
  const { clients, loaded, includeArchived, selectedId, select, setIncludeArchived, setArchived } = useClients();
  const [query, setQuery] = useState('');
  const [creating, setCreating] = useState(false);
  const [toast, setToast] = useState<ToastMessage | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);

  const visible = useMemo(() => {
    const q = query.trim().toLocaleLowerCase();
    if (!q) return clients;
    return clients.filter((c) =>
      [c.name, c.sector, c.country, c.contactName].some((v) => v.toLocaleLowerCase().includes(q)),
    );
  }, [clients, query]);
  const selected = clients.find((c) => c.id === selectedId) ?? null;

  // "/" finds, "n" creates, when the user is not typing somewhere.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement;
      if (
        e.ctrlKey ||
        e.metaKey ||
        e.altKey ||
        target.closest('input, textarea, select, [role="dialog"], [role="alertdialog"]')
      )
        return;
      if (e.key === '/') {
        e.preventDefault();
        searchRef.current?.focus();
      } else if (e.key === 'n' || e.key === 'N') {
        e.preventDefault();
        setCreating(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => preloadWhenIdle(ClientDetail, NewClientDialog), []);

  const closeToast = useCallback(() => setToast(null), []);
  const onArchived = (client: Client) =>
    setToast({
      id: Date.now(),
      text: t('clients.archivedToast', { name: client.name }),
      actionLabel: t('clients.undo'),
      onAction: () => void setArchived(client.id, false).then((c) => select(c.id)),
    });
  const onDeleted = (client: Client) => setToast({ id: Date.now(), text: t('clients.deleted', { name: client.name }) });

  if (loaded && clients.length === 0 && !includeArchived) {
    return (
      <main className="empty-state" data-testid="clients-empty">
        <h1>{t('clients.emptyTitle')}</h1>
        <p>{t('clients.emptyBody')}</p>
        <div className="home-start">
          <button type="button" className="button button-primary button-large" onClick={() => setCreating(true)}>
            {t('clients.emptyAction')}
          </button>
          <OpenSampleButton />
        </div>
        <Suspense fallback={null}>
          <NewClientDialog open={creating} onOpenChange={setCreating} />
        </Suspense>
        <Toast toast={toast} onDone={closeToast} />
      </main>
    );
  }

  return (
    <main className="clients-layout">
      <aside className="list-pane" aria-label={t('clients.title')}>
        <div className="list-toolbar">
          <h1>{t('clients.title')}</h1>
          <button
            type="button"
            className="button button-primary"
            onClick={() => setCreating(true)}
            aria-keyshortcuts="N"
          >
            + {t('clients.new')}
          </button>
        </div>
        <input
          ref={searchRef}
          type="search"
          className="search"
          dir="auto"
          placeholder={t('clients.search')}
          aria-label={t('clients.search')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          aria-keyshortcuts="/"
        />
        <label className="checkbox">
          <input
            type="checkbox"
            checked={includeArchived}
            onChange={(e) => void setIncludeArchived(e.target.checked)}
          />
          {t('clients.showArchived')}
        </label>
        <p className="muted small">{t('clients.count', { count: visible.length })}</p>
        <ul className="client-list" data-testid="client-list">
          {visible.map((c) => (
            <li key={c.id}>
              <button
                type="button"
                className={`client-row${c.id === selectedId ? ' selected' : ''}`}
                aria-current={c.id === selectedId ? 'true' : undefined}
                onClick={() => select(c.id)}
              >
                <span className="client-name" dir="auto">
                  {c.name}
                </span>
                <span className="client-meta" dir="auto">
                  {[c.sector, c.country].filter(Boolean).join(' · ')}
                </span>
                {c.archived ? <span className="badge">{t('clients.archivedBadge')}</span> : null}
              </button>
            </li>
          ))}
        </ul>
        {query && visible.length === 0 ? <p className="muted">{t('clients.noMatch', { query })}</p> : null}
      </aside>
      <div className="detail-pane">
        {selected ? (
          <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
            <ClientDetail key={selected.id} client={selected} onArchived={onArchived} onDeleted={onDeleted} />
          </Suspense>
        ) : (
          <>
            <RecentAudits />
            <p className="muted hint">{t('clients.selectHint')}</p>
          </>
        )}
      </div>
      <Suspense fallback={null}>
        <NewClientDialog open={creating} onOpenChange={setCreating} />
      </Suspense>
      <Toast toast={toast} onDone={closeToast} />
    </main>
  );
}
