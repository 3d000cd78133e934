import { rankDependsOnMethod } from '../../../shared/stats/rank-by-method';
import { waveStatistics, type SiteStatistics } from '../../../shared/stats/wave-statistics';
import { DEFAULT_MIN_VISITS } from '../../../shared/stats/score-interval';
import { otherMethodPercent, type LoadedAudit } from './comparable-audits';

/**
 * The dashboard's site table, made as honest as the wave view: a site's latest round is the wave of
 * its latest audit (all its scored audits in that wave), or that audit alone when it belongs to no
 * wave; the previous round is the one before it. Interval, "too few visits", change verdict and
 * the rank flag come from the same shared functions as the wave view.
 */
export function siteStatistics(bySite: ReadonlyMap<string, readonly LoadedAudit[]>): Map<string, SiteStatistics> {
  const out = new Map<string, SiteStatistics>();
  for (const [site, list] of bySite) {
    const scored = list.filter((a) => a.overallPercent !== null);
    // Each audit's round worked out once: on the first dashboard after a start this runs before it is optimised.
    const rounds = scored.map((a) => a.waveId ?? `audit:${a.id}`);
    const last = scored[scored.length - 1];
    if (!last) continue;
    const round = rounds[rounds.length - 1]!;
    let previousRound: string | null = null;
    for (let i = rounds.length - 2; i >= 0 && previousRound === null; i--)
      if (rounds[i] !== round) previousRound = rounds[i]!;
    const { sites } = waveStatistics({
      siteKeys: [site],
      visits: scored.map((a, i) => ({
        siteKey: site,
        waveId: rounds[i]!,
        score: a.overallPercent!,
        otherScore: rounds[i] === round ? otherMethodPercent(a) : null,
      })),
      waveId: round,
      previousWaveId: previousRound,
      minVisits: last.outline.minVisitsPerSite ?? DEFAULT_MIN_VISITS,
    });
    out.set(site, sites[0]!);
  }
  const keys = [...out.keys()];
  const flags = rankDependsOnMethod(
    keys.map((k) => out.get(k)!.interval.mean),
    keys.map((k) => out.get(k)!.otherScore),
  );
  keys.forEach((k, i) => (out.get(k)!.rankDependsOnMethod = flags[i]!));
  return out;
}
