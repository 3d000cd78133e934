import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/result';
import { APPLICATION_ID, LATEST_SCHEMA_VERSION, MIGRATIONS, type Migration } from './migrations';
import { toAppError } from './sqlite-errors';

export type { Db } from './db-handle';
import type { Db } from './db-handle';

export interface OpenedDatabase {
  db: Db;
  file: string;
  schemaVersion: number;
  /** Copy taken before migrations ran on an existing database, if any ran. */
  backupFile: string | null;
  appliedMigrations: number[];
}

export interface OpenOptions {
  migrations?: readonly Migration[];
  now?: () => Date;
}

/**
 * Opens (or creates) the one SQLite file. Order matters: the file is first inspected read-only, so
 * a database from a newer version, a foreign file or a damaged one is refused without a byte of it
 * changing; only then is it opened for writing, backed up and migrated.
 */
export function openDatabase(file: string, options: OpenOptions = {}): OpenedDatabase {
  const migrations = options.migrations ?? MIGRATIONS;
  const latest = migrations.length ? migrations[migrations.length - 1]!.version : 0;
  const now = options.now ?? (() => new Date());
  fs.mkdirSync(path.dirname(file), { recursive: true });

  if (fs.existsSync(file) && fs.statSync(file).size > 0) inspectExisting(file, latest);

  let db: Db;
  try {
    db = new Database(file);
    db.pragma('journal_mode = WAL');
    // WAL's default in better-sqlite3 is NORMAL, which can lose the last commits on power loss.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
  } catch (error) {
    throw toAppError(error, file) ?? error;
  }

  try {
    const current = db.pragma('user_version', { simple: true }) as number;
    const pending = migrations.filter((m) => m.version > current);
    let backupFile: string | null = null;
    if (pending.length && current > 0) backupFile = backupBeforeMigration(db, file, current, now());
    for (const migration of pending) applyMigration(db, migration, now());
    return {
      db,
      file,
      schemaVersion: pending.length ? latest : current,
      backupFile,
      appliedMigrations: pending.map((m) => m.version),
    };
  } catch (error) {
    db.close();
    throw toAppError(error, file) ?? error;
  }
}

function inspectExisting(file: string, latest: number): void {
  let probe: Db | undefined;
  try {
    probe = new Database(file, { readonly: true, fileMustExist: true });
    const version = probe.pragma('user_version', { simple: true }) as number;
    const appId = probe.pragma('application_id', { simple: true }) as number;
    if (appId !== 0 && appId !== APPLICATION_ID) {
      throw new AppError(
        'DB_NOT_OURS',
        `The file ${file} is a database of another program, not Journey Audit. It was left as it is.`,
      );
    }
    if (version > latest) {
      throw new AppError(
        'DB_NEWER_VERSION',
        `This data file was written by a newer version of Journey Audit (data version ${version}; this app knows up to ${latest}). ` +
          'Install the newer version to open it. The file was not changed.',
      );
    }
    const check = probe.pragma('quick_check', { simple: true });
    if (check !== 'ok') {
      throw new AppError(
        'DB_DAMAGED',
        `The data file ${file} is damaged (${String(check)}). It was left as it is; restore a backup from the backups folder or choose another data folder.`,
      );
    }
  } catch (error) {
    throw toAppError(error, file) ?? error;
  } finally {
    probe?.close();
  }
}

function backupBeforeMigration(db: Db, file: string, version: number, at: Date): string {
  const dir = path.join(path.dirname(file), 'backups');
  fs.mkdirSync(dir, { recursive: true });
  const stamp = at.toISOString().replace(/[:.]/g, '-');
  const target = path.join(dir, `${path.basename(file, path.extname(file))}-v${version}-${stamp}.sqlite`);
  // VACUUM INTO writes a consistent, self-contained copy even while the WAL holds recent commits.
  db.prepare('VACUUM INTO ?').run(target);
  return target;
}

function applyMigration(db: Db, migration: Migration, at: Date): void {
  db.transaction(() => {
    db.exec(migration.sql);
    migration.after?.(db, at);
    if (migration.version === 1) db.pragma(`application_id = ${APPLICATION_ID}`);
    db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
      migration.version,
      migration.name,
      at.toISOString(),
    );
    db.pragma(`user_version = ${migration.version}`);
  }).immediate();
}

export { LATEST_SCHEMA_VERSION };
