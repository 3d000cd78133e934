import type { TeamDevice } from '../../../shared/api/team-api';
import { AppError } from '../../../shared/result';
import type { TeamRole } from '../../../shared/sync/hub-protocol';
import type { BackendContext } from '../context';
import { HubClient, hubError } from './hub-client';
import { readLink, type TeamLink } from './team-link';

/**
 * The lead's side of the team, asked of the hub as it is (the hub decides who may): invite codes,
 * the team's laptops, revoking one. Each waits only on its own request, never on a sync.
 */
async function askHub<T>(ctx: BackendContext, ask: (client: HubClient, link: TeamLink) => Promise<T>): Promise<T> {
  const link = readLink(ctx);
  if (!link) throw new AppError('NOT_FOUND', 'This laptop is not in a team.');
  try {
    // A person is waiting on these answers: a hub that does not answer within 15 s is reported as unreachable.
    return await ask(new HubClient({ origin: link.origin, token: link.token, timeoutMs: 15_000 }), link);
  } catch (error) {
    throw hubError(error);
  }
}

export const inviteToTeam = (ctx: BackendContext, input: { role: TeamRole; name: string }) =>
  askHub(ctx, (hub) => hub.invite(input.role, input.name));

export const teamDevices = (ctx: BackendContext): Promise<TeamDevice[]> =>
  askHub(ctx, async (hub, link) =>
    (await hub.devices()).devices.map((d) => ({ ...d, thisLaptop: d.id === link.device_id })),
  );

export const revokeTeamDevice = (ctx: BackendContext, deviceId: string) =>
  askHub(ctx, (hub, link) => {
    if (deviceId === link.device_id)
      throw new AppError('NOT_ALLOWED', 'This is your own laptop: use “Leave team” to take it out of the team.');
    return hub.revoke(deviceId);
  });
