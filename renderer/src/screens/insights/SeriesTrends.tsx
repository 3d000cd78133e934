import { useTranslation } from 'react-i18next';
import type { ClientDashboard } from '../../../../shared/api/insights-api';
import { TrendLines } from '../../components/charts/TrendLines';
import { formatDay } from '../../lib/formatters';
import { useShowMore } from '../../lib/use-show-more';

/**
 * One trend chart per comparable series (a template; for visits a template at a site): a line
 * through audits of different templates or visits of different sites would draw a change that
 * never happened.
 */
export function SeriesTrends({ trends, rtl }: { trends: ClientDashboard['trends']; rtl: boolean }) {
  const { t, i18n } = useTranslation();
  const shown = useShowMore(trends, 4);
  const date = (iso: string) => formatDay(i18n.language, iso);
  return (
    <>
      {shown.visible.map((series, i) => (
        <TrendLines
          key={series.key}
          title={
            series.site === null
              ? t('series.trendOf', { template: series.templateName })
              : t('series.trendOfVisits', { template: series.templateName, site: series.site })
          }
          subtitle={[
            series.points.some((p) => p.audits > 1) ? t('insights.perMonth') : t('insights.perAudit'),
            trends.length > 1 ? t('series.oneSeriesNote') : '',
          ]
            .filter(Boolean)
            .join(' · ')}
          points={series.points.map((p) => (p.audits > 1 ? p.label : `${p.label} (${date(p.auditDate)})`))}
          series={[{ key: 'overall', name: t('insights.overall'), values: series.points.map((p) => p.overall) }]}
          rtl={rtl}
          testId={i === 0 ? 'trend-chart' : `trend-chart-${i}`}
        />
      ))}
      {shown.hidden ? (
        <button type="button" className="button show-more" onClick={shown.showMore}>
          {t('insights.showMore', { count: shown.hidden })}
        </button>
      ) : null}
    </>
  );
}
