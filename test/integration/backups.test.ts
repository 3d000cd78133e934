import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, DATABASE_FILE_NAME, type Backend } from '../../electron/backend/backend';
import { startWebHost } from '../../electron/web/web-host';
import { LATEST_SCHEMA_VERSION } from '../../electron/backend/db/migrations';
import { BACKUP_ROTATION } from '../../shared/backups/backup-policy';
import type { MethodInput, MethodName } from '../../shared/contract';
import { dispatchFailure, dispatchOk } from '../support/dispatch';
import { tempDir } from '../support/temp-dir';
import { testTemplate } from '../support/test-template';

let backend: Backend | null = null;
afterEach(() => {
  backend?.close();
  backend = null;
});
const call = <M extends MethodName>(method: M, input: MethodInput<M>) => dispatchOk(backend!, method, input);

const TABLES = ['clients', 'templates', 'template_versions', 'audits', 'answers', 'evidence', 'audit_changes'];
function everyRecord(db: Database.Database): Record<string, unknown[]> {
  return Object.fromEntries(TABLES.map((t) => [t, db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all()]));
}

async function seed(dataDir: string, at = () => new Date()) {
  backend = createBackend({ dataDir, host: 'web', version: 'test', now: at });
  const client = await call('clients.create', { name: 'Cedar Bank' });
  await call('clients.create', { name: 'Olive Grocers' });
  const template = await call('templates.import', { fileName: 't.json', text: JSON.stringify(testTemplate()) });
  const audit = await call('audits.create', {
    clientId: client.id,
    templateId: template.id,
    title: 'Spring visit',
    auditDate: '2027-03-02',
  });
  await call('audits.setAnswer', {
    auditId: audit.id,
    touchpointId: 'website',
    criterionId: 'price-shown',
    value: { kind: 'yesno', value: true },
  });
  await call('audits.setAnswer', {
    auditId: audit.id,
    touchpointId: 'website',
    criterionId: 'ease',
    value: { kind: 'scale', value: 4 },
  });
  const jpeg = await sharp({ create: { width: 80, height: 60, channels: 3, background: { r: 200, g: 40, b: 40 } } })
    .jpeg()
    .toBuffer();
  const photo = await call('evidence.add', {
    auditId: audit.id,
    touchpointId: 'branch',
    fileName: 'counter.jpg',
    dataBase64: jpeg.toString('base64'),
  });
  return { client, audit, photo };
}

/** Scribbles over a table's root page, as a failing disk would; the header page stays, so SQLite finds the damage. */
function damage(file: string, table: string) {
  const db = new Database(file);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.pragma('journal_mode = DELETE');
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const root = db.prepare('SELECT rootpage FROM sqlite_master WHERE name = ?').pluck().get(table) as number;
  db.close();
  const fd = fs.openSync(file, 'r+');
  fs.writeSync(fd, Buffer.alloc(pageSize, 0x5a), 0, pageSize, (root - 1) * pageSize);
  fs.closeSync(fd);
}

