import Database from 'better-sqlite3';
import { build } from 'esbuild';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import os from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend, DATABASE_FILE_NAME, type Backend } from '../../electron/backend/backend';
import { listBackups } from '../../electron/backend/backups/backup-files';
import { LATEST_SCHEMA_VERSION } from '../../electron/backend/db/migrations';
import { dispatchOk } from '../support/dispatch';
import { tempDir } from '../support/temp-dir';
import { testTemplate } from '../support/test-template';

const KILLS = 8;
let script: string;

beforeAll(async () => {
  script = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ja-fault-child-')), 'fault-child.cjs');
  await build({
    entryPoints: ['test/support/fault-child.ts'],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile: script,
    external: ['better-sqlite3', 'sharp'],
    logLevel: 'error',
  });
});

afterAll(() => fs.rmSync(path.dirname(script), { recursive: true, force: true }));

/** Runs the child and SIGKILLs it `afterMs` after it said ready; says whether it finished first. */
function runAndKill(args: string[], afterMs: number): Promise<'killed' | 'finished'> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NODE_PATH: path.resolve('node_modules') },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => {
      const was = out.includes('ready\n');
      out += d.toString();
      if (!was && out.includes('ready\n')) setTimeout(() => child.kill('SIGKILL'), afterMs);
    });
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve(out.includes('done\n') ? 'finished' : 'killed');
      else if (code === 0) resolve('finished');
      else reject(new Error(`child failed (${code}): ${err}`));
    });
  });
}

const copyDir = (from: string, to: string) => fs.cpSync(from, to, { recursive: true });
const filesUnder = (dir: string): string[] =>
  fs.existsSync(dir) ? (fs.readdirSync(dir, { recursive: true }) as string[]).map((f) => path.join(dir, f)) : [];

