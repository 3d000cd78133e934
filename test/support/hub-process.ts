import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';
import { createTeam } from '../../hub/teams/teams';
import { migrate } from '../../hub/db/migrations';

export interface RunningHub {
  child: ChildProcess;
  origin: string;
  /** Ends the process: SIGTERM (graceful) or SIGKILL (as if the machine died). */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** Starts `hub/main.ts` as `npm run hub` does (tsx, in the process itself so a SIGKILL kills the hub), on a free port, and waits for its address. */
export function startHubProcess(
  databaseUrl: string,
  extraArgs: string[] = [],
  env: NodeJS.ProcessEnv = {},
): Promise<RunningHub> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.resolve('hub/main.ts'), '--database-url', databaseUrl, '--port', '0', ...extraArgs],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...env },
    },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`hub did not start:\n${out}\n${err}`)), 30_000);
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`hub exited with ${code}:\n${out}\n${err}`));
    });
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const match = /listening on (http:\/\/[\d.]+:\d+)/.exec(out);
      if (!match) return;
      clearTimeout(timer);
      resolve({
        child,
        origin: match[1]!,
        stop: (signal = 'SIGTERM') =>
          new Promise<void>((done) => {
            if (child.exitCode !== null || child.signalCode !== null) return done();
            child.once('exit', () => done());
            child.kill(signal);
          }),
      });
    });
  });
}

/** A team made the way `npm run hub -- create-team` makes it; returns the lead's invite code. */
export async function makeTeam(databaseUrl: string, name = 'Cedar programme', lead = 'Lina Lead'): Promise<string> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  try {
    await migrate(pool);
    return (await createTeam(pool, name, lead)).leadInviteCode;
  } finally {
    await pool.end();
  }
}
