import { z } from 'zod';
import { HUB_LIMITS, TEAM_ROLES, type TeamRole } from '../sync/hub-protocol';
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
  /** 'offline': the hub did not answer the last time; 'error': it answered with a refusal. */
  state: 'idle' | 'syncing' | 'offline' | 'error';
  lastSyncAt: string | null;
  lastError: string | null;
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
        deviceName: text(HUB_LIMITS.deviceName),
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
  /** Pushes and pulls now; answers when done (the app never waits on it: the top bar shows progress). */
  'team.syncNow': { input: z.object({}).strict(), output: returns<TeamStatus>() },
} as const;
