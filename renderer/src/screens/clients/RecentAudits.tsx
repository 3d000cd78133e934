import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuditsList } from '../../stores/audits-list-store';
import { useRoute } from '../../stores/route-store';

/** Unfinished audits, newest first: one click back into the walk where it stopped. */
export function RecentAudits() {
  const { t } = useTranslation();
  const { recent, loadRecent } = useAuditsList();
  const go = useRoute((s) => s.go);
  useEffect(() => {
    void loadRecent().catch(() => undefined);
  }, [loadRecent]);
  if (!recent.length) return null;
  return (
    <section className="recent-audits" aria-labelledby="recent-title" data-testid="recent-audits">
      <h2 id="recent-title">{t('audits.recent')}</h2>
      <ul className="audit-list">
        {recent.map((a) => {
          const pct = a.total ? Math.round((100 * a.answered) / a.total) : 0;
          return (
            <li key={a.id}>
              <button type="button" className="audit-row" onClick={() => go({ name: 'audit', id: a.id })}>
                <span className="audit-row-title" dir="auto">
                  {a.clientName} — {a.title}
                </span>
                <span className="muted small" dir="auto">
                  {[a.site, a.templateName].filter(Boolean).join(' · ')}
                </span>
                <span className={`status-pill status-${a.status}`}>{t(`audits.status.${a.status}`)}</span>
                <span className="progress-bar small-bar" role="progressbar" aria-valuemin={0} aria-valuemax={a.total} aria-valuenow={a.answered} aria-label={t('walk.progress')}>
                  <span style={{ width: `${pct}%` }} />
                </span>
                <span className="small">{pct}%</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
