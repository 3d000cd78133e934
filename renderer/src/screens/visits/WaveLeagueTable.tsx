import { useTranslation } from 'react-i18next';
import type { WaveSiteRow } from '../../../../shared/api/visits-api';
import { movementOf } from '../../../../shared/comparison/movement';
import { formatPercent } from '../../lib/format-score';
import { ChangeBadge } from '../insights/ChangeBadge';
import { Sparkline } from './Sparkline';

type Filters = { region: string; scenario: string; shopper: string };

/** The wave's league table: one row per site with score, rank, change since the previous wave, trend and visits. */
export function WaveLeagueTable({
  sites,
  previousWaveName,
  waveLabels,
  rtl,
}: {
  sites: WaveSiteRow[];
  previousWaveName: string | null;
  waveLabels: string[];
  rtl: boolean;
}) {
  const { t } = useTranslation();
  return (
    <table className="data-table wave-table" data-testid="wave-table">
      <thead>
        <tr>
          <th scope="col">{t('visits.fields.site')}</th>
          <th scope="col">{t('visits.fields.region')}</th>
          <th scope="col" className="num">
            {t('visits.score')}
          </th>
          <th scope="col" className="num">
            {t('visits.rank')}
          </th>
          <th scope="col">
            {previousWaveName ? t('visits.changeSince', { name: previousWaveName }) : t('visits.change')}
          </th>
          <th scope="col">{t('visits.trend')}</th>
          <th scope="col" className="num">
            {t('visits.visits')}
          </th>
        </tr>
      </thead>
      <tbody>
        {sites.map((s) => (
          <SiteRow key={s.siteId ?? 'none'} site={s} labels={waveLabels} rtl={rtl} />
        ))}
      </tbody>
    </table>
  );
}

function SiteRow({ site, labels, rtl }: { site: WaveSiteRow; labels: string[]; rtl: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <tr data-testid="wave-site-row">
      <th scope="row">
        <span dir="auto">{site.siteName ?? t('visits.noSite')}</span>
      </th>
      <td>
        <span dir="auto">{site.region}</span>
      </td>
      <td className="num">{formatPercent(t, i18n.language, site.score)}</td>
      <td className="num">{site.rank ?? '—'}</td>
      <td>
        {site.change === null ? (
          <span className="muted" title={t('insights.movement.not-comparable')}>
            —
          </span>
        ) : (
          <ChangeBadge change={site.change} movement={movementOf(site.change)} />
        )}
      </td>
      <td>
        <Sparkline values={site.trend} labels={labels} rtl={rtl} />
      </td>
      <td className="num">{t('visits.visitCount', { done: site.completedVisits, total: site.visits })}</td>
    </tr>
  );
}
