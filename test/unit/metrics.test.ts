import { describe, expect, it } from 'vitest';
import {
  ces,
  churn,
  classifyNps,
  compareMetrics,
  computeMetrics,
  csat,
  fcr,
  nps,
  retention,
} from '../../shared/metrics/compute-metrics';
import { metricInputsSchema, NPS_MAX_ANSWERS } from '../../shared/metrics/metric-inputs';
import { toFieldIssues } from '../../shared/validation';
import { parseAnswerList, parseNumber } from '../../renderer/src/screens/metrics/metrics-form';

const refusedFields = (input: unknown): string[] => {
  const r = metricInputsSchema.safeParse(input);
  return r.success ? [] : toFieldIssues(r.error).map((i) => i.field);
};

describe('NPS', () => {
  it('classifies 9-10 promoters, 7-8 passives, 0-6 detractors', () => {
    expect([0, 6, 7, 8, 9, 10].map(classifyNps)).toEqual([
      'detractor',
      'detractor',
      'passive',
      'passive',
      'promoter',
      'promoter',
    ]);
  });

  it('from raw answers', () => {
    // [10,9,9,8,7,6,3,0,10,5]: promoters 10,9,9,10 = 4; passives 8,7 = 2; detractors 6,3,0,5 = 4; n = 10.
    // NPS = 100 × (4 − 4) / 10 = 0; shares 40 / 20 / 40 %.
    expect(nps({ answers: [10, 9, 9, 8, 7, 6, 3, 0, 10, 5] })).toEqual({
      score: 0,
      promoters: 4,
      passives: 2,
      detractors: 4,
      n: 10,
      promoterShare: 40,
      passiveShare: 20,
      detractorShare: 40,
    });
    // [10,10,9,8,2]: 3 promoters, 1 passive, 1 detractor, n = 5 → 100 × (3 − 1) / 5 = 40.
    expect(nps({ answers: [10, 10, 9, 8, 2] }).score).toBe(40);
    // [9,7,7]: 1 promoter, 2 passives, 0 detractors → 100 / 3 = 33.333…, not rounded.
    expect(nps({ answers: [9, 7, 7] }).score).toBeCloseTo(100 / 3, 12);
  });

  it('from counts', () => {
    // 50 promoters, 30 passives, 20 detractors, n = 100 → 50 − 20 = 30.
    expect(nps({ promoters: 50, passives: 30, detractors: 20 })).toMatchObject({
      score: 30,
      n: 100,
      promoterShare: 50,
      passiveShare: 30,
      detractorShare: 20,
    });
    // 1 promoter, 0 passives, 3 detractors, n = 4 → 100 × (1 − 3) / 4 = −50.
    expect(nps({ promoters: 1, passives: 0, detractors: 3 }).score).toBe(-50);
  });

  it('no answers is no score (null, not 0)', () => {
    expect(nps({ answers: [] })).toMatchObject({ score: null, n: 0, promoterShare: null });
    expect(nps({ promoters: 0, passives: 0, detractors: 0 }).score).toBeNull();
    expect(computeMetrics({}).nps.value).toBeNull();
  });

  it('all passives → 0, all promoters → 100, all detractors → −100', () => {
    expect(nps({ answers: [7, 8, 8, 7] }).score).toBe(0);
    expect(nps({ answers: [9, 10, 10] }).score).toBe(100);
    expect(nps({ answers: [0, 3, 6, 6] }).score).toBe(-100);
    expect(nps({ promoters: 0, passives: 12, detractors: 0 }).score).toBe(0);
  });

  it('uses the mode chosen, keeps the other data, and infers a mode when none is set', () => {
    const both = { npsAnswers: [10, 10], promoters: 1, passives: 0, detractors: 1 };
    expect(computeMetrics({ ...both, npsMode: 'raw' }).nps).toMatchObject({ value: 100, mode: 'raw', n: 2 });
    expect(computeMetrics({ ...both, npsMode: 'counts' }).nps).toMatchObject({ value: 0, mode: 'counts', n: 2 });
    expect(computeMetrics(both).nps.mode).toBe('raw');
    // Only one count entered: the others are 0 → 3 promoters of 3 = 100.
    expect(computeMetrics({ promoters: 3 }).nps).toMatchObject({ value: 100, mode: 'counts' });
  });
});

