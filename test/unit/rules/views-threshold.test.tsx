import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { initReactI18next } from 'react-i18next';
import { beforeAll, expect, it } from 'vitest';
import type { WaveSiteRow } from '../../../shared/api/visits-api';
import { DEFAULT_THRESHOLD } from '../../../shared/rules';
import { catalogs } from '../../../renderer/src/i18n/catalogs';
import { WaveLeagueTable } from '../../../renderer/src/screens/visits/WaveLeagueTable';
import { waveStatistics } from '../../../shared/stats/wave-statistics';

beforeAll(async () => {
  await i18next.use(initReactI18next).init({
    lng: 'en',
    resources: { en: { translation: catalogs.en } },
    interpolation: { escapeValue: false },
  });
});

const site = (name: string, change: number): WaveSiteRow => ({
  siteId: name,
  siteName: name,
  region: 'North',
  score: 60 + change,
  rank: 1,
  previousScore: 60,
  change,
  trend: [60, 60 + change],
  visits: 3,
  completedVisits: 3,
  stats: waveStatistics({
    siteKeys: [name],
    visits: [60 + change, 60 + change].map((score) => ({ siteKey: name, waveId: 'q2', score, otherScore: score })),
    waveId: 'q2',
    previousWaveId: 'q1',
    minVisits: 3,
  }).sites[0]!,
  times: { waitingSeconds: 95, waitingVisits: 3, serviceSeconds: 240, serviceVisits: 2 },
});

it('the wave view marks movement with the rule book threshold (5 points), not 0.05', () => {
  const html = renderToStaticMarkup(
    <WaveLeagueTable
      sites={[site('tiny', 0.1), site('edge', DEFAULT_THRESHOLD), site('down', -DEFAULT_THRESHOLD - 1)]}
      visits={[]}
      statistics={{ minVisits: 3, method: 'pooled', bands: null }}
      previousWaveName="Q1"
      waveLabels={['Q1', 'Q2']}
      rtl={false}
    />,
  );
  const movements = [...html.matchAll(/data-movement="([a-z-]+)"/g)].map((m) => m[1]);
  expect(movements).toEqual(['unchanged', 'improved', 'regressed']);
});
