import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SEARCH_QUERY_MAX, searchTerms, type FindingHit } from '../../../../shared/search/fold-text';
import { useApiQuery } from '../../lib/use-api-query';
import { useRoute } from '../../stores/route-store';
import { useDebounced } from './use-debounced';
import './search.css';

/** Findings across clients (or within one), most relevant first; a result opens the finding where it was written. */
export function SearchScreen({ clientId }: { clientId?: string }) {
  const { t } = useTranslation();
  const go = useRoute((s) => s.go);
  const [text, setText] = useState('');
  const query = useDebounced(text.trim());
  const clients = useApiQuery('clients.list', { includeArchived: true }, ['clients.changed']);
  const results = useApiQuery(
    'search.findings',
    searchTerms(query).length ? { query, clientId: clientId ?? null } : null,
    ['audits.changed', 'actions.changed'],
  );
  const open = (hit: FindingHit) =>
    hit.auditId
      ? go(
          hit.touchpointId
            ? { name: 'audit', id: hit.auditId, touchpointId: hit.touchpointId }
            : { name: 'audit', id: hit.auditId },
        )
      : go({ name: 'actions', clientId: hit.clientId });
  const hits = searchTerms(query).length ? (results.data ?? []) : [];

  return (
    <main className="search-screen" data-testid="search-screen">
      <h1>{t('search.title')}</h1>
      <div className="search-bar" role="search">
        <label htmlFor="search-query" className="visually-hidden">
          {t('search.label')}
        </label>
        <input
          id="search-query"
          type="search"
          dir="auto"
          autoFocus
          value={text}
          maxLength={SEARCH_QUERY_MAX}
          placeholder={t('search.placeholder')}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => e.key === 'Enter' && hits[0] && open(hits[0])}
          data-testid="search-query"
        />
        <label htmlFor="search-client">{t('search.within')}</label>
        <select
          id="search-client"
          value={clientId ?? ''}
          onChange={(e) => go(e.target.value ? { name: 'search', clientId: e.target.value } : { name: 'search' })}
          data-testid="search-client"
        >
          <option value="">{t('search.allClients')}</option>
          {(clients.data ?? []).map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <p className="muted small">{t('search.hint')}</p>
      {!searchTerms(query).length ? null : results.status === 'loading' && !results.data ? (
        <p className="muted">{t('app.loading')}</p>
      ) : hits.length === 0 ? (
        <p className="empty-state" data-testid="search-empty">
          {t('search.none', { query })}
        </p>
      ) : (
        <>
          <p className="small muted" role="status">
            {t('search.count', { count: hits.length })}
          </p>
          <ol className="search-results" data-testid="search-results">
            {hits.map((hit, i) => (
              <li key={`${hit.kind}-${hit.auditId}-${hit.touchpointId}-${hit.criterionId}-${i}`}>
                <button type="button" className="search-hit" onClick={() => open(hit)} data-testid="search-hit">
                  <span className={`chip search-kind search-kind-${hit.kind}`}>{t(`search.kind.${hit.kind}`)}</span>
                  <span className="search-text" dir="auto">
                    {hit.text}
                  </span>
                  <span className="search-where muted small" dir="auto">
                    {[hit.clientName, hit.auditTitle, hit.place].filter(Boolean).join(' · ')}
                  </span>
                </button>
              </li>
            ))}
          </ol>
        </>
      )}
    </main>
  );
}
