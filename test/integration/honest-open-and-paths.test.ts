import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, DATABASE_FILE_NAME, type Backend } from '../../electron/backend/backend';
import { openDatabase } from '../../electron/backend/db/open-database';
import {
  APPLICATION_ID,
  LATEST_SCHEMA_VERSION,
  MIGRATIONS,
  type Migration,
} from '../../electron/backend/db/migrations';
import { AppError } from '../../shared/result';
import { dispatchFailure, dispatchOk } from '../support/dispatch';
import { tempDir } from '../support/temp-dir';

const sha = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const errorOf = (fn: () => unknown): AppError => {
  try {
    fn();
  } catch (error) {
    return error as AppError;
  }
  throw new Error('expected a refusal');
};

let backend: Backend | null = null;
afterEach(() => {
  backend?.close();
  backend = null;
});

describe('a file the app writes never lands in the data folder, symlinks included', () => {
  it('refuses exports and packages into a folder that is a symlink to the data folder, and the data survives', async () => {
    const root = tempDir();
    const dataDir = path.join(root, 'data');
    backend = createBackend({ dataDir, host: 'desktop', version: 'test' });
    const client = await dispatchOk(backend, 'clients.create', { name: 'Bakery Nord' });
    const link = path.join(root, 'Documents-link');
    fs.symlinkSync(dataDir, link, 'dir');
    const nested = path.join(root, 'outer');
    fs.mkdirSync(nested);
    fs.symlinkSync(path.join(dataDir), path.join(nested, 'deeper'), 'dir');
    const db = path.join(dataDir, DATABASE_FILE_NAME);
    backend.database!.db.pragma('wal_checkpoint(TRUNCATE)');
    const before = sha(db);

    for (const target of [
      path.join(link, DATABASE_FILE_NAME),
      path.join(nested, 'deeper', 'journey-audit.sqlite-wal'),
      path.join(link, 'new-file.csv'),
    ]) {
      const exportError = await dispatchFailure(backend, 'exports.data', {
        scope: { clientId: client.id },
        format: 'csv',
        destination: { kind: 'file', path: target },
      });
      expect(exportError.code, target).toBe('NOT_ALLOWED');
      const packageError = await dispatchFailure(backend, 'packages.export', {
        scope: { clientId: client.id },
        name: 'x',
        destination: { kind: 'file', path: target },
      });
      expect(packageError.code, target).toBe('NOT_ALLOWED');
    }
    expect(sha(db)).toBe(before);
    expect(fs.existsSync(path.join(dataDir, 'new-file.csv'))).toBe(false);
    // Saves still work and the file still opens afterwards.
    await dispatchOk(backend, 'clients.update', { id: client.id, changes: { notes: 'still here' } });
    backend.close();
    backend = createBackend({ dataDir, host: 'desktop', version: 'test' });
    expect(backend.startupError).toBeNull();
    expect((await dispatchOk(backend, 'clients.get', { id: client.id })).notes).toBe('still here');

    // A real folder outside is fine, including one reached through a symlink.
    const out = path.join(root, 'out');
    fs.mkdirSync(out);
    fs.symlinkSync(out, path.join(root, 'out-link'), 'dir');
    const saved = await dispatchOk(backend, 'exports.data', {
      scope: { clientId: client.id },
      format: 'csv',
      destination: { kind: 'file', path: path.join(root, 'out-link', 'answers.csv') },
    });
    expect(saved.path).toBe(path.join(fs.realpathSync(out), 'answers.csv'));
    expect(fs.existsSync(path.join(out, 'answers.csv'))).toBe(true);
  });

  it('the web host never writes to a path a page names', async () => {
    const root = tempDir();
    backend = createBackend({ dataDir: path.join(root, 'data'), host: 'web', version: 'test' });
    const client = await dispatchOk(backend, 'clients.create', { name: 'A' });
    const error = await dispatchFailure(backend, 'packages.export', {
      scope: { clientId: client.id },
      name: 'x',
      destination: { kind: 'file', path: path.join(root, 'x.zip') },
    });
    expect(error.code).toBe('NOT_ALLOWED');
    expect(fs.existsSync(path.join(root, 'x.zip'))).toBe(false);
  });
});

