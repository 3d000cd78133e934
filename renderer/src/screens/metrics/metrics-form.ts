import type { FcrMode, CesMode, MetricInputs, NpsMode, CesScale } from '../../../../shared/metrics/metric-inputs';
import { metricInputsSchema, NPS_MAX_ANSWERS } from '../../../../shared/metrics/metric-inputs';

/**
 * The metrics form as typed: every box keeps its text (so "2," mid-typing is not lost), and turns
 * into validated `MetricInputs` only when it is complete and consistent. Pure, no React.
 */

const COUNT_FIELDS = [
  'promoters',
  'passives',
  'detractors',
  'fcrResolved',
  'fcrContacts',
  'customersStart',
  'customersEnd',
  'customersNew',
  'customersLost',
] as const;
const DECIMAL_FIELDS = ['cesMean', 'ttrHours', 'fcrPercent', 'ahtMinutes'] as const;
type CountField = (typeof COUNT_FIELDS)[number];
type DecimalField = (typeof DECIMAL_FIELDS)[number];

export type MetricsDraft = Record<CountField | DecimalField, string> & {
  npsMode: NpsMode;
  npsAnswers: string;
  csatCounts: string[];
  cesScale: CesScale | null;
  cesMode: CesMode;
  /** Always 7 boxes; the first `cesScale` are shown (and any further one still holding a number). */
  cesCounts: string[];
  fcrMode: FcrMode;
};

/** A field of the form, or one box of a list: 'csatCounts.2', 'cesCounts.6'. */
export type DraftField = keyof MetricsDraft | `csatCounts.${number}` | `cesCounts.${number}`;

/** What is wrong with a field, as a key under metrics.errors and its values. */
export interface DraftError {
  key: string;
  values?: Record<string, string | number>;
}

/** Which metric group a field belongs to, to blank that group's result while it is wrong. */
export type MetricGroup = 'nps' | 'csat' | 'ces' | 'ttr' | 'fcr' | 'aht' | 'customers';
export const FIELD_GROUP: Record<keyof MetricsDraft, MetricGroup> = {
  npsMode: 'nps',
  npsAnswers: 'nps',
  promoters: 'nps',
  passives: 'nps',
  detractors: 'nps',
  csatCounts: 'csat',
  cesScale: 'ces',
  cesMode: 'ces',
  cesCounts: 'ces',
  cesMean: 'ces',
  ttrHours: 'ttr',
  fcrMode: 'fcr',
  fcrResolved: 'fcr',
  fcrContacts: 'fcr',
  fcrPercent: 'fcr',
  ahtMinutes: 'aht',
  customersStart: 'customers',
  customersEnd: 'customers',
  customersNew: 'customers',
  customersLost: 'customers',
};

const ARABIC_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;

/** Eastern Arabic and Persian digits as ASCII, the Arabic decimal separator as a dot. */
function asciiDigits(text: string): string {
  return text.replace(ARABIC_DIGITS, (d) => String((d.codePointAt(0)! - 0x0660) % 0x90)).replace(/\u066B/g, '.');
}

/**
 * A number as people type it: "12", "2.5", "2,5", "١٢٫٥". Empty is null; anything else that is
 * not one plain number (letters, thousands separators, two decimal marks) is NaN.
 */
export function parseNumber(text: string): number | null {
  const s = asciiDigits(text.trim()).replace(',', '.');
  if (s === '') return null;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(s)) return Number.NaN;
  return Number(s);
}

/** NPS answers pasted or typed, separated by spaces, commas, semicolons or line breaks. `bad` is the first piece that is not a whole number 0..10. */
export function parseAnswerList(text: string): { answers: number[]; bad: string | null } {
  const answers: number[] = [];
  let bad: string | null = null;
  for (const piece of asciiDigits(text).split(/[\s,;]+/)) {
    if (piece === '') continue;
    if (/^\d{1,2}$/.test(piece) && Number(piece) <= 10) answers.push(Number(piece));
    else bad ??= piece;
  }
  return { answers, bad };
}

const str = (v: number | null | undefined): string => (v === null || v === undefined ? '' : String(v));

/** The form filled from what is stored. */
export function inputsToDraft(m: MetricInputs): MetricsDraft {
  const cesCounts = Array.from({ length: 7 }, (_, i) => str(m.cesCounts?.[i]));
  const hasCesCounts = !!m.cesCounts?.some((c) => c > 0);
  return {
    npsMode: m.npsMode ?? (m.npsAnswers ? 'raw' : 'counts'),
    npsAnswers: m.npsAnswers ? m.npsAnswers.join(' ') : '',
    promoters: str(m.promoters),
    passives: str(m.passives),
    detractors: str(m.detractors),
    csatCounts: Array.from({ length: 5 }, (_, i) => str(m.csatCounts?.[i])),
    cesScale: m.cesScale ?? null,
    cesMode: m.cesMode ?? (!hasCesCounts && m.cesMean !== null && m.cesMean !== undefined ? 'mean' : 'counts'),
    cesCounts,
    cesMean: str(m.cesMean),
    ttrHours: str(m.ttrHours),
    fcrMode:
      m.fcrMode ??
      ((m.fcrResolved === null || m.fcrResolved === undefined) && m.fcrPercent !== null && m.fcrPercent !== undefined
        ? 'percent'
        : 'counts'),
    fcrResolved: str(m.fcrResolved),
    fcrContacts: str(m.fcrContacts),
    fcrPercent: str(m.fcrPercent),
    ahtMinutes: str(m.ahtMinutes),
    customersStart: str(m.customersStart),
    customersEnd: str(m.customersEnd),
    customersNew: str(m.customersNew),
    customersLost: str(m.customersLost),
  };
}

