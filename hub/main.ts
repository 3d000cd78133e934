import pg from 'pg';
import { parseHubArgs } from './hub-config';
import { migrate } from './db/migrations';
import { createHubServer } from './http/hub-server';
import { createTeam } from './teams/teams';

/**
 * `npm run hub -- --database-url postgres://…` serves the team hub;
 * `npm run hub -- create-team --name "Cedar programme" --lead "Ana" --database-url …` makes a team and
 * prints its lead's invite code.
 */
async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const creating = argv[0] === 'create-team';
  const rest = creating ? argv.slice(1) : argv;
  const take = (name: string) => {
    const i = rest.indexOf(`--${name}`);
    if (i < 0) return undefined;
    const value = rest[i + 1];
    rest.splice(i, 2);
    return value;
  };
  const teamName = creating ? take('name') : undefined;
  const leadName = creating ? take('lead') : undefined;
  const config = parseHubArgs(rest, process.env);
  const pool = new pg.Pool({ connectionString: config.databaseUrl, max: 10, connectionTimeoutMillis: 10_000 });
  // A dropped connection is reported by the query that used it; an idle one must not crash the hub.
  pool.on('error', (error) => console.error('[hub] idle database connection lost:', error.message));
  const migrated = await migrate(pool);
  if (creating) {
    if (!teamName || !leadName) throw new Error('create-team needs --name "<team>" and --lead "<lead’s name>".');
    const team = await createTeam(pool, teamName, leadName);
    console.log(`Team ${teamName} created (${team.teamId}).`);
    console.log(`Lead's invite code: ${team.leadInviteCode} (single use, until ${team.expiresAt})`);
    await pool.end();
    return;
  }
  const server = createHubServer(pool, { behindProxy: config.behindProxy });
  server.listen(config.port, config.host, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    console.log(`Journey Audit hub (schema ${migrated.to}) listening on http://${config.host}:${port}`);
  });
  const stop = () => {
    server.close();
    void pool.end();
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  console.error(`hub: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
