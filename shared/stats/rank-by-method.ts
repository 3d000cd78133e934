/** 1 = best; ties share a rank (1, 2, 2, 4); no score, no rank. */
export function competitionRanks(scores: readonly (number | null)[]): (number | null)[] {
  return scores.map((s) => (s === null ? null : 1 + scores.filter((o) => o !== null && o > s).length));
}

/**
 * For each row, whether its rank differs between the two roll-up methods (pooled points vs average
 * of sections): where it does, the league table's order depends on a convention, not on the visits.
 */
export function rankDependsOnMethod(
  scores: readonly (number | null)[],
  otherScores: readonly (number | null)[],
): boolean[] {
  const a = competitionRanks(scores);
  const b = competitionRanks(otherScores);
  return a.map((r, i) => r !== null && b[i] !== null && r !== b[i]);
}