describe('CSAT', () => {
  it('is the share of 4 and 5 answers in percent', () => {
    // [1,2,3,4,5] → 4 + 5 = 9 of 15 = 60 %.
    expect(csat([1, 2, 3, 4, 5])).toBe(60);
    // [0,0,1,1,2] → 3 of 4 = 75 %.
    expect(csat([0, 0, 1, 1, 2])).toBe(75);
    // [3,0,0,0,0] → 0 of 3 = 0 % (answers exist: 0 is a real score).
    expect(csat([3, 0, 0, 0, 0])).toBe(0);
    expect(computeMetrics({ csatCounts: [0, 1, 0, 0, 2] }).csat).toEqual({ value: (100 * 2) / 3, satisfied: 2, n: 3 });
  });

  it('no answers → null', () => {
    expect(csat([0, 0, 0, 0, 0])).toBeNull();
    expect(csat(null)).toBeNull();
    expect(computeMetrics({}).csat).toEqual({ value: null, satisfied: 0, n: 0 });
  });
});

describe('CES', () => {
  it('mean of a 5-point scale', () => {
    // counts [1,0,2,3,4] → (1×1 + 3×2 + 4×3 + 5×4) / 10 = (1 + 6 + 12 + 20) / 10 = 3.9.
    expect(ces({ scale: 5, counts: [1, 0, 2, 3, 4] })).toEqual({ mean: 3.9, scale: 5, n: 10 });
    expect(computeMetrics({ cesScale: 5, cesCounts: [1, 0, 2, 3, 4] }).ces).toEqual({
      value: 3.9,
      scale: 5,
      n: 10,
      mode: 'counts',
    });
  });

  it('mean of a 7-point scale', () => {
    // counts [0,0,0,1,1,1,1] → (4 + 5 + 6 + 7) / 4 = 5.5.
    expect(ces({ scale: 7, counts: [0, 0, 0, 1, 1, 1, 1] })).toEqual({ mean: 5.5, scale: 7, n: 4 });
  });

  it('a mean entered directly keeps its scale', () => {
    expect(computeMetrics({ cesScale: 7, cesMean: 5.2 }).ces).toEqual({ value: 5.2, scale: 7, n: null, mode: 'mean' });
  });

  it('no answers → null; the scale is still reported', () => {
    expect(ces({ scale: 5, counts: [0, 0, 0, 0, 0] })).toBeNull();
    expect(computeMetrics({ cesScale: 7 }).ces).toEqual({ value: null, scale: 7, n: null, mode: null });
  });
});

describe('FCR, retention, churn, TTR, AHT', () => {
  it('FCR from counts or from a percent', () => {
    // 45 of 60 resolved at first contact → 75 %.
    expect(fcr(45, 60)).toBe(75);
    expect(fcr(0, 0)).toBeNull();
    expect(computeMetrics({ fcrResolved: 45, fcrContacts: 60 }).fcr).toEqual({
      value: 75,
      resolved: 45,
      contacts: 60,
      mode: 'counts',
    });
    expect(computeMetrics({ fcrPercent: 82.5 }).fcr).toMatchObject({ value: 82.5, mode: 'percent' });
    // Counts chosen but only half entered → no data.
    expect(computeMetrics({ fcrMode: 'counts', fcrContacts: 60, fcrPercent: 90 }).fcr.value).toBeNull();
  });

  it('retention = (end − new) / start, churn = lost / start', () => {
    // start 200, end 210, new 30 → kept 180 → 90 %.
    expect(retention(200, 210, 30)).toBe(90);
    expect(retention(0, 5, 5)).toBeNull();
    // 25 lost of 200 → 12.5 %.
    expect(churn(25, 200)).toBe(12.5);
    expect(churn(0, 0)).toBeNull();
    const entered = computeMetrics({ customersStart: 200, customersEnd: 210, customersNew: 30, customersLost: 25 });
    expect(entered.retention).toEqual({ value: 90, start: 200, retained: 180 });
    expect(entered.churn).toEqual({ value: 12.5, start: 200, lost: 25, lostDerived: false });
    // Lost not entered: derived as 200 − 180 = 20 → 10 % (= 100 − retention).
    expect(computeMetrics({ customersStart: 200, customersEnd: 210, customersNew: 30 }).churn).toEqual({
      value: 10,
      start: 200,
      lost: 20,
      lostDerived: true,
    });
    // Start only: no data for either.
    expect(computeMetrics({ customersStart: 200 })).toMatchObject({
      retention: { value: null },
      churn: { value: null },
    });
  });

  it('TTR and AHT are passed through as entered', () => {
    expect(computeMetrics({ ttrHours: 26.5, ahtMinutes: 7.25 })).toMatchObject({
      ttr: { value: 26.5 },
      aht: { value: 7.25 },
    });
    expect(computeMetrics({ ttrHours: 0 }).ttr.value).toBe(0);
  });
});

