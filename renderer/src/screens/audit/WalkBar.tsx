import { useTranslation } from 'react-i18next';
import { answeredPercent, type AuditProgress } from '../../../../shared/audit-progress';
import type { AuditDetail } from '../../../../shared/domain/audit';
import { isRtl } from '../../../../shared/domain/settings';
import type { AuditScore } from '../../../../shared/scoring/score-types';
import { formatPercent } from '../../lib/format-score';
import { useClients } from '../../stores/clients-store';
import { useRoute } from '../../stores/route-store';
import { useSettings } from '../../stores/settings-store';
import { ExplainScoreButton } from '../explain/ExplainScoreButton';
import { MethodBadge } from '../insights/MethodBadge';

interface Props {
  audit: AuditDetail;
  progress: AuditProgress;
  score: AuditScore | null;
  readOnly: boolean;
  onExport(): void;
  onComplete(): void;
  onHelp(): void;
}

/** The thin bar above the walk: client, audit, progress, score so far, status and the walk's commands. */
export function WalkBar({ audit, progress, score, readOnly, onExport, onComplete, onHelp }: Props) {
  const { t, i18n } = useTranslation();
  const go = useRoute((s) => s.go);
  const rtl = isRtl(useSettings((s) => s.language));
  const overallPct = answeredPercent(progress.overall.answered, progress.overall.total);
  return (
    <div className="walk-bar">
      <button
        type="button"
        className="button button-link-dark"
        onClick={() => (useClients.getState().select(audit.clientId), go({ name: 'home' }))}
      >
        {rtl ? '→' : '←'} <span dir="auto">{audit.clientName}</span>
      </button>
      <div className="walk-title">
        <h1 className="walk-heading" dir="auto">
          {audit.title}
        </h1>
        <span className="muted small" dir="auto">
          {[audit.site, `${audit.templateName} · v${audit.templateVersion}`, t(`audits.type.${audit.auditType}`)]
            .filter(Boolean)
            .join(' · ')}
        </span>
      </div>
      <div className="walk-progress" data-testid="overall-progress">
        <div
          className="progress-bar"
          role="progressbar"
          aria-valuemin={0}
          aria-valuemax={progress.overall.total}
          aria-valuenow={progress.overall.answered}
          aria-label={t('walk.progress')}
        >
          <span style={{ width: `${overallPct}%` }} />
        </div>
        <span className="small">
          {t('walk.progressText', {
            answered: progress.overall.answered,
            total: progress.overall.total,
            pct: overallPct,
          })}
        </span>
      </div>
      {score ? (
        <span className="walk-score" data-testid="walk-score">
          <span className="small muted">
            {audit.status === 'complete' ? t('auditAdmin.score') : t('walk.scoreSoFar')}
          </span>{' '}
          <strong>{formatPercent(t, i18n.language, score.overall.percent)}</strong>{' '}
          <MethodBadge method={score.method} /> <ExplainScoreButton auditId={audit.id} />
        </span>
      ) : null}
      <span className={`status-pill status-${audit.status}`} data-testid="audit-status">
        {t(`audits.status.${audit.status}`)}
      </span>
      <button type="button" className="button" onClick={() => go({ name: 'map', id: audit.id })}>
        {t('walk.openMap')}
      </button>
      <button
        type="button"
        className="button"
        onClick={() => go({ name: 'metrics', auditId: audit.id })}
        data-testid="open-metrics"
      >
        {t('walk.metrics')}
      </button>
      <button
        type="button"
        className="button"
        onClick={() => go({ name: 'trail', auditId: audit.id })}
        data-testid="open-trail"
      >
        {t('trail.open')}
      </button>
      <button type="button" className="button" onClick={() => onExport()} data-testid="open-export">
        {t('exportDialog.open')}
      </button>
      <button type="button" className="button" onClick={() => onComplete()} data-testid="open-completion">
        {readOnly ? t('walk.reopen') : t('walk.complete')}
      </button>
      <button
        type="button"
        className="button"
        aria-keyshortcuts="?"
        onClick={() => onHelp()}
        title={t('walk.keys.title')}
      >
        ?
      </button>
    </div>
  );
}
