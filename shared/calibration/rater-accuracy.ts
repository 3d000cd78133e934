import type { RaterAccuracy } from './calibration-summary';

/**
 * A rater whose answers match the consensus less often than this, over at least
 * MIN_COMPARED_FOR_ACCURACY compared criteria, is marked "low accuracy" wherever their visits
 * are shown. 80% follows the usual bar for trained raters on yes/no checklists; below 5 compared
 * answers a single slip moves a rater by 20 points or more, too little to mark a person by.
 */
export const LOW_ACCURACY_BELOW = 0.8;
export const MIN_COMPARED_FOR_ACCURACY = 5;

export interface RaterRecord {
  rater: string;
  sessions: number;
  compared: number;
  matches: number;
  accuracy: number | null;
  low: boolean;
}

/** Rater names are compared as people type them in different places: case and spacing aside. */
export const raterKey = (name: string) => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase();

/** Each rater's accuracy against consensus summed over sessions (matches ÷ compared), lowest first. */
export function accuracyOverSessions(perSession: readonly (readonly RaterAccuracy[])[]): RaterRecord[] {
  const byRater = new Map<string, RaterRecord>();
  for (const session of perSession)
    for (const r of session) {
      if (r.compared === 0) continue;
      const key = raterKey(r.rater);
      const t = byRater.get(key) ?? {
        rater: r.rater,
        sessions: 0,
        compared: 0,
        matches: 0,
        accuracy: null,
        low: false,
      };
      t.sessions++;
      t.compared += r.compared;
      t.matches += r.matches;
      byRater.set(key, t);
    }
  return [...byRater.values()]
    .map((t) => {
      const accuracy = t.compared ? t.matches / t.compared : null;
      return { ...t, accuracy, low: isLowAccuracy(t.compared, accuracy) };
    })
    .sort((a, b) => (a.accuracy ?? 2) - (b.accuracy ?? 2) || a.rater.localeCompare(b.rater));
}

export function isLowAccuracy(compared: number, accuracy: number | null): boolean {
  return accuracy !== null && compared >= MIN_COMPARED_FOR_ACCURACY && accuracy < LOW_ACCURACY_BELOW;
}
