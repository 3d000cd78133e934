import { z } from 'zod';
import type { AuditDetail, AuditStatus } from '../domain/audit';
import {
  isoInstantSchema,
  siteChangesSchema,
  siteFieldsSchema,
  visitChangesSchema,
  visitMomentSchema,
  waveChangesSchema,
  waveFieldsSchema,
  type ReviewStatus,
  type Site,
  type TypicalTimes,
  type VisitDurations,
  type VisitInfo,
  type VisitMoment,
  type Wave,
} from '../domain/visit';
import { LIMITS } from '../rules/limits';
import { proseText, requiredProse } from '../rules/text';
import type { RollupMethod } from '../domain/template';
import type { QuartileBands } from '../stats/quartile-bands';
import type { SiteStatistics } from '../stats/wave-statistics';
import { returns } from './returns';
import { id } from './ids';
import type { WaveCalibration } from '../calibration/calibration-types';

/** One site's line in a wave's league table. */
export interface WaveSiteRow {
  siteId: string | null;
  /** The site's name; null for visits that have no site. */
  siteName: string | null;
  region: string;
  /** Mean of the site's scored visits in this wave (0..100), or null when none has a score. */
  score: number | null;
  /** 1 = best; ties share a rank; null without a score. */
  rank: number | null;
  /** Score in the previous wave of the client (by start date), when the site had one there. */
  previousScore: number | null;
  /** score − previousScore, in percentage points. */
  change: number | null;
  /** One value per wave of the client, oldest first (null where the site had no score). */
  trend: (number | null)[];
  visits: number;
  completedVisits: number;
  /** n, 95% interval, change verdict, other-method score, rank flag and quartile band (shared/stats/wave-statistics). */
  stats: SiteStatistics;
  /** Median waiting and service times of the site's completed visits in this wave. */
  times: TypicalTimes;
}

export interface WaveVisitRow {
  auditId: string;
  title: string;
  siteId: string | null;
  siteName: string | null;
  region: string;
  scenario: string;
  shopper: string;
  plannedDate: string | null;
  auditDate: string;
  status: AuditStatus;
  score: number | null;
  review: { status: ReviewStatus; comment: string; at: string | null };
  completedAt: string | null;
  durations: VisitDurations;
  /** Moments stamped before an earlier one (their times are left out of the durations). */
  outOfOrder: VisitMoment[];
}

export interface WaveView {
  wave: Wave;
  clientId: string;
  clientName: string;
  previousWave: Pick<Wave, 'id' | 'name'> | null;
  /** Every wave of the client, oldest first: the columns of each site's trend. */
  waves: Pick<Wave, 'id' | 'name' | 'startsOn'>[];
  sites: WaveSiteRow[];
  /** Visits of this wave that pass the filters, newest first. */
  visits: WaveVisitRow[];
  /** Settings and cross-site figures of the wave's statistics. */
  statistics: { minVisits: number; method: RollupMethod | null; bands: QuartileBands | null };
  /** Rater calibration beside the visits: shoppers' accuracy over sessions, and agreement in sessions on these templates. */
  calibration: WaveCalibration;
  /** The values present in the wave, for the filter menus. */
  options: { regions: string[]; scenarios: string[]; shoppers: string[] };
}

export interface StampResult {
  visit: VisitInfo;
  savedAt: string;
}

export const visitsApi = {
  'sites.list': { input: z.object({ clientId: id }).strict(), output: returns<Site[]>() },
  'sites.create': { input: z.object({ clientId: id, ...siteFieldsSchema.shape }).strict(), output: returns<Site>() },
  'sites.update': { input: z.object({ id, changes: siteChangesSchema.strict() }).strict(), output: returns<Site>() },
  'waves.list': { input: z.object({ clientId: id }).strict(), output: returns<Wave[]>() },
  'waves.create': { input: z.object({ clientId: id, ...waveFieldsSchema.shape }).strict(), output: returns<Wave>() },
  'waves.update': { input: z.object({ id, changes: waveChangesSchema.strict() }).strict(), output: returns<Wave>() },
  'waves.view': {
    input: z
      .object({
        waveId: id,
        region: z.string().max(LIMITS.site.region).optional(),
        scenario: z.string().max(LIMITS.visit.scenario).optional(),
        shopper: z.string().max(LIMITS.visit.shopper).optional(),
      })
      .strict(),
    output: returns<WaveView>(),
  },
  'visits.update': {
    input: z.object({ auditId: id, changes: visitChangesSchema.strict() }).strict(),
    output: returns<StampResult>(),
  },
  'visits.stamp': {
    input: z.object({ auditId: id, moment: visitMomentSchema, at: isoInstantSchema.nullable() }).strict(),
    output: returns<StampResult>(),
  },
  'visits.review': {
    input: z.discriminatedUnion('decision', [
      z
        .object({
          auditId: id,
          decision: z.literal('reviewed'),
          comment: proseText(LIMITS.visit.reviewComment).default(''),
        })
        .strict(),
      z
        .object({ auditId: id, decision: z.literal('returned'), comment: requiredProse(LIMITS.visit.reviewComment) })
        .strict(),
    ]),
    output: returns<AuditDetail>(),
  },
} as const;
