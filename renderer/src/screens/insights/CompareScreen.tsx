import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_THRESHOLD } from '../../../../shared/comparison/movement';
import type { AuditSummary } from '../../../../shared/domain/audit';
import { isRtl } from '../../../../shared/domain/settings';
import { formatDay } from '../../lib/formatters';
import { useApiQuery } from '../../lib/use-api-query';
import { useAuditsList } from '../../stores/audits-list-store';
import { describeError } from '../../lib/field-errors';
import { useRoute } from '../../stores/route-store';
import { useSettings } from '../../stores/settings-store';
import { ComparisonBody } from './ComparisonBody';
import { SeriesTrend } from './SeriesTrend';

/** Baseline against follow-up (or a series over time) for one client. */
export function CompareScreen({
  clientId,
  baselineId,
  followUpId,
}: {
  clientId: string;
  baselineId?: string;
  followUpId?: string;
}) {
  const { t, i18n } = useTranslation();
  const go = useRoute((s) => s.go);
  const rtl = isRtl(useSettings((s) => s.language));
  const [threshold, setThreshold] = useState(DEFAULT_THRESHOLD);
  const list = useApiQuery('audits.list', { clientId }, ['audits.changed']);
  const client = useApiQuery('clients.get', { id: clientId });
  const audits = useMemo(
    () =>
      [...(list.data ?? [])].sort(
        (a, b) => a.auditDate.localeCompare(b.auditDate) || a.updatedAt.localeCompare(b.updatedAt),
      ),
    [list.data],
  );

  // Without a choice in the address, compare the latest audit with the one before it on the same template.
  useEffect(() => {
    if (baselineId && followUpId) return;
    if (audits.length < 2) return;
    const follow = audits[audits.length - 1]!;
    const earlier = audits.slice(0, -1);
    const base =
      [...earlier].reverse().find((a) => a.templateName === follow.templateName) ?? earlier[earlier.length - 1]!;
    window.history.replaceState(
      null,
      '',
      `#/compare/${encodeURIComponent(clientId)}/${encodeURIComponent(base.id)}/${encodeURIComponent(follow.id)}`,
    );
    useRoute.setState({ route: { name: 'compare', clientId, baselineId: base.id, followUpId: follow.id } });
  }, [audits, baselineId, followUpId, clientId]);

  const comparison = useApiQuery(
    'insights.compare',
    baselineId && followUpId && baselineId !== followUpId ? { baselineId, followUpId, threshold } : null,
    ['audits.changed'],
  );
  const follow = useApiQuery('audits.get', followUpId ? { id: followUpId } : null, ['audits.changed']);
  const pinned = follow.data?.id === followUpId && follow.data?.baselineAuditId === baselineId;
  const pinBaseline = () =>
    baselineId &&
    followUpId &&
    void useAuditsList
      .getState()
      .setBaseline(followUpId, baselineId)
      .catch(() => undefined);
  // The series trend (a choice among every audit of the client) comes after the comparison's own sections.
  const trend = audits.length >= 3 ? <SeriesTrend audits={audits} rtl={rtl} /> : null;
  const label = (a: AuditSummary) =>
    `${a.title} · ${formatDay(i18n.language, a.auditDate)}${a.site ? ` · ${a.site}` : ''}`;
  const choose = (which: 'baselineId' | 'followUpId', id: string) =>
    go({
      name: 'compare',
      clientId,
      baselineId: which === 'baselineId' ? id : (baselineId ?? id),
      followUpId: which === 'followUpId' ? id : (followUpId ?? id),
    });

  return (
    <main className="insights" data-testid="compare-screen">
      <div className="walk-bar">
        <button type="button" className="button" onClick={() => go({ name: 'dashboard', clientId })}>
          {rtl ? '→' : '←'} {t('insights.backToDashboard')}
        </button>
        <div className="walk-title">
          <h1 className="walk-heading">{t('insights.compareAudits')}</h1>
          <span className="muted small" dir="auto">
            {client.data?.name ?? ''}
          </span>
        </div>
      </div>
      <div className="insights-body">
        {list.data && audits.length < 2 ? (
          <div className="empty-state" data-testid="compare-empty">
            <p>{t('insights.needTwoAudits')}</p>
          </div>
        ) : (
          <>
            <section className="compare-pickers" aria-label={t('insights.chooseAudits')}>
              <AuditChoice
                caption={t('insights.baseline')}
                audits={audits}
                value={baselineId}
                other={followUpId}
                label={label}
                onChoose={(id) => choose('baselineId', id)}
                testId="baseline-select"
              />
              <button
                type="button"
                className="button swap-button"
                aria-label={t('insights.swap')}
                title={t('insights.swap')}
                onClick={() =>
                  baselineId &&
                  followUpId &&
                  go({ name: 'compare', clientId, baselineId: followUpId, followUpId: baselineId })
                }
              >
                ⇄
              </button>
              <AuditChoice
                caption={t('insights.followUp')}
                audits={audits}
                value={followUpId}
                other={baselineId}
                label={label}
                onChoose={(id) => choose('followUpId', id)}
                testId="followup-select"
              />
              <label className="field threshold-field">
                <span>{t('insights.threshold')}</span>
                <input
                  type="number"
                  min={0}
                  max={100}
                  step={0.5}
                  value={threshold}
                  onChange={(e) => {
                    const v = Number(e.target.value);
                    if (Number.isFinite(v) && v >= 0 && v <= 100) setThreshold(v);
                  }}
                  data-testid="threshold-input"
                />
                <span className="muted small">{t('insights.thresholdHint')}</span>
              </label>
              <div className="baseline-pin">
                {pinned ? (
                  <span className="muted small" data-testid="baseline-pinned">
                    ✓ {t('insights.baselinePinned')}
                  </span>
                ) : (
                  <button
                    type="button"
                    className="button button-small"
                    onClick={pinBaseline}
                    data-testid="pin-baseline"
                  >
                    {t('insights.pinBaseline')}
                  </button>
                )}
              </div>
            </section>
            {comparison.status === 'error' ? (
              <p className="form-error" role="alert">
                {describeError(t, comparison.error)}
              </p>
            ) : null}
            {comparison.data ? (
              <ComparisonBody comparison={comparison.data} rtl={rtl} after={trend} />
            ) : (
              <>
                {comparison.status === 'loading' ? <p className="muted">{t('app.loading')}</p> : null}
                {trend}
              </>
            )}
          </>
        )}
      </div>
    </main>
  );
}

/** One side of the comparison: any audit of the client but the one chosen on the other side. */
function AuditChoice({
  caption,
  audits,
  value,
  other,
  label,
  onChoose,
  testId,
}: {
  caption: string;
  audits: readonly AuditSummary[];
  value: string | null | undefined;
  other: string | null | undefined;
  label(a: AuditSummary): string;
  onChoose(id: string): void;
  testId: string;
}) {
  return (
    <label className="field">
      <span>{caption}</span>
      <select value={value ?? ''} onChange={(e) => onChoose(e.target.value)} data-testid={testId}>
        {audits.map((a) => (
          <option key={a.id} value={a.id} disabled={a.id === other} dir="auto">
            {label(a)}
          </option>
        ))}
      </select>
    </label>
  );
}
