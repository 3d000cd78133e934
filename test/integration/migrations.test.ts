import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APPLICATION_ID,
  LATEST_SCHEMA_VERSION,
  MIGRATIONS,
  type Migration,
} from '../../electron/backend/db/migrations';
import { openDatabase } from '../../electron/backend/db/open-database';
import { AppError } from '../../shared/result';
import { tempDir } from '../support/temp-dir';

const dbFile = () => path.join(tempDir(), 'journey-audit.sqlite');

function errorOf(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error('expected openDatabase to throw');
}

/**
 * The file as one self-contained database (no WAL beside it), to compare or damage its bytes. Done on a
 * connection of its own once the app's is closed: the app's write connection may have a checkpoint worker beside it.
 */
function asRollbackJournal(file: string): void {
  const db = new Database(file);
  db.pragma('journal_mode = DELETE');
  db.close();
}

describe('openDatabase and migrations', () => {
  it('creates the schema from an empty file, with durable pragmas', () => {
    const file = dbFile();
    const opened = openDatabase(file);
    const { db } = opened;
    expect(opened.appliedMigrations).toEqual(MIGRATIONS.map((m) => m.version));
    expect(opened.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['clients', 'schema_migrations', 'settings']));
    expect(db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all()).toEqual(
      MIGRATIONS.map((m) => m.version),
    );
    expect(opened.backupFile).toBeNull(); // nothing to back up in a new file
    db.close();
  });

  it('treats a zero-byte file as new', () => {
    const file = dbFile();
    fs.writeFileSync(file, '');
    const opened = openDatabase(file);
    expect(opened.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    opened.db.close();
  });

  it('re-opens without re-running migrations and keeps the data', () => {
    const file = dbFile();
    const first = openDatabase(file);
    first.db.prepare("INSERT INTO clients (id, name, created_at, updated_at) VALUES ('c1', 'Kept', 'x', 'x')").run();
    first.db.close();
    const second = openDatabase(file);
    expect(second.appliedMigrations).toEqual([]);
    expect(second.backupFile).toBeNull();
    expect(second.db.prepare('SELECT count(*) FROM schema_migrations').pluck().get()).toBe(MIGRATIONS.length);
    expect(second.db.prepare("SELECT name FROM clients WHERE id = 'c1'").pluck().get()).toBe('Kept');
    second.db.close();
  });

  it('migrates N-1 to N with the old rows intact, after taking a backup copy', () => {
    const file = dbFile();
    const base = MIGRATIONS;
    const old = openDatabase(file, { migrations: base });
    old.db.prepare("INSERT INTO clients (id, name, created_at, updated_at) VALUES ('c1', 'Before', 'x', 'x')").run();
    old.db.close();

    const next: Migration = {
      version: LATEST_SCHEMA_VERSION + 1,
      name: 'test: client code',
      sql: "ALTER TABLE clients ADD COLUMN code TEXT NOT NULL DEFAULT 'none';",
    };
    const migrated = openDatabase(file, { migrations: [...base, next], now: () => new Date('2027-01-02T03:04:05Z') });
    expect(migrated.appliedMigrations).toEqual([next.version]);
    expect(migrated.db.prepare("SELECT name, code FROM clients WHERE id = 'c1'").get()).toEqual({
      name: 'Before',
      code: 'none',
    });
    expect(migrated.backupFile).toMatch(/backups[\\/]journey-audit-2027-01-02T03-04-05-000Z-before-migration\.sqlite$/);
    const backup = new Database(migrated.backupFile!, { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(backup.prepare("SELECT name FROM clients WHERE id = 'c1'").pluck().get()).toBe('Before');
    backup.close();
    migrated.db.close();
  });

  it('rolls back a failing migration whole: version, rows and schema stay as they were', () => {
    const file = dbFile();
    openDatabase(file).db.close();
    const broken: Migration = {
      version: LATEST_SCHEMA_VERSION + 1,
      name: 'broken',
      sql: 'CREATE TABLE half_done (x INTEGER); INSERT INTO no_such_table VALUES (1);',
    };
    expect(() => openDatabase(file, { migrations: [...MIGRATIONS, broken] })).toThrow(/no such table/);
    const db = new Database(file, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").pluck().get()).toBe(0);
    db.close();
  });

  it('refuses a database written by a newer version and leaves it byte-identical', () => {
    const file = dbFile();
    const opened = openDatabase(file);
    opened.db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    opened.db.close();
    asRollbackJournal(file);
    const before = fs.readFileSync(file);
    const error = errorOf(() => openDatabase(file));
    expect(error.code).toBe('DB_NEWER_VERSION');
    expect(error.message).toContain(`data version ${LATEST_SCHEMA_VERSION + 5}`);
    expect(error.message).toMatch(/newer version of Journey Audit/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.existsSync(path.join(path.dirname(file), 'backups'))).toBe(false);
  });

  it('reports a file that is not a database clearly and leaves it alone', () => {
    const file = dbFile();
    fs.writeFileSync(file, 'These are meeting notes, not a database. '.repeat(200));
    const before = fs.readFileSync(file);
    const error = errorOf(() => openDatabase(file));
    expect(error.code).toBe('DB_DAMAGED');
    expect(error.message).toMatch(/damaged or is not a database/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('reports a database whose pages are damaged (quick_check fails)', () => {
    const file = dbFile();
    const opened = openDatabase(file);
    const insert = opened.db.prepare('INSERT INTO clients (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)');
    opened.db.transaction(() => {
      for (let i = 0; i < 3000; i++) insert.run(`id-${i}`, `Client ${i} ${'x'.repeat(50)}`, 'x', 'x');
    })();
    opened.db.close();
    asRollbackJournal(file);
    const raw = new Database(file, { readonly: true });
    const pageSize = raw.pragma('page_size', { simple: true }) as number;
    const indexRoot = raw
      .prepare("SELECT rootpage FROM sqlite_master WHERE name = 'clients_by_name'")
      .pluck()
      .get() as number;
    raw.close();
    // Scribble over the index's root page (keep the header page intact so the file still opens).
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, Buffer.alloc(pageSize, 0x5a), 0, pageSize, (indexRoot - 1) * pageSize);
    fs.closeSync(fd);
    const error = errorOf(() => openDatabase(file));
    expect(error.code).toBe('DB_DAMAGED');
    expect(error.message).toMatch(/is damaged/);
    expect(error.message).toMatch(/backup/);
  });

  it('refuses a SQLite file of another program', () => {
    const file = dbFile();
    const foreign = new Database(file);
    foreign.pragma('application_id = 12345');
    foreign.exec('CREATE TABLE songs (title TEXT)');
    foreign.close();
    const before = fs.readFileSync(file);
    expect(errorOf(() => openDatabase(file)).code).toBe('DB_NOT_OURS');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });
});
