import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isRtl } from '../../../../shared/domain/settings';
import { describeError } from '../../lib/field-errors';
import { formatDay } from '../../lib/formatters';
import { useApiQuery } from '../../lib/use-api-query';
import { useRoute } from '../../stores/route-store';
import { useSettings } from '../../stores/settings-store';
import { ReviewQueue } from './ReviewQueue';
import { WaveLeagueTable } from './WaveLeagueTable';
import { WaveStatisticsNote } from './WaveStatisticsNote';
import { WaveVisitsTable } from './WaveVisitsTable';
import './visits.css';

type Filters = { region: string; scenario: string; shopper: string };

/** One wave: the sites' league table (score, rank, change since the previous wave, trend), filters, and the review queue. */
export function WaveScreen({ waveId }: { waveId: string }) {
  const { t, i18n } = useTranslation();
  const rtl = isRtl(useSettings((s) => s.language));
  const go = useRoute((s) => s.go);
  const [filters, setFilters] = useState<Filters>({ region: '', scenario: '', shopper: '' });
  const input = useMemo(
    () => ({
      waveId,
      ...(filters.region ? { region: filters.region } : {}),
      ...(filters.scenario ? { scenario: filters.scenario } : {}),
      ...(filters.shopper ? { shopper: filters.shopper } : {}),
    }),
    [waveId, filters],
  );
  const view = useApiQuery('waves.view', input, ['audits.changed', 'clients.changed']);
  const data = view.data;

  if (!data) {
    return (
      <main className="empty-state">
        <p role={view.status === 'error' ? 'alert' : 'status'}>
          {view.status === 'error' ? describeError(t, view.error) : t('app.loading')}
        </p>
      </main>
    );
  }
  const waveLabels = data.waves.map((w) => w.name);
  const queue = data.visits.filter((v) => v.status === 'complete' && v.review.status !== 'reviewed');
  const dates = [data.wave.startsOn, data.wave.endsOn].map((d) => (d ? formatDay(i18n.language, d) : '…'));

  return (
    <main className="insights wave-screen" data-testid="wave-screen">
      <div className="insights-body">
        <header className="wave-head">
          <button
            type="button"
            className="button button-link-dark"
            onClick={() => go({ name: 'waves', clientId: data.clientId })}
          >
            {rtl ? '→' : '←'} {t('visits.allWaves')} · <span dir="auto">{data.clientName}</span>
          </button>
          <h1 dir="auto">{t('visits.waveTitle', { name: data.wave.name })}</h1>
          <p className="muted">
            {data.wave.startsOn || data.wave.endsOn ? `${dates[0]} – ${dates[1]} · ` : ''}
            {data.previousWave
              ? t('visits.comparedWith', { name: data.previousWave.name })
              : t('visits.noPreviousWave')}
          </p>
          <label className="field wave-switch">
            <span>{t('visits.otherWave')}</span>
            <select
              value={waveId}
              onChange={(e) => go({ name: 'wave', waveId: e.target.value })}
              data-testid="wave-switch"
            >
              {data.waves.map((w) => (
                <option key={w.id} value={w.id}>
                  {w.name}
                </option>
              ))}
            </select>
          </label>
        </header>

        <div className="wave-filters" role="group" aria-label={t('visits.filters')}>
          {(
            [
              ['region', data.options.regions],
              ['scenario', data.options.scenarios],
              ['shopper', data.options.shoppers],
            ] as const
          ).map(([key, options]) => (
            <label key={key} className="field">
              <span>{t(`visits.fields.${key}`)}</span>
              <select
                value={filters[key]}
                onChange={(e) => setFilters((f) => ({ ...f, [key]: e.target.value }))}
                data-testid={`filter-${key}`}
              >
                <option value="">{t('visits.all')}</option>
                {options.map((o) => (
                  <option key={o} value={o}>
                    {o}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </div>

        <section aria-labelledby="league-title" className="panel">
          <h2 id="league-title">{t('visits.league')}</h2>
          {data.sites.length === 0 ? (
            <p className="muted">
              {data.visits.length || filters.region || filters.scenario || filters.shopper
                ? t('visits.noSitesFiltered')
                : t('visits.noVisitsYet')}
            </p>
          ) : (
            <WaveLeagueTable
              sites={data.sites}
              visits={data.visits}
              statistics={data.statistics}
              previousWaveName={data.previousWave?.name ?? null}
              waveLabels={waveLabels}
              rtl={rtl}
            />
          )}
        </section>

        <WaveStatisticsNote statistics={data.statistics} />

        <ReviewQueue visits={queue} />

        <section aria-labelledby="visits-title" className="panel">
          <h2 id="visits-title">{t('visits.allVisits', { count: data.visits.length })}</h2>
          {data.visits.length === 0 ? (
            <p className="muted">{t('visits.noVisitsYet')}</p>
          ) : (
            <WaveVisitsTable visits={data.visits} calibration={data.calibration} />
          )}
        </section>
      </div>
    </main>
  );
}
