import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/**
 * A throw-away PostgreSQL cluster for tests: initdb and pg_ctl into a temporary folder, listening on
 * 127.0.0.1 at a free port only. PostgreSQL refuses to run as root, so when the tests run as root the
 * tools run as the unprivileged `postgres` user (Debian's package creates it) and the folder is theirs.
 */
export interface PgCluster {
  /** A connection string for the cluster's `hub` database. */
  url: string;
  port: number;
  dir: string;
  /** Stops the server (fast shutdown); `start` brings it back on the same port with the same data. */
  stop(mode?: 'fast' | 'immediate'): void;
  start(): void;
  /** Stops it and removes the folder. */
  destroy(): void;
}

const PG_BIN = process.env.PG_BIN ?? findPgBin();

function findPgBin(): string {
  const root = '/usr/lib/postgresql';
  const versions = fs.existsSync(root)
    ? fs
        .readdirSync(root)
        .filter((v) => fs.existsSync(path.join(root, v, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions.length === 0) throw new Error('PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb).');
  return path.join(root, versions[0]!, 'bin');
}

const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** Runs a PostgreSQL tool, as the postgres user when we are root. */
function run(tool: string, args: string[]): string {
  const exe = path.join(PG_BIN, tool);
  const [cmd, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', exe, ...args]] : [exe, args];
  const result = spawnSync(cmd, argv, { encoding: 'utf8', cwd: '/' });
  if (result.status !== 0)
    throw new Error(`${tool} ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export async function startPgCluster(): Promise<PgCluster> {
  // /tmp rather than os.tmpdir(): the postgres user must be able to reach the folder.
  const dir = fs.mkdtempSync(path.join(asRoot ? '/tmp' : os.tmpdir(), 'ja-pg-'));
  const data = path.join(dir, 'data');
  fs.mkdirSync(data, { mode: 0o700 });
  if (asRoot) execFileSync('chown', ['-R', 'postgres:postgres', dir]);
  run('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-locale', '--no-sync']);
  const port = await freePort();
  const options = [
    `-p ${port}`,
    "-c listen_addresses='127.0.0.1'",
    `-c unix_socket_directories='${dir}'`,
    '-c max_connections=200',
    '-c fsync=off',
    '-c shared_buffers=32MB',
  ].join(' ');
  const start = () =>
    run('pg_ctl', ['-D', data, '-l', path.join(dir, 'log'), '-o', options, '-w', '-t', '60', 'start']);
  const stop = (mode: 'fast' | 'immediate' = 'fast') => run('pg_ctl', ['-D', data, '-m', mode, '-w', 'stop']);
  start();
  run('createdb', ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', 'hub']);
  let stopped = false;
  return {
    url: `postgres://postgres@127.0.0.1:${port}/hub`,
    port,
    dir,
    stop(mode) {
      stop(mode);
      stopped = true;
    },
    start() {
      start();
      stopped = false;
    },
    destroy() {
      if (!stopped) {
        try {
          stop('immediate');
        } catch {
          // already gone
        }
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
