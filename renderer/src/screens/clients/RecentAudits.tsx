import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuditsList } from '../../stores/audits-list-store';
import { AuditRowButton } from './AuditRowButton';

/** Unfinished audits, newest first: one click back into the walk where it stopped. */
export function RecentAudits() {
  const { t } = useTranslation();
  const { recent, loadRecent } = useAuditsList();
  useEffect(() => {
    void loadRecent().catch(() => undefined);
  }, [loadRecent]);
  if (!recent.length) return null;
  return (
    <section className="recent-audits" aria-labelledby="recent-title" data-testid="recent-audits">
      <h2 id="recent-title">{t('audits.recent')}</h2>
      <ul className="audit-list">
        {recent.map((a) => (
          <li key={a.id}>
            <AuditRowButton
              audit={a}
              title={`${a.clientName} — ${a.title}`}
              details={[a.site, a.templateName].filter(Boolean).join(' · ')}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
