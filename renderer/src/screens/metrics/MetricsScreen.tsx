import { useTranslation } from 'react-i18next';
import { isRtl } from '../../../../shared/domain/settings';
import { useApiQuery } from '../../lib/use-api-query';
import { useRoute } from '../../stores/route-store';
import { useSettings } from '../../stores/settings-store';
import { MetricsPanel } from './MetricsPanel';

/** One audit's customer metrics (NPS, CSAT, CES, ...), entered beside the walk. */
export function MetricsScreen({ auditId }: { auditId: string }) {
  const { t } = useTranslation();
  const go = useRoute((s) => s.go);
  const rtl = isRtl(useSettings((s) => s.language));
  const audit = useApiQuery('audits.get', { id: auditId }, ['audits.changed']);
  return (
    <main className="insights" data-testid="metrics-screen">
      <div className="walk-bar">
        <button type="button" className="button" onClick={() => go({ name: 'audit', id: auditId })}>
          {rtl ? '→' : '←'} {t('map.backToWalk')}
        </button>
        <div className="walk-title">
          <h1 className="walk-heading" dir="auto">
            {audit.data?.title ?? ''}
          </h1>
          <span className="muted small" dir="auto">
            {audit.data ? [audit.data.clientName, audit.data.site].filter(Boolean).join(' · ') : ''}
          </span>
        </div>
      </div>
      <div className="insights-body">
        {audit.data ? (
          <MetricsPanel auditId={auditId} readOnly={audit.data.status === 'complete'} />
        ) : (
          <p className="muted">{t('app.loading')}</p>
        )}
      </div>
    </main>
  );
}
