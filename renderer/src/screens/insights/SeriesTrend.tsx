import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditSummary } from '../../../../shared/domain/audit';
import { TrendLines } from '../../components/charts/TrendLines';
import { formatDay } from '../../lib/formatters';
import { useApiQuery } from '../../lib/use-api-query';

const DEFAULT_SERIES = 6;

/** A trend over three or more audits: pick them, see the overall and each stage move over time. */
export function SeriesTrend({ audits, rtl }: { audits: AuditSummary[]; rtl: boolean }) {
  const { t, i18n } = useTranslation();
  const [chosen, setChosen] = useState<string[]>(() => audits.slice(-DEFAULT_SERIES).map((a) => a.id));
  const ids = audits.filter((a) => chosen.includes(a.id)).map((a) => a.id);
  const trend = useApiQuery('insights.trend', ids.length >= 3 ? { auditIds: ids } : null, ['audits.changed']);
  const toggle = (id: string) => setChosen((c) => (c.includes(id) ? c.filter((x) => x !== id) : [...c, id]));
  const date = (iso: string) => formatDay(i18n.language, iso);

  return (
    <section className="panel series-trend" aria-labelledby="series-title" data-testid="series-trend">
      <h3 id="series-title">{t('insights.seriesTitle')}</h3>
      <p className="muted small">{t('insights.seriesHint')}</p>
      <div className="series-choices">
        {audits.map((a) => (
          <label key={a.id} className="check">
            <input type="checkbox" checked={chosen.includes(a.id)} onChange={() => toggle(a.id)} />
            <span dir="auto">
              {a.title} · {date(a.auditDate)}
            </span>
          </label>
        ))}
      </div>
      {ids.length < 3 ? (
        <p className="muted">{t('insights.seriesNeedsThree')}</p>
      ) : trend.data ? (
        <TrendLines
          title={t('insights.trend')}
          points={trend.data.audits.map((a) => `${a.title} (${date(a.auditDate)})`)}
          series={[
            { key: 'overall', name: t('insights.overall'), values: trend.data.audits.map((a) => a.overall) },
            ...trend.data.stages.map((s) => ({ key: `stage-${s.key}`, name: s.label, values: s.values })),
          ]}
          rtl={rtl}
          testId="series-chart"
        />
      ) : null}
    </section>
  );
}
