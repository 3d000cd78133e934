import { useTranslation } from 'react-i18next';
import type { WaveView } from '../../../../shared/api/visits-api';
import { MIN_SITES_FOR_BANDS } from '../../../../shared/stats/quartile-bands';
import { formatPercent } from '../../lib/format-score';

/** Under the league table: how its numbers are computed, the visits a site needs, and the quartiles across sites. */
export function WaveStatisticsNote({ statistics }: { statistics: WaveView['statistics'] }) {
  const { t, i18n } = useTranslation();
  const pct = (v: number) => formatPercent(t, i18n.language, v);
  return (
    <aside className="panel wave-stats-note small" data-testid="wave-stats-note">
      <p>{t('stats.method')}</p>
      <p>{t('stats.tooFewHint', { min: statistics.minVisits })}</p>
      <p>
        {statistics.bands
          ? t('stats.bandsLegend', {
              q1: pct(statistics.bands.q1),
              median: pct(statistics.bands.median),
              q3: pct(statistics.bands.q3),
            })
          : t('stats.noBands', { min: MIN_SITES_FOR_BANDS })}
      </p>
    </aside>
  );
}
