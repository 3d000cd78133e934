import type { CesScale, MetricInputs } from './metric-inputs';

/**
 * Customer metrics, computed exactly from the inputs of `metric-inputs.ts` (formulas documented
 * there). Nothing is rounded here: the screen rounds for display. "No data" is null, never 0.
 */

export type NpsClass = 'promoter' | 'passive' | 'detractor';

/** 9-10 promoter, 7-8 passive, 0-6 detractor. */
export function classifyNps(answer: number): NpsClass {
  return answer >= 9 ? 'promoter' : answer >= 7 ? 'passive' : 'detractor';
}

export interface NpsResult {
  /** 100 × (promoters − detractors) / n, in −100..100; null when there is no answer. */
  score: number | null;
  promoters: number;
  passives: number;
  detractors: number;
  n: number;
  /** Shares of all answers in percent (0..100); null when there is no answer. */
  promoterShare: number | null;
  passiveShare: number | null;
  detractorShare: number | null;
}

export type NpsSource = { answers: readonly number[] } | { promoters: number; passives: number; detractors: number };

export function nps(source: NpsSource): NpsResult {
  let promoters = 0;
  let passives = 0;
  let detractors = 0;
  if ('answers' in source) {
    for (const a of source.answers) {
      const c = classifyNps(a);
      if (c === 'promoter') promoters++;
      else if (c === 'passive') passives++;
      else detractors++;
    }
  } else {
    ({ promoters, passives, detractors } = source);
  }
  const n = promoters + passives + detractors;
  const share = (k: number) => (n === 0 ? null : (100 * k) / n);
  return {
    score: n === 0 ? null : (100 * (promoters - detractors)) / n,
    promoters,
    passives,
    detractors,
    n,
    promoterShare: share(promoters),
    passiveShare: share(passives),
    detractorShare: share(detractors),
  };
}

/** Share of 4 and 5 answers on a 1..5 scale, in percent; null without answers. `counts[i]` = answers of i + 1. */
export function csat(counts: readonly number[] | null | undefined): number | null {
  if (!counts) return null;
  const n = counts.reduce((s, c) => s + c, 0);
  if (n === 0) return null;
  return (100 * ((counts[3] ?? 0) + (counts[4] ?? 0))) / n;
}

export interface CesResult {
  /** Mean on the scale (1..scale). */
  mean: number;
  scale: CesScale;
  /** Answers counted, or null when the mean was entered directly. */
  n: number | null;
}

/** The mean of answers per point (`counts[i]` = answers of point i + 1), or a mean given as is; null without data. */
export function ces(
  input: { scale: CesScale; counts: readonly number[] } | { scale: CesScale; mean: number },
): CesResult | null {
  if ('mean' in input) return { mean: input.mean, scale: input.scale, n: null };
  let n = 0;
  let sum = 0;
  input.counts.forEach((c, i) => {
    n += c;
    sum += (i + 1) * c;
  });
  return n === 0 ? null : { mean: sum / n, scale: input.scale, n };
}

/** First-contact resolution: 100 × resolved / contacts; null without contacts. */
export function fcr(resolved: number, contacts: number): number | null {
  return contacts === 0 ? null : (100 * resolved) / contacts;
}

/** Retention: 100 × (end − new) / start; null when there was no customer at the start. */
export function retention(start: number, end: number, gained: number): number | null {
  return start === 0 ? null : (100 * (end - gained)) / start;
}

/** Churn: 100 × lost / start; null when there was no customer at the start. */
export function churn(lost: number, start: number): number | null {
  return start === 0 ? null : (100 * lost) / start;
}

export const METRIC_KEYS = ['nps', 'csat', 'ces', 'ttr', 'fcr', 'aht', 'retention', 'churn'] as const;
export type MetricKey = (typeof METRIC_KEYS)[number];

/** Which way is better, to say "improved" or "regressed". CES is recorded as ease: higher is easier. */
export const METRIC_BETTER: Record<MetricKey, 'higher' | 'lower'> = {
  nps: 'higher',
  csat: 'higher',
  ces: 'higher',
  ttr: 'lower',
  fcr: 'higher',
  aht: 'lower',
  retention: 'higher',
  churn: 'lower',
};

/** Unit of each value: NPS points (−100..100), percent, a mean on the CES scale, hours, minutes. */
export const METRIC_UNIT: Record<MetricKey, 'nps' | 'percent' | 'scale' | 'hours' | 'minutes'> = {
  nps: 'nps',
  csat: 'percent',
  ces: 'scale',
  ttr: 'hours',
  fcr: 'percent',
  aht: 'minutes',
  retention: 'percent',
  churn: 'percent',
};

export interface MetricsSummary {
  nps: NpsResult & { value: number | null; mode: 'raw' | 'counts' | null };
  csat: { value: number | null; satisfied: number; n: number };
  ces: { value: number | null; scale: CesScale | null; n: number | null; mode: 'counts' | 'mean' | null };
  ttr: { value: number | null };
  fcr: { value: number | null; resolved: number | null; contacts: number | null; mode: 'counts' | 'percent' | null };
  aht: { value: number | null };
  retention: { value: number | null; start: number | null; retained: number | null };
  churn: { value: number | null; start: number | null; lost: number | null; lostDerived: boolean };
}