/** After reopening (which sweeps): every check that must hold whatever moment the kill hit. */
function assertCleanAfterReopen(backend: Backend, dataDir: string): void {
  expect(backend.startupError).toBeNull();
  const db = backend.database!.db;
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(filesUnder(dataDir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  const referenced = new Set(db.prepare('SELECT sha256 FROM evidence').pluck().all() as string[]);
  for (const b of listBackups(dataDir)) for (const sha of b.photoHashes) referenced.add(sha);
  const photoFiles = filesUnder(path.join(dataDir, 'evidence')).filter((f) => fs.statSync(f).isFile());
  const orphans = photoFiles.filter((f) => !referenced.has(path.basename(f).split('.')[0]!));
  expect(orphans).toEqual([]);
}

describe('kill -9 in the middle of a long write: all or nothing, nothing left behind', () => {
  it(`a package import, killed ${KILLS} times at spread moments`, async () => {
    const work = tempDir('ja-kill-import-');
    // The package: a client with six visits and a photo on each, from another laptop.
    const from = createBackend({ dataDir: path.join(work, 'from'), host: 'web', version: 'test' });
    const client = await dispatchOk(from, 'clients.create', { name: 'Harbour Hotels' });
    const template = await dispatchOk(from, 'templates.import', {
      fileName: 't.json',
      text: JSON.stringify(testTemplate()),
    });
    for (let i = 0; i < 6; i++) {
      const audit = await dispatchOk(from, 'audits.create', {
        clientId: client.id,
        templateId: template.id,
        title: `Visit ${i}`,
        auditDate: `2027-03-0${i + 1}`,
      });
      const jpeg = await sharp({
        create: { width: 1200 + i, height: 900, channels: 3, background: { r: i * 30, g: 80, b: 120 } },
      })
        .jpeg()
        .toBuffer();
      await dispatchOk(from, 'evidence.add', {
        auditId: audit.id,
        touchpointId: 'branch',
        fileName: `p${i}.jpg`,
        dataBase64: jpeg.toString('base64'),
      });
    }
    const pkg = await dispatchOk(from, 'packages.export', {
      scope: { clientId: client.id },
      name: 'harbour',
      destination: { kind: 'download' },
    });
    from.close();
    const pkgFile = path.join(work, 'harbour.zip');
    fs.writeFileSync(pkgFile, Buffer.from(pkg.base64!, 'base64'));
    const base = path.join(work, 'base');
    const here = createBackend({ dataDir: base, host: 'web', version: 'test' });
    await dispatchOk(here, 'clients.create', { name: 'Local client' });
    here.close();

    const outcomes: string[] = [];
    for (let k = 0; k < KILLS; k++) {
      const dataDir = path.join(work, `run-${k}`);
      copyDir(base, dataDir);
      outcomes.push(await runAndKill(['import', dataDir, pkgFile], k * 90));
      const backend = createBackend({ dataDir, host: 'web', version: 'test' });
      try {
        assertCleanAfterReopen(backend, dataDir);
        const audits = backend.database!.db.prepare('SELECT count(*) FROM audits').pluck().get() as number;
        const photos = backend.database!.db.prepare('SELECT count(*) FROM evidence').pluck().get() as number;
        expect([audits, photos], `kill ${k}`).toEqual(audits === 0 ? [0, 0] : [6, 6]);
        expect(
          backend.database!.db.prepare("SELECT count(*) FROM clients WHERE name = 'Local client'").pluck().get(),
        ).toBe(1);
      } finally {
        backend.close();
      }
    }
    // The spread reached both sides: some kills landed before the commit.
    expect(outcomes).toContain('killed');
  });

  it(`a migration, killed ${KILLS} times at spread moments`, async () => {
    const work = tempDir('ja-kill-migrate-');
    const base = path.join(work, 'base');
    const seed = createBackend({ dataDir: base, host: 'web', version: 'test' });
    for (let i = 0; i < 50; i++) await dispatchOk(seed, 'clients.create', { name: `Client ${i}` });
    seed.close();
    const outcomes: string[] = [];
    for (let k = 0; k < KILLS; k++) {
      const dataDir = path.join(work, `run-${k}`);
      copyDir(base, dataDir);
      const file = path.join(dataDir, DATABASE_FILE_NAME);
      outcomes.push(await runAndKill(['migrate', file], k * 60));
      const db = new Database(file, { readonly: true });
      try {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        const version = db.pragma('user_version', { simple: true }) as number;
        const hasCode =
          (db
            .prepare("SELECT count(*) FROM pragma_table_info('clients') WHERE name = 'code'")
            .pluck()
            .get() as number) === 1;
        const filler = db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'filler'").pluck().get() === 1;
        if (version === LATEST_SCHEMA_VERSION) expect([hasCode, filler], `kill ${k}`).toEqual([false, false]);
        else {
          expect(version).toBe(LATEST_SCHEMA_VERSION + 1);
          expect([hasCode, db.prepare('SELECT count(*) FROM filler').pluck().get()]).toEqual([true, 150000]);
        }
        expect(db.prepare('SELECT count(*) FROM clients').pluck().get()).toBe(50);
      } finally {
        db.close();
      }
      if (db.open) db.close();
      // At the old version the app opens it again and sweeps what the kill left (a half-written copy).
      const reopened = createBackend({ dataDir, host: 'web', version: 'test' });
      if (!reopened.startupError) assertCleanAfterReopen(reopened, dataDir);
      else expect(reopened.startupError.code).toBe('DB_NEWER_VERSION');
      reopened.close();
      expect(filesUnder(dataDir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    }
    expect(outcomes).toContain('killed');
  });

  it(`a restore, killed ${KILLS} times at spread moments`, async () => {
    const work = tempDir('ja-kill-restore-');
    const base = path.join(work, 'base');
    const seed = createBackend({ dataDir: base, host: 'web', version: 'test' });
    const db = seed.database!.db;
    const insert = db.prepare(
      "INSERT INTO clients (id, name, notes, created_at, updated_at) VALUES (lower(hex(randomblob(16))), ?, ?, 'x', 'x')",
    );
    db.transaction(() => {
      for (let i = 0; i < 20_000; i++) insert.run(`Backed-up client ${i}`, 'n'.repeat(200));
    })();
    const backup = await dispatchOk(seed, 'backups.create', {});
    db.prepare("DELETE FROM clients WHERE name LIKE 'Backed-up client 1%'").run();
    await dispatchOk(seed, 'clients.create', { name: 'Only after the backup' });
    const current = db.prepare('SELECT count(*) FROM clients').pluck().get() as number;
    seed.close();

    const outcomes: string[] = [];
    for (let k = 0; k < KILLS; k++) {
      const dataDir = path.join(work, `run-${k}`);
      copyDir(base, dataDir);
      outcomes.push(await runAndKill(['restore', dataDir, backup.name], k * 40));
      const backend = createBackend({ dataDir, host: 'web', version: 'test' });
      try {
        assertCleanAfterReopen(backend, dataDir);
        const count = backend.database!.db.prepare('SELECT count(*) FROM clients').pluck().get() as number;
        const after = backend
          .database!.db.prepare("SELECT count(*) FROM clients WHERE name = 'Only after the backup'")
          .pluck()
          .get() as number;
        // Either wholly the data before the restore, or wholly the backup.
        expect([count, after], `kill ${k}`).toEqual(after === 1 ? [current, 1] : [20_000, 0]);
      } finally {
        backend.close();
      }
    }
    expect(outcomes).toContain('killed');
  });
});
