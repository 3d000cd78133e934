import { z } from 'zod';
import { requiredLine } from '../rules/text';
import type { RecordKind } from '../exchange/package-format';
import type { Reason } from '../reasons/reason';
import { HUB_LIMITS, TEAM_ROLES, type DeviceInfo, type RefusalCode, type TeamRole } from '../sync/hub-protocol';
import { returns } from './returns';

/** The laptop's side of the team hub: how it is linked and how its sync stands. */
export interface TeamStatus {
  linked: boolean;
  hubAddress: string | null;
  teamName: string | null;
  personName: string | null;
  role: TeamRole | null;
  deviceName: string | null;
  /** Records changed here that the hub does not have yet. */
  waiting: number;
  /** Changes the hub refused (a locked visit, another shopper's visit); they wait until changed again. */
  refused: number;
  /** Open conflicts that came through the hub. */
  conflicts: number;
  /**
   * 'offline': the hub did not answer the last time; 'error': it answered with a refusal;
   * 'revoked': it no longer knows this laptop (the lead revoked it): join again with a new code.
   */
  state: 'idle' | 'syncing' | 'offline' | 'error' | 'revoked';
  lastSyncAt: string | null;
  /** The last problem in English; `lastErrorReason` says it in the user's language when the hub gave a reason. */
  lastError: string | null;
  lastErrorReason: Reason | null;
}

/** A laptop in the team, as the lead sees it. */
export interface TeamDevice extends DeviceInfo {
  /** The laptop asking: it leaves the team with "Leave team", not by revoking itself. */
  thisLaptop: boolean;
}

/** One change the hub refused, waiting here until it is changed again. */
export interface RefusedChangeView {
  kind: RecordKind;
  key: string;
  /** The visit it belongs to, when it belongs to one. */
  visit: { id: string; title: string } | null;
  /** The record in the template's or the user's own words: a criterion's question, a touchpoint, a photo's name, a title. */
  what: string;
  /** A deletion the hub refused. */
  deleted: boolean;
  /** Why, as a code the screen words in its language; null when the hub gave only its own words. */
  code: RefusalCode | null;
  /** The hub's own words (English), shown when there is no code. */
  reason: string;
}

const text = (max: number) => z.string().trim().min(1).max(max);

export const teamApi = {
  'team.status': { input: z.object({}).strict(), output: returns<TeamStatus>() },
  /** Spends an invite code at the hub; this laptop gets its own device token. */
  'team.join': {
    input: z
      .object({
        hubAddress: text(300),
        inviteCode: text(20),
        deviceName: requiredLine(HUB_LIMITS.deviceName),
      })
      .strict(),
    output: returns<TeamStatus>(),
  },
  /** Revokes this laptop's token at the hub (if it answers) and forgets the hub here; the data stays. */
  'team.leave': { input: z.object({}).strict(), output: returns<TeamStatus>() },
  /** A lead's laptop asks the hub for a single-use invite code for a new shopper, viewer or lead. */
  'team.invite': {
    input: z.object({ role: z.enum(TEAM_ROLES), name: text(HUB_LIMITS.personName) }).strict(),
    output: returns<{ code: string; expiresAt: string }>(),
  },
  /** The lead's list of the team's laptops, revoked ones included (asks the hub). */
  'team.devices': { input: z.object({}).strict(), output: returns<TeamDevice[]>() },
  /** The lead cuts a laptop off at the hub: its token stops working at once. */
  'team.revoke': { input: z.object({ deviceId: z.uuid() }).strict(), output: returns<{ revoked: boolean }>() },
  /** The changes the hub refused, one by one with the reason (reads this laptop only). */
  'team.refused': { input: z.object({}).strict(), output: returns<RefusedChangeView[]>() },
  /** Pushes and pulls now; answers when done (the app never waits on it: the top bar shows progress). */
  'team.syncNow': { input: z.object({}).strict(), output: returns<TeamStatus>() },
} as const;
