import Database from 'better-sqlite3';
import { build } from 'esbuild';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/backend/db/open-database';
import { DATABASE_FILE_NAME } from '../../electron/backend/backend';
import { tempDir } from '../support/temp-dir';

const RUNS = 24;

/** Starts the writer, lets it commit for a random while, then SIGKILLs it; returns the ids it reported committed. */
function writeAndKill(script: string, dataDir: string, run: number, killAfterMs: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, dataDir, String(run)], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NODE_PATH: path.resolve('node_modules') },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => {
      const wasReady = out.includes('ready\n');
      out += d.toString();
      if (!wasReady && out.includes('ready\n')) setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    });
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL') return reject(new Error(`writer ended by itself (code ${code}): ${err}`));
      // A line cut by the kill is not a report; only whole lines count.
      const ids = out
        .split('\n')
        .slice(0, -1)
        .filter((l) => l.startsWith('committed '))
        .map((l) => l.slice('committed '.length));
      resolve(ids);
    });
  });
}

describe('durability under SIGKILL', () => {
  it(`keeps every write reported as committed across ${RUNS} kills at random moments`, async () => {
    const work = tempDir('ja-durability-');
    const script = path.join(work, 'writer.cjs');
    await build({
      entryPoints: ['test/support/durability-writer.ts'],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      outfile: script,
      external: ['better-sqlite3', 'sharp'],
      logLevel: 'error',
    });
    const dataDir = path.join(work, 'data');
    const reported: string[] = [];
    for (let run = 0; run < RUNS; run++) {
      const ids = await writeAndKill(script, dataDir, run, 20 + Math.floor(Math.random() * 250));
      reported.push(...ids);
      // Every run re-opens the file the previous kill left behind; it must open and hold everything so far.
      const check = new Database(path.join(dataDir, DATABASE_FILE_NAME), { readonly: true });
      const present = new Set(check.prepare('SELECT id FROM clients').pluck().all() as string[]);
      check.close();
      const missing = reported.filter((id) => !present.has(id));
      expect(missing, `run ${run}: writes reported committed but missing`).toEqual([]);
    }
    expect(reported.length).toBeGreaterThan(RUNS * 5);

    const reopened = openDatabase(path.join(dataDir, DATABASE_FILE_NAME));
    expect(reopened.db.pragma('integrity_check', { simple: true })).toBe('ok');
    const total = reopened.db.prepare('SELECT count(*) FROM clients').pluck().get() as number;
    // At most one write per run can be committed but not yet reported when the kill lands.
    expect(total).toBeGreaterThanOrEqual(reported.length);
    expect(total).toBeLessThanOrEqual(reported.length + RUNS);
    reopened.db.close();
  });
});