describe('comparison', () => {
  it('gives changes and says which way is better per metric', () => {
    const before = computeMetrics({
      npsMode: 'counts',
      promoters: 40,
      passives: 30,
      detractors: 30,
      ttrHours: 30,
      cesScale: 5,
      cesMean: 3,
      ahtMinutes: 6,
    });
    const after = computeMetrics({
      npsMode: 'counts',
      promoters: 50,
      passives: 30,
      detractors: 20,
      ttrHours: 24,
      cesScale: 7,
      cesMean: 5,
      ahtMinutes: 6,
      csatCounts: [0, 0, 0, 1, 1],
    });
    const d = compareMetrics(before, after);
    expect(d.nps).toEqual({ before: 10, after: 30, change: 20, movement: 'improved' });
    expect(d.ttr).toEqual({ before: 30, after: 24, change: -6, movement: 'improved' });
    expect(d.aht).toMatchObject({ change: 0, movement: 'unchanged' });
    expect(d.ces).toEqual({ before: 3, after: 5, change: null, movement: 'not-comparable' });
    expect(d.csat).toEqual({ before: null, after: 100, change: null, movement: 'not-comparable' });
    expect(compareMetrics(null, after).nps.movement).toBe('not-comparable');
    expect(compareMetrics(after, before).nps.movement).toBe('regressed');
  });
});

