import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/result';
import { APPLICATION_ID, LATEST_SCHEMA_VERSION, MIGRATIONS, identifyFile, type Migration } from './migrations';
import { toAppError } from './sqlite-errors';
import { makeBackupNow, swapInBackup } from '../backups/backup-files';
import { cacheStatements } from './statement-cache';
import { checkpointWhenQuiet } from './quiet-checkpoints';

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
    checkpointWhenQuiet(db);
    cacheStatements(db);
  } catch (error) {
    throw toAppError(error, file) ?? error;
  }

  const current = db.pragma('user_version', { simple: true }) as number;
  const pending = migrations.filter((m) => m.version > current);
  let backupFile: string | null = null;
  try {
    if (pending.length && current > 0)
      backupFile = path.join(
        path.dirname(file),
        'backups',
        makeBackupNow(db, path.dirname(file), 'before-migration', now()).name,
      );
  } catch (error) {
    db.close();
    throw toAppError(error, file) ?? error;
  }
  try {
    // All pending migrations commit together (each nested one is a savepoint): a crash or a failure
    // mid-way leaves the file wholly at its old version, never between two.
    if (pending.length) db.transaction(() => pending.forEach((m) => applyMigration(db, m, now()))).immediate();
    return {
      db,
      file,
      schemaVersion: pending.length ? latest : current,
      backupFile,
      appliedMigrations: pending.map((m) => m.version),
    };
  } catch (error) {
    db.close();
    throw migrationFailed(error, file, backupFile);
  }
}

/**
 * The migrations roll back together; the verified copy taken before the update is put back as
 * well (so the file is exactly what it was), and the message says what really happened.
 */
function migrationFailed(error: unknown, file: string, backupFile: string | null): AppError {
  const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
  if (!backupFile)
    return (
      toAppError(error, file) ?? new AppError('MIGRATION_FAILED', `Updating the new data file failed (${reason}).`)
    );
  try {
    swapInBackup(path.dirname(file), file, path.basename(backupFile));
  } catch (restoreError) {
    return new AppError(
      'MIGRATION_FAILED',
      `Updating the data file failed (${reason}), and putting back the copy taken before the update also failed (${
        restoreError instanceof Error ? restoreError.message : String(restoreError)
      }). The copy is kept at ${backupFile}.`,
    );
  }
  return new AppError(
    'MIGRATION_FAILED',
    `Updating the data file to this version failed (${reason}). The file was put back as it was before the update, from the copy ${path.basename(backupFile)}; nothing saved before was lost.`,
  );
}

/**
 * What a read-only connection cannot open because the file must be recovered first, as any program opening it
 * would: a hot rollback journal left by a kill in the middle of a transaction (a restored backup's first switch to
 * WAL is one), or a WAL index that must be rebuilt when only read access to it is to be had.
 */
const NEEDS_RECOVERY = new Set(['SQLITE_READONLY_ROLLBACK', 'SQLITE_READONLY_RECOVERY']);

function inspectExisting(file: string, latest: number): void {
  try {
    probeExisting(file, latest);
  } catch (error) {
    if (!needsRecovery(error)) throw error;
    // SQLite's own recovery (rolling back the unfinished transaction, rebuilding the index) on a connection that
    // may write, then the same look as before: the file is then as its last committed transaction left it.
    const recovering = new Database(file, { fileMustExist: true });
    try {
      recovering.pragma('user_version', { simple: true });
    } catch (recoveryError) {
      throw toAppError(recoveryError, file) ?? recoveryError;
    } finally {
      recovering.close();
    }
    try {
      probeExisting(file, latest);
    } catch (again) {
      throw toAppError(again, file) ?? again;
    }
  }
}

function needsRecovery(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && NEEDS_RECOVERY.has(code);
}

function probeExisting(file: string, latest: number): void {
  let probe: Db | undefined;
  try {
    probe = new Database(file, { readonly: true, fileMustExist: true });
    const { ours, version, empty } = identifyFile(probe);
    // Only an empty file (no schema at all) may become ours; any other file is another program's data.
    if (!ours && (!empty || version !== 0)) {
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
        `The data file ${file} is damaged (${String(check)}). It was left as it is; restore the newest good backup or choose another data folder.`,
      );
    }
  } catch (error) {
    if (needsRecovery(error)) throw error;
    throw toAppError(error, file) ?? error;
  } finally {
    probe?.close();
  }
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
