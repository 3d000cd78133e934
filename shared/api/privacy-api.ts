import { z } from 'zod';
import { LIMITS } from '../rules/limits';
import { calendarDateSchema } from '../rules/dates';
import { RETENTION_MONTHS } from '../rules/retention';
import { proseText, requiredLine } from '../rules/text';
import type {
  ClientPrivacy,
  PrivacyLogEntry,
  PurgePlan,
  PurgeResult,
  ShopperExport,
  ShopperSummary,
} from '../privacy/privacy-types';
import { returns } from './returns';

const clientId = z.uuid();
const shopper = requiredLine(LIMITS.visit.shopper);
const token = z.string().regex(/^[0-9a-f]{64}$/, 'is not a preview token');

export const privacyChangesSchema = z
  .object({
    staffInformed: z.enum(['yes', 'no']).nullable(),
    staffInformedOn: calendarDateSchema.nullable(),
    staffInformedNote: proseText(LIMITS.privacy.staffInformedNote),
    retentionMonths: z.number().int().min(RETENTION_MONTHS.min).max(RETENTION_MONTHS.max).nullable(),
  })
  .partial()
  .strict();

export const privacyApi = {
  'privacy.get': { input: z.object({ clientId }).strict(), output: returns<ClientPrivacy>() },
  'privacy.update': {
    input: z.object({ clientId, changes: privacyChangesSchema }).strict(),
    output: returns<ClientPrivacy>(),
  },
  /** What a retention purge of this client would remove today; nothing is changed. */
  'privacy.planPurge': { input: z.object({ clientId }).strict(), output: returns<PurgePlan>() },
  /** Runs the purge its preview listed, or nothing when the data no longer gives the same preview. */
  'privacy.purge': { input: z.object({ clientId, token }).strict(), output: returns<PurgeResult>() },
  /** Every shopper named on a visit, across clients, for access and erasure requests. */
  'privacy.shoppers': { input: z.object({}).strict(), output: returns<ShopperSummary[]>() },
  'privacy.planErasure': { input: z.object({ shopper }).strict(), output: returns<PurgePlan>() },
  'privacy.erase': { input: z.object({ shopper, token }).strict(), output: returns<PurgeResult>() },
  /** Everything the app holds about one shopper, as one JSON document (an access request). */
  'privacy.exportShopper': { input: z.object({ shopper }).strict(), output: returns<ShopperExport>() },
  'privacy.log': { input: z.object({ clientId: clientId.optional() }).strict(), output: returns<PrivacyLogEntry[]>() },
} as const;
