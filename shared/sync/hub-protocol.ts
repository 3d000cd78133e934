import { z } from 'zod';
import { requiredLine } from '../rules/text';
import { RECORD_KINDS, type AnyRecord, type RecordKind } from '../exchange/package-format';
import type { Reason } from '../reasons/reason';

/**
 * The team hub's HTTP sync API, shared by the hub (hub/) and the laptops' sync client. Every
 * request but `join` carries `Authorization: Bearer <device token>`.
 *
 *   POST /v1/join            {code, deviceName}          -> JoinResult
 *   GET  /v1/me                                          -> Me
 *   POST /v1/invites         {role, name}  (lead)        -> {code, expiresAt}
 *   GET  /v1/devices                       (lead)        -> {devices: DeviceInfo[]}
 *   POST /v1/devices/revoke  {deviceId}    (lead)        -> {revoked}
 *   POST /v1/leave                                       -> {revoked}  (this device's own token)
 *   POST /v1/photos/missing  {sha256s}                   -> {missing}
 *   PUT  /v1/photos/<sha256> raw bytes                   -> {stored}
 *   GET  /v1/photos/<sha256>                             -> raw bytes
 *   POST /v1/push            PushRequest                 -> PushResult
 *   GET  /v1/pull?since=<cursor>&limit=<n>               -> PullResult
 */
export const HUB_API_VERSION = 1;
export const TEAM_ROLES = ['lead', 'shopper', 'viewer'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

export const HUB_LIMITS = {
  pushBodyBytes: 64 * 1024 * 1024,
  jsonBodyBytes: 64 * 1024,
  recordsPerPush: 5000,
  pullPageSize: 2000,
  deviceName: 80,
  personName: 120,
  teamName: 120,
  inviteDays: 7,
} as const;

export const INVITE_CODE = /^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/;
const inviteCode = z
  .string()
  .trim()
  .transform((s) => s.toUpperCase())
  .refine((s) => INVITE_CODE.test(s), 'is not an invite code (like ABCD-EFGH-JKLM)');
/** A name the hub keeps (a device, a person): the app's rule for one line of text, so hub and laptop agree. */
const label = requiredLine;

export const joinRequestSchema = z.object({ code: inviteCode, deviceName: label(HUB_LIMITS.deviceName) }).strict();
export const inviteRequestSchema = z.object({ role: z.enum(TEAM_ROLES), name: label(HUB_LIMITS.personName) }).strict();
export const revokeRequestSchema = z.object({ deviceId: z.uuid() }).strict();
export const missingPhotosRequestSchema = z
  .object({ sha256s: z.array(z.string().regex(/^[0-9a-f]{64}$/)).max(HUB_LIMITS.recordsPerPush) })
  .strict();

export interface Me {
  team: { id: string; name: string };
  person: { id: string; name: string; role: TeamRole };
  device: { id: string; name: string };
}
export interface JoinResult extends Me {
  token: string;
}
export interface DeviceInfo {
  id: string;
  name: string;
  personId: string;
  personName: string;
  role: TeamRole;
  createdAt: string;
  lastSeenAt: string | null;
  revokedAt: string | null;
}

/** One changed record: its full row, or a tombstone; `base` is the version it was changed from. */
export const pushedChangeSchema = z
  .object({
    kind: z.enum(RECORD_KINDS),
    key: z.string().min(1).max(200),
    base: z.record(z.string(), z.union([z.string(), z.number(), z.null()])).nullable(),
    row: z.record(z.string(), z.unknown()).nullable(),
    deleted: z.boolean().optional(),
  })
  .strict();
export const pushRequestSchema = z
  .object({ changes: z.array(pushedChangeSchema).max(HUB_LIMITS.recordsPerPush) })
  .strict();
export type PushedChange = {
  kind: RecordKind;
  key: string;
  base: AnyRecord | null;
  row: AnyRecord | null;
  deleted?: boolean;
};

/**
 * Why the hub refused one record of a push, as a code the laptop words in the user's language:
 * its visit or template is not on the hub, only a lead may change it, it is another shopper's
 * visit, or the visit is reviewed (locked for good) or complete (read-only until reopened).
 */
export const REFUSAL_CODES = ['no-visit', 'no-template', 'lead-only', 'other-shopper', 'reviewed', 'complete'] as const;
export type RefusalCode = (typeof REFUSAL_CODES)[number];
export const isRefusalCode = (s: string): s is RefusalCode => (REFUSAL_CODES as readonly string[]).includes(s);

export interface RefusedChange {
  kind: RecordKind;
  key: string;
  code: RefusalCode;
  /** The same in English, for logs and for laptops that do not know the code. */
  reason: string;
}
export interface PushResult {
  applied: number;
  unchanged: number;
  conflicts: number;
  /** Records where the same field had changed on the hub: its version stays there, the pushed one travels as a conflict. */
  conflicted: { kind: RecordKind; key: string }[];
  refused: RefusedChange[];
  cursor: number;
}

/** A change as pulled: the hub's current row (or a tombstone), in the order the hub made them. */
export interface PulledChange {
  seq: number;
  kind: RecordKind;
  key: string;
  row: AnyRecord;
  deleted: boolean;
}
/** The same field changed on two laptops: both versions travel to both sides. */
export interface PulledConflict {
  seq: number;
  id: string;
  kind: RecordKind;
  key: string;
  /** The hub's version (kept there) and the version that was pushed over it. */
  hubRow: AnyRecord;
  pushedRow: AnyRecord;
  pushedByDevice: string;
  fields: string[];
}
export interface PullResult {
  changes: PulledChange[];
  conflicts: PulledConflict[];
  cursor: number;
  more: boolean;
}

export interface HubErrorBody {
  /** `reason`: a rule-book refusal, for the laptop to say in its user's language. */
  error: { code: string; message: string; reason?: Reason };
}
