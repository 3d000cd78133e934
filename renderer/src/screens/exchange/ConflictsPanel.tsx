import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExchangeConflict } from '../../../../shared/api/exchange-api';
import type { ApiError } from '../../../../shared/result';
import { apiErrorOf } from '../../lib/field-errors';
import { useApiQuery } from '../../lib/use-api-query';
import { useExchange } from '../../stores/exchange-store';
import { conflictTitle, DifferencesTable } from './ConflictWords';
import { ErrorLine } from './exchange-format';

/** Conflicts kept by earlier imports: both versions side by side, the user keeps one. */
export function ConflictsPanel({ clientId }: { clientId?: string }) {
  const { t } = useTranslation();
  const list = useApiQuery('conflicts.list', clientId ? { clientId } : {}, ['audits.changed']);
  const [error, setError] = useState<ApiError | null>(null);
  const [hidden, setHidden] = useState<Set<string>>(new Set());
  const resolveConflict = useExchange((s) => s.resolveConflict);
  async function resolve(c: ExchangeConflict, keep: 'local' | 'incoming') {
    setError(null);
    try {
      await resolveConflict(c.id, keep);
      setHidden((s) => new Set(s).add(c.id));
    } catch (e) {
      setError(apiErrorOf(e));
    }
  }
  const open = (list.data ?? []).filter((c) => !hidden.has(c.id));
  return (
    <section className="exchange-panel" aria-labelledby="exchange-conflicts">
      <h2 id="exchange-conflicts">{t('exchange.conflictsHeading')}</h2>
      {error ? <ErrorLine error={error} /> : null}
      {open.length === 0 ? <p>{t('exchange.noConflicts')}</p> : null}
      {open.map((c) => (
        <article key={c.id} className="exchange-conflict" data-testid="conflict">
          <h3 data-testid="conflict-title">
            <span dir="auto">{c.auditTitle ?? ''}</span> · {t(`exchange.kinds.${c.kind}`)}:{' '}
            <span dir="auto">{conflictTitle(t, c)}</span>
          </h3>
          <p className="exchange-muted" dir="auto">
            {t('exchange.fromPackage', { name: c.packageName, at: c.detectedAt.slice(0, 16).replace('T', ' ') })}
          </p>
          <DifferencesTable differences={c.differences} criterion={c.subject.criterion} />
          <div className="exchange-buttons">
            <button type="button" className="button" onClick={() => void resolve(c, 'local')}>
              {t('exchange.keepMine')}
            </button>
            <button type="button" className="button" onClick={() => void resolve(c, 'incoming')}>
              {t('exchange.takeTheirs')}
            </button>
          </div>
        </article>
      ))}
    </section>
  );
}
