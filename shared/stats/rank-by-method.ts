/** 1 = best; ties share a rank (1, 2, 2, 4); no score, no rank. */
export function competitionRanks(scores: readonly (number | null)[]): (number | null)[] {
  // Plain loops: a dashboard ranks every site, and its first calls after a start run unoptimised.
  const ranks: (number | null)[] = [];
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i]!;
    let above = 0;
    if (s !== null)
      for (let j = 0; j < scores.length; j++) {
        const o = scores[j]!;
        if (o !== null && o > s) above++;
      }
    ranks.push(s === null ? null : 1 + above);
  }
  return ranks;
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