const isSet = <T>(v: T | null | undefined): v is T => v !== null && v !== undefined;

function npsOf(m: MetricInputs): MetricsSummary['nps'] {
  const hasRaw = isSet(m.npsAnswers);
  const hasCounts = isSet(m.promoters) || isSet(m.passives) || isSet(m.detractors);
  const mode = m.npsMode ?? (hasRaw ? 'raw' : hasCounts ? 'counts' : null);
  const result =
    mode === 'raw'
      ? nps({ answers: m.npsAnswers ?? [] })
      : mode === 'counts'
        ? nps({ promoters: m.promoters ?? 0, passives: m.passives ?? 0, detractors: m.detractors ?? 0 })
        : nps({ answers: [] });
  return { ...result, value: result.score, mode };
}

function cesOf(m: MetricInputs): MetricsSummary['ces'] {
  const scale = m.cesScale ?? null;
  const countsAnswered = isSet(m.cesCounts) && m.cesCounts.some((c) => c > 0);
  const mode =
    m.cesMode ?? (countsAnswered ? 'counts' : isSet(m.cesMean) ? 'mean' : isSet(m.cesCounts) ? 'counts' : null);
  let result: CesResult | null = null;
  if (scale !== null && mode === 'counts' && isSet(m.cesCounts)) result = ces({ scale, counts: m.cesCounts });
  if (scale !== null && mode === 'mean' && isSet(m.cesMean)) result = ces({ scale, mean: m.cesMean });
  return { value: result?.mean ?? null, scale, n: result?.n ?? null, mode };
}

function fcrOf(m: MetricInputs): MetricsSummary['fcr'] {
  const hasCounts = isSet(m.fcrResolved) && isSet(m.fcrContacts);
  const mode = m.fcrMode ?? (hasCounts ? 'counts' : isSet(m.fcrPercent) ? 'percent' : null);
  if (mode === 'counts') {
    return {
      value: hasCounts ? fcr(m.fcrResolved!, m.fcrContacts!) : null,
      resolved: m.fcrResolved ?? null,
      contacts: m.fcrContacts ?? null,
      mode,
    };
  }
  return { value: mode === 'percent' ? (m.fcrPercent ?? null) : null, resolved: null, contacts: null, mode };
}

/** Every metric of one audit: a value, or null for "no data", with what it was computed from. */
export function computeMetrics(m: MetricInputs): MetricsSummary {
  const csatCounts = m.csatCounts ?? null;
  const start = m.customersStart ?? null;
  const retained = isSet(m.customersEnd) && isSet(m.customersNew) ? m.customersEnd - m.customersNew : null;
  const lostDerived = !isSet(m.customersLost) && start !== null && retained !== null;
  const lost = m.customersLost ?? (lostDerived ? start! - retained! : null);
  return {
    nps: npsOf(m),
    csat: {
      value: csat(csatCounts),
      satisfied: csatCounts ? csatCounts[3] + csatCounts[4] : 0,
      n: csatCounts ? csatCounts.reduce((s, c) => s + c, 0) : 0,
    },
    ces: cesOf(m),
    ttr: { value: m.ttrHours ?? null },
    fcr: fcrOf(m),
    aht: { value: m.ahtMinutes ?? null },
    retention: {
      value: start !== null && retained !== null ? retention(start, m.customersEnd!, m.customersNew!) : null,
      start,
      retained,
    },
    churn: { value: start !== null && lost !== null ? churn(lost, start) : null, start, lost, lostDerived },
  };
}

export type MetricMovement = 'improved' | 'regressed' | 'unchanged' | 'not-comparable';

export interface MetricDelta {
  before: number | null;
  after: number | null;
  /** after − before, in the metric's unit (NPS points, percentage points, scale points, hours, minutes); null when not comparable. */
  change: number | null;
  movement: MetricMovement;
}

/** Differences below this are floating-point noise, not a change. */
const EPSILON = 1e-9;

/**
 * Before/after per metric. A side without data, or CES on two different scales, is not comparable.
 */
export function compareMetrics(
  baseline: MetricsSummary | null,
  followUp: MetricsSummary | null,
): Record<MetricKey, MetricDelta> {
  const out = {} as Record<MetricKey, MetricDelta>;
  for (const key of METRIC_KEYS) {
    const before = baseline?.[key].value ?? null;
    const after = followUp?.[key].value ?? null;
    const sameScale = key !== 'ces' || baseline?.ces.scale === followUp?.ces.scale;
    if (before === null || after === null || !sameScale) {
      out[key] = { before, after, change: null, movement: 'not-comparable' };
      continue;
    }
    const change = after - before;
    const movement: MetricMovement =
      Math.abs(change) < EPSILON
        ? 'unchanged'
        : change > 0 === (METRIC_BETTER[key] === 'higher')
          ? 'improved'
          : 'regressed';
    out[key] = { before, after, change, movement };
  }
  return out;
}
