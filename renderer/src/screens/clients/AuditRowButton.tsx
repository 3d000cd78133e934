import { useTranslation } from 'react-i18next';
import type { AuditSummary } from '../../../../shared/domain/audit';
import { useRoute } from '../../stores/route-store';

/** One audit in a list: its title and details, status and progress; one click back into its walk. */
export function AuditRowButton({ audit: a, title, details }: { audit: AuditSummary; title: string; details: string }) {
  const { t } = useTranslation();
  const go = useRoute((s) => s.go);
  const pct = a.total ? Math.round((100 * a.answered) / a.total) : 0;
  return (
    <button type="button" className="audit-row" onClick={() => go({ name: 'audit', id: a.id })}>
      <span className="audit-row-title" dir="auto">
        {title}
      </span>
      <span className="muted small" dir="auto">
        {details}
      </span>
      <span className={`status-pill status-${a.status}`}>{t(`audits.status.${a.status}`)}</span>
      <span
        className="progress-bar small-bar"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={a.total}
        aria-valuenow={a.answered}
        aria-label={t('walk.progress')}
      >
        <span style={{ width: `${pct}%` }} />
      </span>
      <span className="small">{pct}%</span>
    </button>
  );
}
