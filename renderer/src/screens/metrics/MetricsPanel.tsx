import { useTranslation } from 'react-i18next';
import { describeError } from '../../lib/field-errors';
import { MetricsForm } from './MetricsForm';
import { useAuditMetrics } from './use-audit-metrics';
import './metrics.css';

export { MetricsForm } from './MetricsForm';

export interface MetricsPanelProps {
  auditId: string;
  readOnly: boolean;
}

/**
 * The customer metrics of one audit (NPS, CSAT, CES, TTR, FCR, AHT, retention, churn): a form that
 * saves itself, with each figure computed live beside what it is computed from.
 */
export function MetricsPanel({ auditId, readOnly }: MetricsPanelProps) {
  const { t } = useTranslation();
  const { data, loadError, save, saveInputs } = useAuditMetrics(auditId);
  if (loadError) {
    return (
      <section className="metrics-panel" aria-label={t('metrics.title')}>
        <p className="form-error" role="alert">
          {t('metrics.loadFailed', { reason: describeError(t, loadError) })}
        </p>
      </section>
    );
  }
  // Until the metrics of *this* audit arrive (the id may just have changed), nothing is editable.
  if (!data || data.auditId !== auditId) {
    return (
      <section className="metrics-panel" aria-label={t('metrics.title')} aria-busy="true">
        <p className="muted">{t('metrics.loading')}</p>
      </section>
    );
  }
  return (
    <MetricsForm
      key={data.auditId}
      auditId={data.auditId}
      initial={data.inputs}
      readOnly={readOnly}
      save={save}
      saveInputs={saveInputs}
    />
  );
}
