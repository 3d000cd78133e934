import type { BackendContext } from '../context';
import type { TeamRole } from '../../../shared/sync/hub-protocol';
import { inviteToTeam, revokeTeamDevice, teamDevices } from '../team/team-admin';
import { refusedChanges } from '../team/refused-changes';
import { joinTeam, leaveTeam, syncNow, teamStatus } from '../team/team-sync';

export const teamHandlers = {
  'team.status': (_input: Record<string, never>, ctx: BackendContext) => teamStatus(ctx),
  'team.join': (input: { hubAddress: string; inviteCode: string; deviceName: string }, ctx: BackendContext) =>
    joinTeam(ctx, input),
  'team.leave': (_input: Record<string, never>, ctx: BackendContext) => leaveTeam(ctx),
  'team.invite': (input: { role: TeamRole; name: string }, ctx: BackendContext) => inviteToTeam(ctx, input),
  'team.devices': (_input: Record<string, never>, ctx: BackendContext) => teamDevices(ctx),
  'team.revoke': (input: { deviceId: string }, ctx: BackendContext) => revokeTeamDevice(ctx, input.deviceId),
  'team.refused': (_input: Record<string, never>, ctx: BackendContext) => refusedChanges(ctx),
  'team.syncNow': (_input: Record<string, never>, ctx: BackendContext) => syncNow(ctx),
};
