import type { WaveSiteRow, WaveView, WaveVisitRow } from '../../../shared/api/visits-api';
import type { ParsedInput } from '../../../shared/contract';
import type { RollupMethod } from '../../../shared/domain/template';
import {
  outOfOrderMoments,
  typicalTimes,
  visitDurations,
  type ReviewStatus,
  type Wave,
} from '../../../shared/domain/visit';
import { AppError } from '../../../shared/result';
import { DEFAULT_MIN_VISITS } from '../../../shared/stats/score-interval';
import { waveStatistics } from '../../../shared/stats/wave-statistics';
import { readTimestampsOf } from '../audits/visit-rows';
import { waveCalibration } from '../calibration/wave-calibration';
import type { BackendContext } from '../context';
import type { AuditRow } from '../audits/audit-rows';
import { load, LOADED_COLUMNS, LOADED_FROM, otherMethodPercent, type LoadedRow } from './comparable-audits';

/** The wave read model: the league table with its statistics, shared by the wave view and the PDF report. */
export interface WaveRow {
  id: string;
  client_id: string;
  name: string;
  starts_on: string | null;
  ends_on: string | null;
  created_at: string;
  updated_at: string;
  visits: number;
}

export const WAVE_SELECT = 'SELECT w.*, (SELECT count(*) FROM audits a WHERE a.wave_id = w.id) AS visits FROM waves w';

/** Waves in time order: by start date (undated last), then as created. */
export const WAVE_ORDER = 'ORDER BY w.starts_on IS NULL, w.starts_on, w.created_at';

export const toWave = (r: WaveRow): Wave => ({
  id: r.id,
  clientId: r.client_id,
  name: r.name,
  startsOn: r.starts_on,
  endsOn: r.ends_on,
  visits: r.visits,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export function getWave(ctx: BackendContext, id: string): Wave {
  const row = ctx.db.prepare(`${WAVE_SELECT} WHERE w.id = ?`).get(id) as WaveRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'That wave no longer exists.');
  return toWave(row);
}

const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : null);

