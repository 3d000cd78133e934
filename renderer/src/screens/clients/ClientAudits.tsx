import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AUDIT_STATUSES, AUDIT_TYPES, type AuditSummary } from '../../../../shared/domain/audit';
import { useAuditsList } from '../../stores/audits-list-store';
import { ActionsLink } from '../actions/ActionsLink';
import { useRoute } from '../../stores/route-store';
import { filterAudits, NO_FILTERS, type AuditFilters } from './audit-filters';
import { AuditRowButton } from './AuditRowButton';
import { EditAuditDialog } from './EditAuditDialog';
import { NewAuditDialog } from './NewAuditDialog';

/** A client's audits, newest first, each one click from its walk. */
export function ClientAudits({ clientId }: { clientId: string }) {
  const { t, i18n } = useTranslation();
  const audits = useAuditsList((s) => s.byClient[clientId]);
  const loadClient = useAuditsList((s) => s.loadClient);
  const go = useRoute((s) => s.go);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<AuditSummary | null>(null);
  const [filters, setFilters] = useState<AuditFilters>(NO_FILTERS);
  const shown = filterAudits(audits ?? [], filters);
  const set = (changes: Partial<AuditFilters>) => setFilters((f) => ({ ...f, ...changes }));

  useEffect(() => {
    void loadClient(clientId).catch(() => undefined);
  }, [clientId, loadClient]);

  return (
    <section className="client-audits" aria-labelledby="client-audits-title" data-testid="client-audits">
      <header className="section-header">
        <h3 id="client-audits-title">{t('audits.title')}</h3>
        <span className="section-header-actions">
          <ActionsLink clientId={clientId} />
          {audits && audits.length >= 2 ? (
            <button
              type="button"
              className="button"
              onClick={() => go({ name: 'compare', clientId })}
              data-testid="compare-audits"
            >
              {t('insights.compareAudits')}
            </button>
          ) : null}
          <button
            type="button"
            className="button"
            onClick={() => go({ name: 'waves', clientId })}
            data-testid="open-waves"
          >
            {t('visits.wavesButton')}
          </button>
          <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
            + {t('audits.new')}
          </button>
        </span>
      </header>
      {audits && audits.length === 0 ? <p className="muted">{t('audits.empty')}</p> : null}
      {audits && audits.length > 0 ? (
        <div className="audit-filters" role="search" aria-label={t('auditAdmin.filters')} data-testid="audit-filters">
          <label className="field">
            <span>{t('auditAdmin.search')}</span>
            <input
              type="search"
              dir="auto"
              value={filters.text}
              placeholder={t('auditAdmin.searchPlaceholder')}
              onChange={(e) => set({ text: e.target.value })}
              data-testid="audit-filter-text"
            />
          </label>
          <label className="field">
            <span>{t('auditAdmin.status')}</span>
            <select
              value={filters.status}
              onChange={(e) => set({ status: e.target.value as AuditFilters['status'] })}
              data-testid="audit-filter-status"
            >
              <option value="all">{t('auditAdmin.all')}</option>
              {AUDIT_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`audits.status.${s}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t('auditAdmin.type')}</span>
            <select value={filters.type} onChange={(e) => set({ type: e.target.value as AuditFilters['type'] })}>
              <option value="all">{t('auditAdmin.all')}</option>
              {AUDIT_TYPES.map((type) => (
                <option key={type} value={type}>
                  {t(`audits.type.${type}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={filters.showTests}
              onChange={(e) => set({ showTests: e.target.checked })}
              data-testid="audit-filter-tests"
            />
            {t('auditAdmin.showTests')}
          </label>
          <span className="small muted" aria-live="polite" data-testid="audit-filter-count">
            {t('auditAdmin.shown', { shown: shown.length, total: audits.length })}
          </span>
        </div>
      ) : null}
      {audits && audits.length > 0 && shown.length === 0 ? (
        <p className="muted">
          {t('auditAdmin.noneMatch')}{' '}
          <button type="button" className="link-button" onClick={() => setFilters(NO_FILTERS)}>
            {t('auditAdmin.clearFilters')}
          </button>
        </p>
      ) : null}
      <ul className="audit-list">
        {shown.map((a) => (
          <li key={a.id} className="audit-item">
            <AuditRowButton
              audit={a}
              title={a.title}
              details={[
                new Date(`${a.auditDate}T12:00:00`).toLocaleDateString(i18n.language, { dateStyle: 'medium' }),
                a.site,
                `${a.templateName} v${a.templateVersion}`,
              ]
                .filter(Boolean)
                .join(' · ')}
            />
            <button
              type="button"
              className="button"
              onClick={() => setEditing(a)}
              aria-label={t('auditAdmin.editLabel', { title: a.title })}
              data-testid="edit-audit"
            >
              {t('auditAdmin.edit')}
            </button>
          </li>
        ))}
      </ul>
      <NewAuditDialog clientId={clientId} open={creating} onOpenChange={setCreating} />
      {editing ? <EditAuditDialog audit={editing} onClose={() => setEditing(null)} /> : null}
    </section>
  );
}