describe('the input schema', () => {
  it('accepts an empty record, nulls, and every metric at once', () => {
    expect(metricInputsSchema.parse({})).toEqual({});
    expect(
      metricInputsSchema.safeParse({ npsMode: null, npsAnswers: null, cesScale: null, ttrHours: null }).success,
    ).toBe(true);
    const full = {
      npsMode: 'raw',
      npsAnswers: [0, 10, 7],
      promoters: 1,
      passives: 2,
      detractors: 3,
      csatCounts: [1, 2, 3, 4, 5],
      cesScale: 7,
      cesMode: 'counts',
      cesCounts: [0, 1, 2, 3, 4, 5, 6],
      cesMean: 6.5,
      ttrHours: 12,
      fcrMode: 'percent',
      fcrResolved: 3,
      fcrContacts: 4,
      fcrPercent: 75,
      ahtMinutes: 4.5,
      customersStart: 100,
      customersEnd: 100,
      customersNew: 10,
      customersLost: 10,
    };
    expect(metricInputsSchema.parse(full)).toEqual(full);
  });

  it('refuses out-of-range values', () => {
    expect(refusedFields({ npsAnswers: [10, 11] })).toEqual(['npsAnswers.1']);
    expect(refusedFields({ npsAnswers: [-1] })).toEqual(['npsAnswers.0']);
    expect(refusedFields({ npsAnswers: [7.5] })).toEqual(['npsAnswers.0']);
    expect(refusedFields({ npsAnswers: new Array<number>(NPS_MAX_ANSWERS + 1).fill(9) })).toEqual(['npsAnswers']);
    expect(metricInputsSchema.safeParse({ npsAnswers: new Array<number>(NPS_MAX_ANSWERS).fill(9) }).success).toBe(true);
    // A paste of many bad values is one issue, not one per value.
    expect(refusedFields({ npsAnswers: new Array<number>(1000).fill(42) })).toEqual(['npsAnswers.0']);
    expect(refusedFields({ promoters: -1 })).toEqual(['promoters']);
    expect(refusedFields({ detractors: 2.5 })).toEqual(['detractors']);
    expect(refusedFields({ csatCounts: [1, 2, -3, 4, 5] })).toEqual(['csatCounts.2']);
    expect(refusedFields({ csatCounts: [1, 2, 3, 4] })).not.toEqual([]);
    expect(refusedFields({ ttrHours: -0.5 })).toEqual(['ttrHours']);
    expect(refusedFields({ ahtMinutes: -1 })).toEqual(['ahtMinutes']);
    expect(refusedFields({ fcrPercent: 100.1 })).toEqual(['fcrPercent']);
    expect(refusedFields({ customersStart: -10 })).toEqual(['customersStart']);
    expect(refusedFields({ npsMode: 'average' })).toEqual(['npsMode']);
    expect(refusedFields({ cesScale: 10 })).toEqual(['cesScale']);
    expect(refusedFields({ nps: 30 })).not.toEqual([]);
  });

  it('refuses CES counts that do not match the scale, a mean above it, and CES without a scale', () => {
    expect(refusedFields({ cesScale: 5, cesCounts: [1, 2, 3, 4, 5, 6, 7] })).toEqual(['cesCounts']);
    expect(refusedFields({ cesScale: 7, cesCounts: [1, 2, 3, 4, 5] })).toEqual(['cesCounts']);
    expect(refusedFields({ cesScale: 5, cesCounts: [1, 2, 3] })).toEqual(['cesCounts']);
    expect(refusedFields({ cesScale: 5, cesMean: 5.5 })).toEqual(['cesMean']);
    expect(refusedFields({ cesScale: 7, cesMean: 0.5 })).toEqual(['cesMean']);
    expect(refusedFields({ cesMean: 4 })).toEqual(['cesScale']);
    expect(refusedFields({ cesCounts: [1, 1, 1, 1, 1] })).toEqual(['cesScale']);
  });

  it('refuses contradictory counts', () => {
    expect(refusedFields({ fcrResolved: 61, fcrContacts: 60 })).toEqual(['fcrResolved']);
    expect(refusedFields({ customersEnd: 10, customersNew: 11 })).toEqual(['customersNew']);
    expect(refusedFields({ customersStart: 100, customersEnd: 150, customersNew: 20 })).toEqual(['customersEnd']);
    expect(refusedFields({ customersStart: 100, customersLost: 101 })).toEqual(['customersLost']);
  });
});

describe('what the form accepts as typed', () => {
  it('reads numbers with a dot or a comma, Arabic-Indic digits, and rejects the rest', () => {
    expect(parseNumber('12')).toBe(12);
    expect(parseNumber(' 2,5 ')).toBe(2.5);
    expect(parseNumber('2.5')).toBe(2.5);
    expect(parseNumber('١٢٫٥')).toBe(12.5);
    expect(parseNumber('')).toBeNull();
    expect(Number.isNaN(parseNumber('12a'))).toBe(true);
    expect(Number.isNaN(parseNumber('1,000.5'))).toBe(true);
  });

  it('reads a pasted list of NPS answers separated by spaces, commas, semicolons or new lines', () => {
    expect(parseAnswerList('10 9,9;8\n7\t6  ٣')).toEqual({ answers: [10, 9, 9, 8, 7, 6, 3], bad: null });
    expect(parseAnswerList('  ')).toEqual({ answers: [], bad: null });
    expect(parseAnswerList('10 x 9')).toEqual({ answers: [10, 9], bad: 'x' });
  });
});