export function waveView(ctx: BackendContext, input: ParsedInput<'waves.view'>): WaveView {
  const wave = getWave(ctx, input.waveId);
  const clientName = ctx.db.prepare('SELECT name FROM clients WHERE id = ?').pluck().get(wave.clientId) as string;
  const waves = (
    ctx.db.prepare(`${WAVE_SELECT} WHERE w.client_id = ? ${WAVE_ORDER}`).all(wave.clientId) as WaveRow[]
  ).map(toWave);
  const waveIndex = waves.findIndex((w) => w.id === wave.id);
  const previous = waveIndex > 0 ? waves[waveIndex - 1]! : null;

  // One query for every visit of the client with what loading it needs, one for all their tapped moments.
  const rows = ctx.db
    .prepare(
      `SELECT ${LOADED_COLUMNS}, a.scenario, a.shopper, a.planned_date, a.completed_at, a.review_status, a.review_comment,
         a.reviewed_at, s.name AS site_name, s.region AS site_region
       FROM ${LOADED_FROM} LEFT JOIN sites s ON s.id = a.site_id
       WHERE a.client_id = ? AND a.wave_id IS NOT NULL AND a.audit_type = 'mystery-shop' ORDER BY a.audit_date DESC, a.created_at DESC`,
    )
    .all(wave.clientId) as (LoadedRow &
    Pick<
      AuditRow,
      'scenario' | 'shopper' | 'planned_date' | 'completed_at' | 'review_status' | 'review_comment' | 'reviewed_at'
    > & {
      site_name: string | null;
      site_region: string | null;
    })[];
  const timestampsOf = readTimestampsOf(
    ctx,
    rows.map((r) => r.id),
  );
  const settings = new Map<string, { minVisits: number; method: RollupMethod }>();
  const visits = rows.map((r): WaveVisitRow & { waveId: string; otherScore: number | null } => {
    const loaded = load(ctx, r);
    const score = loaded.overallPercent;
    if (r.wave_id === wave.id)
      settings.set(loaded.templateVersionId, {
        minVisits: loaded.outline.minVisitsPerSite,
        method: loaded.outline.rollup,
      });
    const timestamps = timestampsOf.get(r.id)!;
    return {
      // The other method's score is only compared within this wave: not worked out for the others.
      otherScore:
        r.wave_id === wave.id && r.status === 'complete' && score !== null ? otherMethodPercent(loaded) : null,
      auditId: r.id,
      waveId: r.wave_id!,
      title: r.title,
      siteId: r.site_name === null ? null : r.site_id!,
      siteName: r.site_name,
      region: r.site_region ?? '',
      scenario: r.scenario ?? '',
      shopper: r.shopper ?? '',
      plannedDate: r.planned_date ?? null,
      auditDate: r.audit_date,
      status: r.status,
      score,
      review: {
        status: (r.review_status ?? 'none') as ReviewStatus,
        comment: r.review_comment ?? '',
        at: r.reviewed_at ?? null,
      },
      completedAt: r.completed_at,
      durations: visitDurations(timestamps),
      outOfOrder: outOfOrderMoments(timestamps),
    };
  });
  const inWave = visits.filter((v) => v.waveId === wave.id);
  const sorted = (values: string[]) => [...new Set(values.filter(Boolean))].sort((a, b) => a.localeCompare(b));
  const options = {
    regions: sorted(inWave.map((v) => v.region)),
    scenarios: sorted(inWave.map((v) => v.scenario)),
    shoppers: sorted(inWave.map((v) => v.shopper)),
  };
  const passes = (v: WaveVisitRow) =>
    (input.region === undefined || v.region === input.region) &&
    (input.scenario === undefined || v.scenario === input.scenario) &&
    (input.shopper === undefined || v.shopper === input.shopper);
  const filtered = visits.filter(passes);

  // A site's score in a wave: the mean of its completed visits' scores there (visits in progress do not count yet).
  const siteKey = (v: WaveVisitRow) => v.siteId ?? '';
  const scoresBySiteAndWave = new Map<string, number[]>();
  for (const v of filtered) {
    if (v.status !== 'complete' || v.score === null) continue;
    const at = `${siteKey(v)}\u0000${v.waveId}`;
    const list = scoresBySiteAndWave.get(at);
    if (list) list.push(v.score);
    else scoresBySiteAndWave.set(at, [v.score]);
  }
  const scoreOf = (key: string, waveId: string) => mean(scoresBySiteAndWave.get(`${key}\u0000${waveId}`) ?? []);
  const here = filtered.filter((v) => v.waveId === wave.id);
  const keys = [...new Set(here.map(siteKey))];
  // Several template versions in one wave: the strictest minimum applies; one method is named only when all agree.
  const used = [...settings.values()];
  const minVisits = used.length ? Math.max(...used.map((u) => u.minVisits)) : DEFAULT_MIN_VISITS;
  const method = used.length && used.every((u) => u.method === used[0]!.method) ? used[0]!.method : null;
  const statistics = waveStatistics({
    siteKeys: keys,
    // Only this wave and the previous one are compared: the other waves' visits are left out of the search.
    visits: filtered.flatMap((v) =>
      v.status === 'complete' && v.score !== null && (v.waveId === wave.id || v.waveId === previous?.id)
        ? [{ siteKey: siteKey(v), waveId: v.waveId, score: v.score, otherScore: v.otherScore }]
        : [],
    ),
    waveId: wave.id,
    previousWaveId: previous?.id ?? null,
    minVisits,
  });
  const sites = keys.map((key, index): WaveSiteRow => {
    const mine = here.filter((v) => siteKey(v) === key);
    const score = scoreOf(key, wave.id);
    const previousScore = previous ? scoreOf(key, previous.id) : null;
    return {
      siteId: key || null,
      siteName: mine[0]!.siteName,
      region: mine[0]!.region,
      score,
      rank: null,
      previousScore,
      change: score !== null && previousScore !== null ? score - previousScore : null,
      trend: waves.map((w) => scoreOf(key, w.id)),
      visits: mine.length,
      completedVisits: mine.filter((v) => v.status === 'complete').length,
      stats: statistics.sites[index]!,
      times: typicalTimes(mine.filter((v) => v.status === 'complete').map((v) => v.durations)),
    };
  });
  sites.sort(
    (a, b) => (b.score ?? -1) - (a.score ?? -1) || (a.siteName ?? '\uffff').localeCompare(b.siteName ?? '\uffff'),
  );
  for (const site of sites) {
    if (site.score === null) continue;
    site.rank = 1 + sites.filter((o) => o.score !== null && o.score > site.score!).length;
  }
  return {
    wave,
    clientId: wave.clientId,
    clientName,
    previousWave: previous ? { id: previous.id, name: previous.name } : null,
    waves: waves.map((w) => ({ id: w.id, name: w.name, startsOn: w.startsOn })),
    sites,
    visits: here.map(({ waveId: _w, otherScore: _o, ...v }) => v),
    statistics: { minVisits, method, bands: statistics.bands },
    calibration: waveCalibration(ctx, wave.id, options.shoppers),
    options,
  };
}
