import { z } from 'zod';

/**
 * What a consultant enters per audit for the customer metrics reported beside it (NPS, CSAT, CES,
 * TTR, FCR, AHT, retention, churn). Stored as validated JSON, one row per audit (table
 * `audit_metrics`); the figures are computed on read by `compute-metrics.ts`.
 *
 * Every field is optional and nullable: a missing or null field means "not entered", which the
 * summary shows as "no data" (never as 0).
 *
 * Fields and formulas (computed exactly, rounded only for display):
 * - NPS, "how likely are you to recommend us?" on 0..10. Promoters answer 9-10, passives 7-8,
 *   detractors 0-6. NPS = 100 × (promoters − detractors) / answers, in −100..100.
 *   - `npsMode: 'raw'`: `npsAnswers`, every answer as an integer 0..10 (at most 100 000).
 *   - `npsMode: 'counts'`: `promoters`, `passives`, `detractors`, already counted.
 *   Both may be kept (switching the mode on screen loses nothing); `npsMode` says which one counts.
 *   Without a mode, raw answers are used when present, else the counts.
 * - CSAT: `csatCounts` = [answers of 1, of 2, of 3, of 4, of 5]. CSAT % = 100 × (n4 + n5) / n.
 * - CES (ease of getting something done; higher is easier): `cesScale` 5 or 7, always stored with
 *   the value. `cesMode: 'counts'`: `cesCounts`, answers per point 1..scale (array of length =
 *   scale), mean = Σ(point × count) / n. `cesMode: 'mean'`: `cesMean`, 1..scale, entered directly.
 *   Without a mode, counts are used when they hold at least one answer, else the mean.
 * - TTR: `ttrHours`, average time to resolution in hours (≥ 0).
 * - FCR: `fcrMode: 'counts'`: `fcrResolved` resolved at first contact out of `fcrContacts`
 *   contacts, FCR % = 100 × resolved / contacts. `fcrMode: 'percent'`: `fcrPercent` 0..100.
 *   Without a mode, counts are used when both are present, else the percent.
 * - AHT: `ahtMinutes`, average handling time in minutes (≥ 0).
 * - Retention over a period: `customersStart` customers at the start, `customersEnd` at the end,
 *   `customersNew` gained during the period. Retention % = 100 × (end − new) / start.
 * - Churn: `customersLost` customers lost during the period. Churn % = 100 × lost / start. When
 *   `customersLost` is not entered it is derived as start − (end − new) (so churn = 100 − retention).
 *
 * Contradictions are refused: resolved > contacts, new > end, end − new > start, lost > start,
 * counts of another length than the CES scale, a CES mean above the scale, CES data without a scale.
 */

/** Most raw NPS answers one audit may carry. */
export const NPS_MAX_ANSWERS = 100_000;

/** A number of people or contacts: a non-negative safe integer. */
const count = z.number().int().min(0);
const opt = <T extends z.ZodType>(schema: T) => schema.nullable().optional();

/** Raw 0..10 answers. Checked in one pass so a bad paste of 100 000 values yields one issue, not 100 000. */
const npsAnswersSchema = z
  .array(z.number())
  .max(NPS_MAX_ANSWERS)
  .superRefine((answers, ctx) => {
    const bad = answers.findIndex((a) => !Number.isInteger(a) || a < 0 || a > 10);
    if (bad >= 0)
      ctx.addIssue({
        code: 'custom',
        path: [bad],
        message: `answer ${bad + 1} (${String(answers[bad])}) is not a whole number from 0 to 10`,
      });
  });

export const NPS_MODES = ['raw', 'counts'] as const;
export const CES_MODES = ['counts', 'mean'] as const;
export const FCR_MODES = ['counts', 'percent'] as const;
export const CES_SCALES = [5, 7] as const;
export type CesScale = (typeof CES_SCALES)[number];

export const metricInputsSchema = z
  .object({
    npsMode: opt(z.enum(NPS_MODES)),
    npsAnswers: opt(npsAnswersSchema),
    promoters: opt(count),
    passives: opt(count),
    detractors: opt(count),

    csatCounts: opt(z.tuple([count, count, count, count, count])),

    cesScale: opt(z.union([z.literal(5), z.literal(7)])),
    cesMode: opt(z.enum(CES_MODES)),
    cesCounts: opt(z.array(count).max(7)),
    cesMean: opt(z.number().min(1).max(7)),

    ttrHours: opt(z.number().min(0)),

    fcrMode: opt(z.enum(FCR_MODES)),
    fcrResolved: opt(count),
    fcrContacts: opt(count),
    fcrPercent: opt(z.number().min(0).max(100)),

    ahtMinutes: opt(z.number().min(0)),

    customersStart: opt(count),
    customersEnd: opt(count),
    customersNew: opt(count),
    customersLost: opt(count),
  })
  .strict()
  .superRefine((m, ctx) => {
    const has = (v: unknown): boolean => v !== null && v !== undefined;
    if ((has(m.cesCounts) || has(m.cesMean)) && !has(m.cesScale)) {
      ctx.addIssue({ code: 'custom', path: ['cesScale'], message: 'a CES value needs its scale (5 or 7)' });
    }
    if (m.cesScale && m.cesCounts && m.cesCounts.length !== m.cesScale) {
      ctx.addIssue({
        code: 'custom',
        path: ['cesCounts'],
        message: `a ${m.cesScale}-point scale needs ${m.cesScale} counts`,
      });
    }
    if (m.cesScale && has(m.cesMean) && m.cesMean! > m.cesScale) {
      ctx.addIssue({ code: 'custom', path: ['cesMean'], message: `the mean cannot exceed the scale (${m.cesScale})` });
    }
    if (has(m.fcrResolved) && has(m.fcrContacts) && m.fcrResolved! > m.fcrContacts!) {
      ctx.addIssue({ code: 'custom', path: ['fcrResolved'], message: 'more resolved at first contact than contacts' });
    }
    if (has(m.customersNew) && has(m.customersEnd) && m.customersNew! > m.customersEnd!) {
      ctx.addIssue({ code: 'custom', path: ['customersNew'], message: 'more new customers than customers at the end' });
    }
    if (
      has(m.customersStart) &&
      has(m.customersEnd) &&
      has(m.customersNew) &&
      m.customersEnd! - m.customersNew! > m.customersStart!
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['customersEnd'],
        message: 'more customers kept than there were at the start',
      });
    }
    if (has(m.customersLost) && has(m.customersStart) && m.customersLost! > m.customersStart!) {
      ctx.addIssue({
        code: 'custom',
        path: ['customersLost'],
        message: 'more customers lost than there were at the start',
      });
    }
  });

export type MetricInputs = z.output<typeof metricInputsSchema>;
export type NpsMode = (typeof NPS_MODES)[number];
export type CesMode = (typeof CES_MODES)[number];
export type FcrMode = (typeof FCR_MODES)[number];
