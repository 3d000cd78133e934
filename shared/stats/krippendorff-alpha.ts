/**
 * Krippendorff's alpha, computed as in Krippendorff (2011), "Computing Krippendorff's
 * Alpha-Reliability": a coincidence matrix from every pairable unit (a unit with at least two
 * values; missing values simply absent), then α = 1 − (n − 1) · Σ o_ck δ²_ck ÷ Σ n_c n_k δ²_ck.
 *
 * Levels of measurement (the metric δ²):
 * - nominal: 0 when equal, 1 otherwise (yes/no answers, options);
 * - ordinal: (Σ_{g=c..k} n_g − (n_c + n_k) / 2)², the ranks' distance in the pooled values;
 * - interval: (c − k)² (scales).
 *
 * Returns null when no unit is pairable or the values show no variation at all (the expected
 * disagreement is 0: agreement cannot be told from chance).
 */
export type AlphaLevel = 'nominal' | 'ordinal' | 'interval';

/** One unit's values, one per rater who coded it (a rater who did not is simply absent). */
export type Unit = readonly (number | string)[];

export interface AlphaResult {
  alpha: number;
  /** Pairable values (n in the paper). */
  n: number;
  units: number;
  observedDisagreement: number;
  expectedDisagreement: number;
}

export function krippendorffAlpha(units: readonly Unit[], level: AlphaLevel): AlphaResult | null {
  const pairable = units.filter((u) => u.length >= 2);
  if (pairable.length === 0) return null;
  const values = [...new Set(pairable.flat())].sort((a, b) =>
    typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b)),
  );
  if (level !== 'nominal' && values.some((v) => typeof v !== 'number'))
    throw new TypeError(`${level} alpha needs numeric values`);
  const index = new Map(values.map((v, i) => [v, i]));
  const size = values.length;
  const o = Array.from({ length: size }, () => new Array<number>(size).fill(0));
  for (const unit of pairable) {
    const counts = new Map<number, number>();
    for (const v of unit) counts.set(index.get(v)!, (counts.get(index.get(v)!) ?? 0) + 1);
    const m = unit.length;
    for (const [c, nc] of counts)
      for (const [k, nk] of counts) o[c]![k]! += (c === k ? nc * (nc - 1) : nc * nk) / (m - 1);
  }
  const marginals = o.map((row) => row.reduce((s, x) => s + x, 0));
  const n = marginals.reduce((s, x) => s + x, 0);
  const delta = metric(level, values as number[], marginals);
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < size; c++)
    for (let k = 0; k < size; k++) {
      const d = delta(c, k);
      observed += o[c]![k]! * d;
      expected += marginals[c]! * marginals[k]! * d;
    }
  if (expected === 0) return null;
  return {
    alpha: 1 - ((n - 1) * observed) / expected,
    n,
    units: pairable.length,
    observedDisagreement: observed / n,
    expectedDisagreement: expected / (n * (n - 1)),
  };
}

function metric(level: AlphaLevel, values: readonly number[], marginals: readonly number[]) {
  if (level === 'nominal') return (c: number, k: number) => (c === k ? 0 : 1);
  if (level === 'interval') return (c: number, k: number) => (values[c]! - values[k]!) ** 2;
  return (c: number, k: number) => {
    const [lo, hi] = c < k ? [c, k] : [k, c];
    let sum = 0;
    for (let g = lo; g <= hi; g++) sum += marginals[g]!;
    return (sum - (marginals[c]! + marginals[k]!) / 2) ** 2;
  };
}
