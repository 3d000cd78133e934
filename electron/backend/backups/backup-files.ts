import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {
  BACKUP_REASONS,
  backupsToKeep,
  type BackupCounts,
  type BackupInfo,
  type BackupReason,
} from '../../../shared/backups/backup-policy';
import { AppError } from '../../../shared/result';
import type { Db } from '../db/db-handle';
import { identifyFile, LATEST_SCHEMA_VERSION, type FileIdentity } from '../db/migrations';
import { referencedPhotoHashes } from '../evidence/photo-references';
import { syncDirectory, writeFileAtomic } from '../../files/write-file-atomic';

/** What is recorded beside each backup: its facts, and the photos it refers to (never swept while it is kept). */
export interface BackupRecord extends BackupInfo {
  photoHashes: string[];
}

export const backupsDir = (dataDir: string) => path.join(dataDir, 'backups');
/** A damaged file that a restore replaced is moved here as it was, never deleted. */
export const setAsideDir = (dataDir: string) => path.join(backupsDir(dataDir), 'set-aside');

const stamp = (at: Date) => at.toISOString().replace(/[:.]/g, '-');
export const backupFileName = (at: Date, reason: BackupReason) => `journey-audit-${stamp(at)}-${reason}.sqlite`;
const sidecarOf = (file: string) => file.replace(/\.sqlite$/, '.json');
const tempBeside = (file: string) =>
  path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);

function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

function countOf(db: Db, table: string): number {
  try {
    return db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  } catch {
    return 0; // an older schema may not have the table yet
  }
}

/** Opens a finished copy, makes it self-contained (no WAL), checks every page and counts what it holds. */
function inspectCopy(file: string): Omit<BackupRecord, 'name' | 'createdAt' | 'reason' | 'bytes'> {
  const copy = new Database(file, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
    const verified = copy.pragma('integrity_check', { simple: true }) === 'ok';
    const counts: BackupCounts = {
      clients: countOf(copy, 'clients'),
      audits: countOf(copy, 'audits'),
      answers: countOf(copy, 'answers'),
      photos: countOf(copy, 'evidence'),
    };
    let photoHashes: string[] = [];
    try {
      photoHashes = referencedPhotoHashes(copy);
    } catch {
      photoHashes = [];
    }
    return { verified, counts, photoHashes, schemaVersion: copy.pragma('user_version', { simple: true }) as number };
  } finally {
    copy.close();
  }
}

/** Verifies a copy under its temporary name, flushes it, gives it its real name, then records it. */
function finishBackup(temp: string, dir: string, name: string, reason: BackupReason, at: Date): BackupRecord {
  const facts = inspectCopy(temp);
  fsyncFile(temp);
  const file = path.join(dir, name);
  fs.renameSync(temp, file);
  syncDirectory(dir);
  const record: BackupRecord = { name, createdAt: at.toISOString(), reason, bytes: fs.statSync(file).size, ...facts };
  writeFileAtomic(sidecarOf(file), Buffer.from(JSON.stringify(record)));
  return record;
}

