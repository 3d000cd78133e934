import type { BackendContext } from '../context';
import type { TeamRole } from '../../../shared/sync/hub-protocol';
import { inviteToTeam, joinTeam, leaveTeam, syncNow, teamStatus } from '../team/team-sync';

export const teamHandlers = {
  'team.status': (_input: Record<string, never>, ctx: BackendContext) => teamStatus(ctx),
  'team.join': (input: { hubAddress: string; inviteCode: string; deviceName: string }, ctx: BackendContext) =>
    joinTeam(ctx, input),
  'team.leave': (_input: Record<string, never>, ctx: BackendContext) => leaveTeam(ctx),
  'team.invite': (input: { role: TeamRole; name: string }, ctx: BackendContext) => inviteToTeam(ctx, input),
  'team.syncNow': (_input: Record<string, never>, ctx: BackendContext) => syncNow(ctx),
};
