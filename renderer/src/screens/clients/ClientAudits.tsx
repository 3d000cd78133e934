import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuditsList } from '../../stores/audits-list-store';
import { ActionsLink } from '../actions/ActionsLink';
import { useRoute } from '../../stores/route-store';
import { AuditRowButton } from './AuditRowButton';
import { NewAuditDialog } from './NewAuditDialog';

/** A client's audits, newest first, each one click from its walk. */
export function ClientAudits({ clientId }: { clientId: string }) {
  const { t, i18n } = useTranslation();
  const audits = useAuditsList((s) => s.byClient[clientId]);
  const loadClient = useAuditsList((s) => s.loadClient);
  const go = useRoute((s) => s.go);
  const [creating, setCreating] = useState(false);

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
      <ul className="audit-list">
        {(audits ?? []).map((a) => (
          <li key={a.id}>
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
          </li>
        ))}
      </ul>
      <NewAuditDialog clientId={clientId} open={creating} onOpenChange={setCreating} />
    </section>
  );
}