/** A backup with SQLite's online backup API: consistent while the app keeps writing. */
export async function makeBackup(db: Db, dataDir: string, reason: BackupReason, at: Date): Promise<BackupRecord> {
  const dir = backupsDir(dataDir);
  fs.mkdirSync(dir, { recursive: true });
  const name = uniqueName(dir, at, reason);
  const temp = tempBeside(path.join(dir, name));
  try {
    await db.backup(temp);
    return finishBackup(temp, dir, name, reason, at);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}

/**
 * The copy taken before a migration, while opening (synchronously, before anything else uses the
 * connection). VACUUM INTO is SQLite's own consistent copy; like every backup it is verified and recorded.
 */
export function makeBackupNow(db: Db, dataDir: string, reason: BackupReason, at: Date): BackupRecord {
  const dir = backupsDir(dataDir);
  fs.mkdirSync(dir, { recursive: true });
  const name = uniqueName(dir, at, reason);
  const temp = tempBeside(path.join(dir, name));
  try {
    db.prepare('VACUUM INTO ?').run(temp);
    return finishBackup(temp, dir, name, reason, at);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}

function uniqueName(dir: string, at: Date, reason: BackupReason): string {
  let t = at;
  // Two backups in the same millisecond (e.g. a restore right after an import) get distinct names.
  while (fs.existsSync(path.join(dir, backupFileName(t, reason)))) t = new Date(t.getTime() + 1);
  return backupFileName(t, reason);
}

/** The recorded backups whose file is present, newest first. */
export function listBackups(dataDir: string): BackupRecord[] {
  const dir = backupsDir(dataDir);
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const out: BackupRecord[] = [];
  for (const n of names) {
    if (!n.endsWith('.json') || n.startsWith('.')) continue;
    const file = path.join(dir, n.replace(/\.json$/, '.sqlite'));
    try {
      const record = JSON.parse(fs.readFileSync(path.join(dir, n), 'utf8')) as BackupRecord;
      if (record.name !== path.basename(file) || !(BACKUP_REASONS as readonly string[]).includes(record.reason))
        continue;
      if (!fs.existsSync(file)) continue;
      out.push(record);
    } catch {
      // A sidecar that cannot be read describes nothing we can offer.
    }
  }
  return out.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** Deletes the backups the rotation no longer keeps (file first, so a half-pruned one is never listed). */
export function pruneBackups(dataDir: string): string[] {
  const all = listBackups(dataDir);
  const keep = backupsToKeep(all);
  const removed: string[] = [];
  for (const b of all) {
    if (keep.has(b.name)) continue;
    const file = path.join(backupsDir(dataDir), b.name);
    fs.rmSync(file, { force: true });
    fs.rmSync(sidecarOf(file), { force: true });
    removed.push(b.name);
  }
  return removed;
}

/** Photos that some kept backup refers to: they must outlive the live database's reference. */
export function photosInBackups(dataDir: string): Set<string> {
  return new Set(listBackups(dataDir).flatMap((b) => b.photoHashes ?? []));
}

/**
 * Checks a backup file again before it replaces anything, as the open path would judge it, on a
 * read-only connection: it must be this app's (application_id), of a data version this app knows
 * (the file's and its record's), and whole (integrity_check). A refusal leaves the live file as it is.
 */
export function verifyBackupFile(dataDir: string, name: string): BackupRecord {
  const record = listBackups(dataDir).find((b) => b.name === name);
  if (!record) throw new AppError('NOT_FOUND', `There is no backup called ${name}.`);
  let identity: FileIdentity | null = null;
  let whole = false;
  try {
    const db = new Database(path.join(backupsDir(dataDir), name), { readonly: true, fileMustExist: true });
    try {
      identity = identifyFile(db);
      whole = identity.ours && db.pragma('integrity_check', { simple: true }) === 'ok';
    } finally {
      db.close();
    }
  } catch {
    whole = false; // not a database at all, or one SQLite cannot read: damaged, said below
  }
  if (identity && !identity.ours)
    throw new AppError(
      'DB_DAMAGED',
      `The backup ${name} is not a Journey Audit database (another program's file, or an empty one), so it was not restored. Your data was not changed; choose another backup.`,
    );
  const version = Math.max(identity?.version ?? 0, record.schemaVersion ?? 0);
  if (version > LATEST_SCHEMA_VERSION)
    throw new AppError(
      'DB_NEWER_VERSION',
      `The backup ${name} was made by a newer version of Journey Audit (data version ${version}; this app knows up to ${LATEST_SCHEMA_VERSION}), so it was not restored. Install the newer version to restore it. Your data was not changed.`,
    );
  if (!whole || !record.verified)
    throw new AppError('DB_DAMAGED', `The backup ${name} is damaged, so it was not restored. Choose another backup.`);
  return record;
}

const companions = (file: string) => [`${file}-wal`, `${file}-shm`, `${file}-journal`];

/**
 * Puts a backup in place of the (closed) live file: copied under a temporary name beside it,
 * flushed, the old file's WAL removed, then renamed over it. A crash leaves the old file or the new one.
 */
export function swapInBackup(dataDir: string, liveFile: string, name: string): void {
  const temp = tempBeside(liveFile);
  try {
    fs.copyFileSync(path.join(backupsDir(dataDir), name), temp);
    fsyncFile(temp);
    // A stale WAL beside the new file would be replayed onto it; the old file was checkpointed when it closed.
    for (const f of companions(liveFile)) fs.rmSync(f, { force: true });
    fs.renameSync(temp, liveFile);
    syncDirectory(path.dirname(liveFile));
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}

/** Moves a live file that cannot be opened (with its WAL) aside, as it is, before a restore replaces it. */
export function setAsideLiveFile(dataDir: string, liveFile: string, at: Date): string | null {
  if (!fs.existsSync(liveFile)) return null;
  const dir = setAsideDir(dataDir);
  fs.mkdirSync(dir, { recursive: true });
  const target = path.join(dir, `journey-audit-${stamp(at)}-damaged.sqlite`);
  for (const [from, to] of [
    [liveFile, target],
    ...companions(liveFile).map((f, i) => [f, target + ['-wal', '-shm', '-journal'][i]]),
  ] as [string, string][])
    if (fs.existsSync(from)) fs.renameSync(from, to);
  syncDirectory(dir);
  syncDirectory(path.dirname(liveFile));
  return path.relative(backupsDir(dataDir), target);
}
