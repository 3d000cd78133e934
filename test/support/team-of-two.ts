import fs from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { dispatchOk } from './dispatch';
import { makeTeam, startHubProcess, type RunningHub } from './hub-process';
import { startPgCluster, type PgCluster } from './pg-cluster';
import { joinAs, laptop, tempRoot, type Laptop } from './team-laptops';

export interface TeamOfTwo {
  cluster: PgCluster;
  hub: RunningHub;
  root: string;
  lead: Laptop;
  shopper: Laptop;
}

/**
 * For one test file: a throw-away PostgreSQL cluster and hub process, the lead's laptop in a new team,
 * and a second laptop (joined as the shopper Sami unless `shopperJoins` is false); all torn down after
 * the file. The returned object is filled before the file's own beforeAll hooks run.
 */
export function teamOfTwo(options: { leadDevice?: string; shopperJoins?: boolean } = {}): TeamOfTwo {
  const team = {} as TeamOfTwo;
  beforeAll(async () => {
    team.cluster = await startPgCluster();
    team.hub = await startHubProcess(team.cluster.url);
    team.root = tempRoot();
    team.lead = laptop('lead', team.root);
    team.shopper = laptop('shopper', team.root);
    await dispatchOk(team.lead.backend, 'team.join', {
      hubAddress: team.hub.origin,
      inviteCode: await makeTeam(team.cluster.url),
      deviceName: options.leadDevice ?? 'Lead laptop',
    });
    if (options.shopperJoins !== false) await joinAs(team.lead, team.shopper, team.hub.origin, 'shopper', 'Sami');
  });
  afterAll(async () => {
    team.lead?.close();
    team.shopper?.close();
    await team.hub?.stop();
    team.cluster?.destroy();
    if (team.root) fs.rmSync(team.root, { recursive: true, force: true });
  });
  return team;
}
