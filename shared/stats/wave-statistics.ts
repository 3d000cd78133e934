import { bandOf, quartileBands, type QuartileBand, type QuartileBands } from './quartile-bands';
import { rankDependsOnMethod } from './rank-by-method';
import { scoreChange, visitScoreInterval, type ScoreChange, type ScoreInterval } from './score-interval';

/** One completed, scored visit: its site, its wave, its score and its score under the other roll-up method. */
export interface ScoredVisit {
  siteKey: string;
  waveId: string;
  score: number;
  otherScore: number | null;
}

export interface SiteStatistics {
  interval: ScoreInterval;
  /** Change since the previous wave, with its interval and verdict. */
  change: ScoreChange;
  /** The site's score (mean of its visits) under the other roll-up method. */
  otherScore: number | null;
  rankDependsOnMethod: boolean;
  band: QuartileBand | null;
}

/**
 * The honest numbers of a wave's league table, per site (in the order given): n, a 95% interval,
 * "too few visits", the change since the previous wave judged against its interval, the score
 * under the other method and whether the site's rank depends on the method, and quartile bands.
 */
export function waveStatistics(input: {
  siteKeys: readonly string[];
  visits: readonly ScoredVisit[];
  waveId: string;
  previousWaveId: string | null;
  minVisits: number;
}): { sites: SiteStatistics[]; bands: QuartileBands | null } {
  const scoresOf = (key: string, waveId: string | null) =>
    input.visits.filter((v) => v.siteKey === key && v.waveId === waveId);
  const intervals = input.siteKeys.map((key) =>
    visitScoreInterval(
      scoresOf(key, input.waveId).map((v) => v.score),
      input.minVisits,
    ),
  );
  const others = input.siteKeys.map((key) => {
    const values = scoresOf(key, input.waveId).map((v) => v.otherScore);
    return values.length && values.every((v) => v !== null)
      ? (values as number[]).reduce((s, v) => s + v, 0) / values.length
      : null;
  });
  const depends = rankDependsOnMethod(
    intervals.map((i) => i.mean),
    others,
  );
  const bands = quartileBands(intervals.flatMap((i) => (i.mean === null ? [] : [i.mean])));
  const sites = input.siteKeys.map((key, i): SiteStatistics => ({
    interval: intervals[i]!,
    change: scoreChange(
      scoresOf(key, input.previousWaveId).map((v) => v.score),
      scoresOf(key, input.waveId).map((v) => v.score),
    ),
    otherScore: others[i]!,
    rankDependsOnMethod: depends[i]!,
    band: bands && intervals[i]!.mean !== null ? bandOf(intervals[i]!.mean!, bands) : null,
  }));
  return { sites, bands };
}