describe('honest open', () => {
  const foreign = (dir: string, setup: (db: Database.Database) => void) => {
    const file = path.join(dir, DATABASE_FILE_NAME);
    const db = new Database(file);
    setup(db);
    db.close();
    return file;
  };

  it.each([
    ['application_id 0 with tables of its own', (db: Database.Database) => db.exec('CREATE TABLE notes (body TEXT)')],
    [
      'application_id 0 at user_version 3',
      (db: Database.Database) => {
        db.exec('CREATE TABLE things (x)');
        db.pragma('user_version = 3');
      },
    ],
    ['no tables but a user_version', (db: Database.Database) => db.pragma('user_version = 3')],
    [
      'another application_id',
      (db: Database.Database) => {
        db.pragma('application_id = 7');
        db.exec('CREATE TABLE songs (title TEXT)');
      },
    ],
  ])('refuses a SQLite file of another program (%s) and leaves it byte-identical', (_name, setup) => {
    const dir = tempDir();
    const file = foreign(dir, setup);
    const before = fs.readFileSync(file);
    expect(errorOf(() => openDatabase(file)).code).toBe('DB_NOT_OURS');
    backend = createBackend({ dataDir: dir, host: 'web', version: 'test' });
    expect(backend.startupError?.code).toBe('DB_NOT_OURS');
    backend.close();
    backend = null;
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.readdirSync(dir).sort()).toEqual([DATABASE_FILE_NAME]);
  });

  it('opens a file a kill left with a hot rollback journal (a restored backup switching to WAL): rolled back, not "cannot be written"', async () => {
    // The app's file, then turned into a restored backup (rollback journal mode) in the middle of a transaction.
    const first = tempDir('ja-hot-journal-a-');
    const made = createBackend({ dataDir: first, host: 'web', version: 'test' });
    await dispatchOk(made, 'clients.create', { name: 'Brașov Bank' });
    made.close();
    const file = path.join(first, DATABASE_FILE_NAME);
    const writer = new Database(file);
    writer.pragma('journal_mode = DELETE');
    writer.pragma('cache_size = 1'); // changed pages go to the file before the commit, as a long transaction's do
    writer.exec('BEGIN IMMEDIATE');
    writer.prepare("UPDATE clients SET name = 'Half-written ' || hex(randomblob(2000))").run();
    // What a kill at this moment leaves: the file and its journal, no process holding them.
    const dataDir = tempDir('ja-hot-journal-b-');
    for (const suffix of ['', '-journal'])
      fs.copyFileSync(file + suffix, path.join(dataDir, DATABASE_FILE_NAME + suffix));
    writer.exec('ROLLBACK');
    writer.close();
    const probe = new Database(path.join(dataDir, DATABASE_FILE_NAME), { readonly: true });
    expect(() => probe.pragma('user_version')).toThrow(expect.objectContaining({ code: 'SQLITE_READONLY_ROLLBACK' }));
    probe.close();

    backend = createBackend({ dataDir, host: 'web', version: 'test' });
    expect(backend.startupError).toBeNull();
    expect((await dispatchOk(backend, 'clients.list', {})).map((c) => c.name)).toEqual(['Brașov Bank']);
    expect(fs.existsSync(path.join(dataDir, `${DATABASE_FILE_NAME}-journal`))).toBe(false);
    expect(backend.database!.db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('takes an empty SQLite file (no schema at all) as its own', () => {
    const dir = tempDir();
    const file = foreign(dir, (db) => db.pragma('page_size = 4096'));
    const opened = openDatabase(file);
    expect(opened.db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(opened.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    opened.db.close();
  });

  it('a failed migration puts back the copy taken before it, and says so', () => {
    const dir = tempDir();
    const file = path.join(dir, DATABASE_FILE_NAME);
    const old = openDatabase(file);
    old.db.prepare("INSERT INTO clients (id, name, created_at, updated_at) VALUES ('c1', 'Kept', 'x', 'x')").run();
    old.db.close();
    const good: Migration = {
      version: LATEST_SCHEMA_VERSION + 1,
      name: 'adds a column',
      sql: "ALTER TABLE clients ADD COLUMN code TEXT NOT NULL DEFAULT 'none';",
    };
    const bad: Migration = {
      version: LATEST_SCHEMA_VERSION + 2,
      name: 'broken',
      sql: 'INSERT INTO nowhere VALUES (1);',
    };
    const error = errorOf(() => openDatabase(file, { migrations: [...MIGRATIONS, good, bad] }));
    expect(error.code).toBe('MIGRATION_FAILED');
    expect(error.message).toMatch(/no such table: nowhere/);
    expect(error.message).toMatch(
      /put back as it was before the update, from the copy journey-audit-.*-before-migration\.sqlite/,
    );
    const db = new Database(file, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(db.prepare("SELECT count(*) FROM pragma_table_info('clients') WHERE name = 'code'").pluck().get()).toBe(0);
    expect(db.prepare("SELECT name FROM clients WHERE id = 'c1'").pluck().get()).toBe('Kept');
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
    // The same file opens again with this version's migrations.
    const again = openDatabase(file);
    expect(again.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    again.db.close();
  });
});