describe('backups and restore', () => {
  it('restores a damaged file from the newest backup in one call, with every record of the backup', async () => {
    const dataDir = tempDir();
    const { audit, photo } = await seed(dataDir);
    const made = await call('backups.create', {});
    expect(made).toMatchObject({
      reason: 'manual',
      verified: true,
      counts: { clients: 2, audits: 1, answers: 2, photos: 1 },
    });
    expect(made.bytes).toBe(fs.statSync(path.join(dataDir, 'backups', made.name)).size);
    const before = everyRecord(backend!.database!.db);
    backend!.close();

    const file = path.join(dataDir, DATABASE_FILE_NAME);
    damage(file, 'answers');
    const damagedBytes = fs.readFileSync(file);
    backend = createBackend({ dataDir, host: 'web', version: 'test' });
    expect(backend.startupError?.code).toBe('DB_DAMAGED');
    // Every other call is refused; the backups still answer.
    expect((await dispatchFailure(backend, 'clients.list', {})).code).toBe('DB_DAMAGED');
    const list = await call('backups.list', {});
    expect(list.backups.map((b) => b.name)).toEqual([made.name]);

    const restored = await call('backups.restore', { name: made.name });
    expect(restored.restored).toBe(made.name);
    expect(restored.setAside).toMatch(/^set-aside[\\/]journey-audit-.*-damaged\.sqlite$/);
    // The damaged file is kept, byte for byte, beside the backups.
    expect(fs.readFileSync(path.join(dataDir, 'backups', restored.setAside!)).equals(damagedBytes)).toBe(true);
    expect(backend.startupError).toBeNull();
    expect(everyRecord(backend.database!.db)).toEqual(before);
    expect(backend.database!.db.pragma('integrity_check', { simple: true })).toBe('ok');
    const image = await call('evidence.image', { id: photo.id, variant: 'original' });
    expect(image.mime).toBe('image/jpeg');
    expect((await call('audits.get', { id: audit.id })).title).toBe('Spring visit');
    // And it keeps working.
    await call('clients.create', { name: 'After the restore' });
  });

  it('a restore sets the current data aside as a backup first, so it can be undone', async () => {
    const dataDir = tempDir();
    const { client } = await seed(dataDir);
    const first = await call('backups.create', {});
    await call('clients.update', { id: client.id, changes: { name: 'Renamed later' } });
    const undo = await call('backups.restore', { name: first.name });
    expect((await call('clients.get', { id: client.id })).name).toBe('Cedar Bank');
    const list = await call('backups.list', {});
    const aside = list.backups.find((b) => b.name === undo.setAside)!;
    expect(aside.reason).toBe('before-restore');
    await call('backups.restore', { name: aside.name });
    expect((await call('clients.get', { id: client.id })).name).toBe('Renamed later');
  });

  it('refuses to restore a backup that is damaged, and changes nothing', async () => {
    const dataDir = tempDir();
    const { client } = await seed(dataDir);
    const made = await call('backups.create', {});
    await call('clients.update', { id: client.id, changes: { name: 'Current' } });
    damage(path.join(dataDir, 'backups', made.name), 'clients');
    const error = await dispatchFailure(backend!, 'backups.restore', { name: made.name });
    expect(error.code).toBe('DB_DAMAGED');
    expect((await call('clients.get', { id: client.id })).name).toBe('Current');
    expect((await call('backups.list', {})).backups).toHaveLength(1);
  });

  describe('refuses, before anything is set aside or swapped, a backup this app could not open', () => {
    /** The live data as the app reads it, the backups listed, and the live file's folder: all unchanged by a refusal. */
    async function state(dataDir: string) {
      return {
        records: everyRecord(backend!.database!.db),
        backups: (await call('backups.list', {})).backups,
        files: fs.readdirSync(dataDir).sort(),
        asideFolder: fs.existsSync(path.join(dataDir, 'backups', 'set-aside')),
      };
    }
    async function refusedRestore(change: (file: string, sidecar: string) => void) {
      const dataDir = tempDir();
      await seed(dataDir);
      const made = await call('backups.create', {});
      await call('clients.create', { name: 'Added after the backup' });
      const file = path.join(dataDir, 'backups', made.name);
      change(file, file.replace(/\.sqlite$/, '.json'));
      const before = await state(dataDir);
      const error = await dispatchFailure(backend!, 'backups.restore', { name: made.name });
      expect(await state(dataDir)).toEqual(before);
      expect(backend!.startupError).toBeNull();
      // The app keeps working on its data, with what was added after the backup.
      await call('clients.create', { name: 'Still working' });
      expect((await call('clients.list', {})).map((c) => c.name)).toContain('Added after the backup');
      return { error, name: made.name };
    }
    const newer = new RegExp(
      `^The backup (\\S+) was made by a newer version of Journey Audit \\(data version 999; this app knows up to ${LATEST_SCHEMA_VERSION}\\), so it was not restored\\. Install the newer version to restore it\\. Your data was not changed\\.$`,
    );

    it('one made by a newer version (its user_version)', async () => {
      const { error, name } = await refusedRestore((file) => {
        const db = new Database(file);
        db.pragma('user_version = 999');
        db.close();
      });
      expect(error.code).toBe('DB_NEWER_VERSION');
      expect(error.message).toMatch(newer);
      expect(error.message).toContain(name);
    });

    it('one whose record says a newer version made it', async () => {
      const { error } = await refusedRestore((_file, sidecar) => {
        const record = JSON.parse(fs.readFileSync(sidecar, 'utf8')) as { schemaVersion: number };
        fs.writeFileSync(sidecar, JSON.stringify({ ...record, schemaVersion: 999 }));
      });
      expect(error.code).toBe('DB_NEWER_VERSION');
      expect(error.message).toMatch(newer);
    });

    it.each([
      [
        "another program's valid SQLite file under the backup's name",
        (file: string) => {
          fs.rmSync(file);
          const db = new Database(file);
          db.exec('CREATE TABLE x (y)');
          db.close();
        },
      ],
      [
        'an empty SQLite file',
        (file: string) => {
          fs.rmSync(file);
          new Database(file).close();
        },
      ],
      [
        "a copy of this app's data marked as another program's",
        (file: string) => {
          const db = new Database(file);
          db.pragma('application_id = 42');
          db.close();
        },
      ],
    ])('%s', async (_kind, change) => {
      const { error, name } = await refusedRestore(change);
      expect(error.code).toBe('DB_DAMAGED');
      expect(error.message).toBe(
        `The backup ${name} is not a Journey Audit database (another program's file, or an empty one), so it was not restored. Your data was not changed; choose another backup.`,
      );
    });
  });

  it('the web host restores the newest good backup with --restore-latest', async () => {
    const dataDir = tempDir();
    await seed(dataDir);
    await call('backups.create', {});
    backend!.close();
    backend = null;
    damage(path.join(dataDir, DATABASE_FILE_NAME), 'clients');
    const host = await startWebHost({ dataDir, rendererDir: tempDir(), restoreLatest: true });
    try {
      expect(host.backend.startupError).toBeNull();
      expect(await dispatchOk(host.backend, 'clients.list', {})).toHaveLength(2);
    } finally {
      await host.close();
    }
  });

  it('backs up at open when the newest backup is older than a day, and on the interval only with changes', async () => {
    const dataDir = tempDir();
    let now = new Date('2027-05-01T08:00:00Z');
    await seed(dataDir, () => now);
    backend!.close();
    backend = createBackend({ dataDir, host: 'web', version: 'test', now: () => now, scheduledBackups: true });
    await backend.ready;
    const list = () => dispatchOk(backend!, 'backups.list', {}).then((l) => l.backups);
    expect((await list()).map((b) => b.reason)).toEqual(['daily']);
    // Within the interval, or without changes, nothing more.
    now = new Date('2027-05-01T08:10:00Z');
    expect(await backend.backups.tick()).toBeNull();
    now = new Date('2027-05-01T08:40:00Z');
    expect(await backend.backups.tick()).toBeNull();
    await dispatchOk(backend, 'clients.create', { name: 'New today' });
    const timed = await backend.backups.tick();
    expect(timed).toMatchObject({ reason: 'interval', counts: { clients: 3 } });
    // Reopened the same day: no new daily backup; a day later: one.
    backend.close();
    backend = createBackend({ dataDir, host: 'web', version: 'test', now: () => now, scheduledBackups: true });
    await backend.ready;
    expect(await list()).toHaveLength(2);
    backend.close();
    now = new Date('2027-05-02T09:00:00Z');
    backend = createBackend({ dataDir, host: 'web', version: 'test', now: () => now, scheduledBackups: true });
    await backend.ready;
    expect((await list()).map((b) => b.reason)).toEqual(['daily', 'interval', 'daily']);
  });

  it('prunes by the rotation, and never sweeps a photo file that a kept backup refers to', async () => {
    const dataDir = tempDir();
    let now = new Date('2027-01-01T10:00:00Z');
    const { photo } = await seed(dataDir, () => now);
    const sha = (backend!.database!.db.prepare('SELECT sha256 FROM evidence').pluck().get() as string)!;
    for (let day = 0; day < 40; day++) {
      now = new Date(Date.UTC(2027, 0, 1 + day, 10));
      await call('backups.create', {});
    }
    const kept = (await call('backups.list', {})).backups;
    // Hand-counted: the daily 7 are Feb 3..9 (and hold the 3 newest). Feb 9 is a Tuesday, so the 4 weeks'
    // newest are Feb 9 and Feb 7 (both already kept), Jan 31 and Jan 24: 9 in all.
    expect(BACKUP_ROTATION).toEqual({ recent: 3, daily: 7, weekly: 4 });
    expect(kept.map((b) => b.createdAt.slice(0, 10))).toEqual([
      '2027-02-09',
      '2027-02-08',
      '2027-02-07',
      '2027-02-06',
      '2027-02-05',
      '2027-02-04',
      '2027-02-03',
      '2027-01-31',
      '2027-01-24',
    ]);
    expect(fs.readdirSync(path.join(dataDir, 'backups')).filter((f) => f.endsWith('.sqlite'))).toHaveLength(
      kept.length,
    );

    // The photo is removed from the audit: the live file no longer refers to it, the backups do.
    await call('evidence.remove', { id: photo.id });
    const orphan = path.join(dataDir, 'evidence', 'ab', `${'ab'.repeat(32)}.jpg`);
    fs.mkdirSync(path.dirname(orphan), { recursive: true });
    fs.writeFileSync(orphan, 'left by a crash between the file and the commit');
    const temp = path.join(dataDir, '.journey-audit.sqlite.123.tmp');
    fs.writeFileSync(temp, 'half');
    const old = new Date(Date.now() - 60_000);
    fs.utimesSync(orphan, old, old);
    backend!.close();
    backend = createBackend({ dataDir, host: 'web', version: 'test', now: () => now });
    expect(fs.existsSync(orphan)).toBe(false);
    expect(fs.existsSync(temp)).toBe(false);
    const kept1 = fs.readdirSync(path.join(dataDir, 'evidence', sha.slice(0, 2)));
    expect(kept1).toEqual(expect.arrayContaining([`${sha}.jpg`, `${sha}.display.webp`]));
  });
});