/** How many CES boxes to show: the scale, or more while a box beyond it still holds something. */
export function cesBoxes(draft: MetricsDraft): number {
  const scale = draft.cesScale ?? 5;
  let last = 0;
  draft.cesCounts.forEach((c, i) => {
    if (c.trim() !== '') last = i + 1;
  });
  return Math.max(scale, last);
}

export interface DraftResult {
  /** The validated inputs, or null while any field is wrong. */
  inputs: MetricInputs | null;
  /** The inputs without the groups that have a wrong field: what the live figures are computed from. */
  partial: MetricInputs;
  errors: Partial<Record<DraftField, DraftError>>;
}

/** The group a field or a box of it belongs to ('csatCounts.2' → csat). */
export const groupOf = (field: DraftField): MetricGroup => FIELD_GROUP[field.split('.')[0] as keyof MetricsDraft];

function withoutGroups(out: MetricInputs, errors: Partial<Record<DraftField, DraftError>>): MetricInputs {
  const bad = new Set(Object.keys(errors).map((f) => groupOf(f as DraftField)));
  const kept = Object.fromEntries(
    Object.entries(out).filter(([k]) => !bad.has(FIELD_GROUP[k as keyof MetricsDraft])),
  ) as MetricInputs;
  const parsed = metricInputsSchema.safeParse(kept);
  return parsed.success ? parsed.data : {};
}

/** Turns the form into inputs, naming every wrong field; the shared schema has the last word. */
export function draftToInputs(draft: MetricsDraft): DraftResult {
  const errors: Partial<Record<DraftField, DraftError>> = {};
  const whole = (field: DraftField, text: string): number | null => {
    const n = parseNumber(text);
    if (n === null) return null;
    if (Number.isNaN(n) || !Number.isSafeInteger(n) || n < 0) {
      errors[field] = { key: 'whole' };
      return null;
    }
    return n;
  };
  const decimal = (field: DraftField, text: string, min: number, max?: number): number | null => {
    const n = parseNumber(text);
    if (n === null) return null;
    if (Number.isNaN(n) || !Number.isFinite(n)) errors[field] = { key: 'number' };
    else if (n < min || (max !== undefined && n > max))
      errors[field] =
        max === undefined ? { key: 'atLeast', values: { min } } : { key: 'between', values: { min, max } };
    else return n;
    return null;
  };
  /** A row of boxes: null when all are empty, else empty boxes count as 0. */
  const counts = (prefix: 'csatCounts' | 'cesCounts', boxes: readonly string[]): number[] | null => {
    if (boxes.every((b) => b.trim() === '')) return null;
    return boxes.map((b, i) => whole(`${prefix}.${i}`, b) ?? 0);
  };

  const out: MetricInputs = {};
  out.npsMode = draft.npsMode;
  if (draft.npsAnswers.trim() !== '') {
    const { answers, bad } = parseAnswerList(draft.npsAnswers);
    if (bad !== null) errors.npsAnswers = { key: 'npsAnswer', values: { value: bad.slice(0, 20) } };
    else if (answers.length > NPS_MAX_ANSWERS) errors.npsAnswers = { key: 'tooMany', values: { max: NPS_MAX_ANSWERS } };
    else out.npsAnswers = answers;
  }
  for (const f of COUNT_FIELDS) {
    const n = whole(f, draft[f]);
    if (n !== null) out[f] = n;
  }
  const csat = counts('csatCounts', draft.csatCounts);
  if (csat) out.csatCounts = csat as [number, number, number, number, number];

  if (draft.cesScale !== null) out.cesScale = draft.cesScale;
  out.cesMode = draft.cesMode;
  const ces = counts('cesCounts', draft.cesCounts.slice(0, cesBoxes(draft)));
  if (ces) out.cesCounts = ces;
  const cesMean = decimal('cesMean', draft.cesMean, 1, draft.cesScale ?? 7);
  if (cesMean !== null) out.cesMean = cesMean;

  const ttr = decimal('ttrHours', draft.ttrHours, 0);
  if (ttr !== null) out.ttrHours = ttr;
  out.fcrMode = draft.fcrMode;
  const fcrPercent = decimal('fcrPercent', draft.fcrPercent, 0, 100);
  if (fcrPercent !== null) out.fcrPercent = fcrPercent;
  const aht = decimal('ahtMinutes', draft.ahtMinutes, 0);
  if (aht !== null) out.ahtMinutes = aht;

  // The schema sees what was typed well, so contradictions show beside mistyped fields elsewhere.
  const parsed = metricInputsSchema.safeParse(out);
  if (parsed.success)
    return Object.keys(errors).length
      ? { inputs: null, partial: withoutGroups(out, errors), errors }
      : { inputs: parsed.data, partial: parsed.data, errors };
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as keyof MetricsDraft;
    // A contradiction between fields has its own sentence (metrics.errors.<field>); anything else is generic.
    errors[field] ??=
      issue.code === 'custom' ? { key: field, values: { scale: draft.cesScale ?? '' } } : { key: 'invalid' };
  }
  return { inputs: null, partial: withoutGroups(out, errors), errors };
}

/**
 * What to store while part of the form is wrong: every group typed well, and for a group with a
 * wrong field the values stored before (so one mistyped box never stops the rest from saving).
 */
export function savableInputs(result: DraftResult, stored: MetricInputs): MetricInputs {
  if (result.inputs) return result.inputs;
  const bad = new Set(Object.keys(result.errors).map((f) => groupOf(f as DraftField)));
  const kept = Object.fromEntries(
    Object.entries(stored).filter(([k]) => bad.has(FIELD_GROUP[k as keyof MetricsDraft])),
  ) as MetricInputs;
  const merged = { ...result.partial, ...kept };
  const parsed = metricInputsSchema.safeParse(merged);
  return parsed.success ? parsed.data : result.partial;
}
