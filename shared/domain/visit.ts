import { z } from 'zod';
import { calendarDateSchema, isoInstantSchema } from '../rules/dates';
import { LIMITS } from '../rules/limits';
import { lineText, proseText, requiredLine } from '../rules/text';

/** The standard one-tap moments of a mystery-shop visit, in the order they happen. */
export const VISIT_MOMENTS = ['entered', 'greeted', 'served', 'paid', 'left'] as const;
export type VisitMoment = (typeof VISIT_MOMENTS)[number];
export const visitMomentSchema = z.enum(VISIT_MOMENTS);

export const REVIEW_STATUSES = ['none', 'reviewed', 'returned'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

const isoDate = calendarDateSchema;
export { isoInstantSchema };
const L = LIMITS;

export const siteFieldsSchema = z.object({
  name: requiredLine(L.site.name),
  address: lineText(L.site.address).default(''),
  region: lineText(L.site.region).default(''),
});
export type SiteFields = z.output<typeof siteFieldsSchema>;
export const siteChangesSchema = z
  .object({
    name: requiredLine(L.site.name),
    address: lineText(L.site.address),
    region: lineText(L.site.region),
  })
  .partial();

export const waveFieldsSchema = z.object({
  name: requiredLine(L.wave.name),
  startsOn: isoDate.nullable().default(null),
  endsOn: isoDate.nullable().default(null),
});
export type WaveFields = z.output<typeof waveFieldsSchema>;
export const waveChangesSchema = z
  .object({
    name: requiredLine(L.wave.name),
    startsOn: isoDate.nullable(),
    endsOn: isoDate.nullable(),
  })
  .partial();

export const visitChangesSchema = z
  .object({
    siteId: z.uuid().nullable(),
    waveId: z.uuid().nullable(),
    scenario: proseText(L.visit.scenario),
    shopper: lineText(L.visit.shopper),
    plannedDate: isoDate.nullable(),
    startedAt: isoInstantSchema.nullable(),
    endedAt: isoInstantSchema.nullable(),
  })
  .partial();
export type VisitChanges = z.output<typeof visitChangesSchema>;

export interface Site extends SiteFields {
  id: string;
  clientId: string;
  /** Visits (mystery-shop audits) held at this site. */
  visits: number;
  createdAt: string;
  updatedAt: string;
}

export interface Wave extends WaveFields {
  id: string;
  clientId: string;
  visits: number;
  createdAt: string;
  updatedAt: string;
}

export type VisitTimestamps = Partial<Record<string, string>>;

export interface VisitDurations {
  /** entered → greeted, in seconds. */
  waitingSeconds: number | null;
  /** greeted → served (or → paid when served is missing), in seconds. */
  serviceSeconds: number | null;
  /** entered → left, in seconds. */
  totalSeconds: number | null;
}

export interface VisitInfo {
  siteId: string | null;
  siteName: string | null;
  siteRegion: string | null;
  waveId: string | null;
  waveName: string | null;
  scenario: string;
  shopper: string;
  plannedDate: string | null;
  startedAt: string | null;
  endedAt: string | null;
  /** Moment → ISO instant. */
  timestamps: VisitTimestamps;
  durations: VisitDurations;
  review: { status: ReviewStatus; comment: string; at: string | null };
}

function seconds(from: string | undefined, to: string | undefined): number | null {
  if (!from || !to) return null;
  const a = Date.parse(from);
  const b = Date.parse(to);
  if (!Number.isFinite(a) || !Number.isFinite(b) || b < a) return null;
  return Math.round((b - a) / 1000);
}

/**
 * Waiting, service and total time of a visit from its tapped moments: null where a moment is
 * missing, unreadable, or out of order (a later moment stamped before an earlier one).
 */
export function visitDurations(timestamps: VisitTimestamps): VisitDurations {
  const { entered, greeted, served, paid, left } = timestamps;
  return {
    waitingSeconds: seconds(entered, greeted),
    serviceSeconds: served ? seconds(greeted, served) : seconds(greeted, paid),
    totalSeconds: seconds(entered, left),
  };
}

/**
 * The tapped moments stamped before a moment that happens earlier in a visit (greeted before
 * entered, a mis-tap): each is flagged where the times are shown and edited. Moments outside the
 * standard five are not ordered.
 */
export function outOfOrderMoments(timestamps: VisitTimestamps): VisitMoment[] {
  const out: VisitMoment[] = [];
  let latest = -Infinity;
  for (const moment of VISIT_MOMENTS) {
    const at = timestamps[moment];
    if (!at) continue;
    const t = Date.parse(at);
    if (!Number.isFinite(t)) continue;
    if (t < latest) out.push(moment);
    else latest = t;
  }
  return out;
}

/** Hours, minutes and seconds of a duration, for display. */
export function splitDuration(totalSeconds: number): { h: number; m: number; s: number } {
  const h = Math.floor(totalSeconds / 3600);
  const m = Math.floor((totalSeconds % 3600) / 60);
  const s = totalSeconds % 60;
  return { h, m, s };
}

/** A site's typical waiting and service times in a wave: the median over the visits that have each, with how many. */
export interface TypicalTimes {
  waitingSeconds: number | null;
  waitingVisits: number;
  serviceSeconds: number | null;
  serviceVisits: number;
}

const median = (values: number[]): number | null => {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : Math.round((s[mid - 1]! + s[mid]!) / 2);
};

/**
 * The median, not the mean: one shopper kept waiting half an hour should not make a branch's
 * typical wait look twice as long. Visits with a moment missing or out of order give no time.
 */
export function typicalTimes(durations: readonly VisitDurations[]): TypicalTimes {
  const waiting = durations.flatMap((d) => (d.waitingSeconds === null ? [] : [d.waitingSeconds]));
  const service = durations.flatMap((d) => (d.serviceSeconds === null ? [] : [d.serviceSeconds]));
  return {
    waitingSeconds: median(waiting),
    waitingVisits: waiting.length,
    serviceSeconds: median(service),
    serviceVisits: service.length,
  };
}
