import { useTranslation } from 'react-i18next';
import type { WaveSiteRow, WaveView } from '../../../../shared/api/visits-api';
import { formatPercent } from '../../lib/format-score';
import { movementOf } from '../../../../shared/comparison/movement';
import { ChangeBadge } from '../insights/ChangeBadge';
import { SiteScoreExplainButton } from '../explain/SiteScoreExplainButton';
import { ScoreWithInterval, VerdictWord } from './SiteScoreCells';
import { Sparkline } from './Sparkline';
import { formatDuration } from './visit-format';
import { TableHead, numeric } from '../../components/TableHead';

/**
 * The wave's league table: per site the score with its 95% interval and n, the rank (marked where it
 * depends on the roll-up method), the change since the previous wave judged against its interval,
 * the median waiting and service times, the quartile band, the trend and the visits.
 */
export function WaveLeagueTable({
  sites,
  visits,
  statistics,
  previousWaveName,
  waveLabels,
  rtl,
}: {
  sites: WaveSiteRow[];
  /** The wave's visits (after filters): a site's score opens to the ones it is the mean of. */
  visits: WaveView['visits'];
  statistics: WaveView['statistics'];
  previousWaveName: string | null;
  waveLabels: string[];
  rtl: boolean;
}) {
  const { t } = useTranslation();
  return (
    <table className="data-table wave-table" data-testid="wave-table">
      <TableHead
        columns={[
          t('visits.fields.site'),
          t('visits.fields.region'),
          numeric(t('visits.score')),
          numeric(t('visits.rank')),
          previousWaveName ? t('visits.changeSince', { name: previousWaveName }) : t('visits.change'),
          numeric(t('visitTimes.medianWaiting')),
          numeric(t('visitTimes.medianService')),
          ...(statistics.bands ? [t('stats.band')] : []),
          t('visits.trend'),
          numeric(t('visits.visits')),
        ]}
      />
      <tbody>
        {sites.map((s) => (
          <SiteRow
            key={s.siteId ?? 'none'}
            site={s}
            visits={visits}
            statistics={statistics}
            labels={waveLabels}
            rtl={rtl}
          />
        ))}
      </tbody>
    </table>
  );
}

function SiteRow({
  site,
  visits,
  statistics,
  labels,
  rtl,
}: {
  site: WaveSiteRow;
  visits: WaveView['visits'];
  statistics: WaveView['statistics'];
  labels: string[];
  rtl: boolean;
}) {
  const { t, i18n } = useTranslation();
  const otherMethod = statistics.method === 'pooled' ? 'average' : 'pooled';
  return (
    <tr data-testid="wave-site-row">
      <th scope="row">
        <span dir="auto">{site.siteName ?? t('visits.noSite')}</span>
      </th>
      <td>
        <span dir="auto">{site.region}</span>
      </td>
      <td className="num">
        <ScoreWithInterval interval={site.stats.interval} /> <SiteScoreExplainButton site={site} visits={visits} />
      </td>
      <td className="num">
        {site.rank ?? '—'}
        {site.stats.rankDependsOnMethod ? (
          <span
            className="method-rank-flag"
            data-testid="rank-depends-on-method"
            title={t('stats.otherMethodScore', {
              score: `${formatPercent(t, i18n.language, site.stats.otherScore)} (${t(`insights.method.${otherMethod}`)})`,
            })}
          >
            {t('explain.rankDependsOnMethod')}
          </span>
        ) : null}
      </td>
      <td>
        {site.change === null ? (
          <span className="muted" title={t('insights.movement.not-comparable')}>
            —
          </span>
        ) : (
          <>
            <ChangeBadge change={site.change} movement={movementOf(site.change)} />{' '}
            <VerdictWord change={site.stats.change} />
          </>
        )}
      </td>
      <td className="num" data-testid="site-waiting" title={t('visitTimes.timesOf', { n: site.times.waitingVisits })}>
        {formatDuration(t, site.times.waitingSeconds)}
      </td>
      <td className="num" data-testid="site-service" title={t('visitTimes.timesOf', { n: site.times.serviceVisits })}>
        {formatDuration(t, site.times.serviceSeconds)}
      </td>
      {statistics.bands ? (
        <td data-testid="site-band">{site.stats.band ? t(`stats.bands.${site.stats.band}`) : '—'}</td>
      ) : null}
      <td>
        <Sparkline values={site.trend} labels={labels} rtl={rtl} />
      </td>
      <td className="num">{t('visits.visitCount', { done: site.completedVisits, total: site.visits })}</td>
    </tr>
  );
}
