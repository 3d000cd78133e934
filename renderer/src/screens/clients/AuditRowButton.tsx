import { useTranslation } from 'react-i18next';
import type { AuditSummary } from '../../../../shared/domain/audit';
import { formatPercent } from '../../lib/format-score';
import { useRoute } from '../../stores/route-store';

/**
 * One audit in a list: its title and details, status, and where people look for the score, the
 * score ("so far" while unfinished, with the progress beside it). One click back into its walk.
 */
export function AuditRowButton({ audit: a, title, details }: { audit: AuditSummary; title: string; details: string }) {
  const { t, i18n } = useTranslation();
  const go = useRoute((s) => s.go);
  const pct = a.total ? Math.round((100 * a.answered) / a.total) : 0;
  const complete = a.status === 'complete';
  return (
    <button type="button" className="audit-row" onClick={() => go({ name: 'audit', id: a.id })}>
      <span className="audit-row-title" dir="auto">
        {title}
        {a.isTest ? <span className="status-pill status-test">{t('auditAdmin.testPill')}</span> : null}
      </span>
      <span className="muted small" dir="auto">
        {details}
      </span>
      <span className={`status-pill status-${a.status}`}>{t(`audits.status.${a.status}`)}</span>
      <span className="audit-row-progress small muted">
        {complete ? null : t('auditAdmin.answeredPct', { pct, answered: a.answered, total: a.total })}
      </span>
      <span className="audit-row-score" data-testid="audit-row-score">
        <span className="small muted">{complete ? t('auditAdmin.score') : t('auditAdmin.scoreSoFar')}</span>{' '}
        <strong>{formatPercent(t, i18n.language, a.score)}</strong>
      </span>
    </button>
  );
}
