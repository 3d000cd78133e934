import type { BackupList, RestoreResult } from '../../../shared/api/backups-api';
import {
  BACKUP_INTERVAL_MINUTES,
  DAILY_BACKUP_AGE_MS,
  newestGoodBackup,
  type BackupInfo,
  type BackupReason,
} from '../../../shared/backups/backup-policy';
import { AppError } from '../../../shared/result';
import type { Db } from '../db/open-database';
import {
  backupsDir,
  listBackups,
  makeBackup,
  pruneBackups,
  setAsideLiveFile,
  swapInBackup,
  verifyBackupFile,
  type BackupRecord,
} from './backup-files';

const INTERVAL_KEY = 'backupIntervalMinutes';

/** How the service reaches the live database; the backend owns opening and closing it. */
export interface LiveDatabase {
  dataDir: string;
  file: string;
  /** The open connection, or null when the file could not be opened (damaged, foreign...). */
  db(): Db | null;
  close(): void;
  /** Opens the file again after it was replaced; throws (and stays closed) if it cannot. */
  reopen(): void;
  now(): Date;
}

const publicInfo = ({ photoHashes: _hashes, ...info }: BackupRecord): BackupInfo => info;

/**
 * Rolling backups: one at open when the newest is older than a day, one before every import and
 * restore (migrations take theirs while opening), one every N minutes while there are changes,
 * pruned by the rotation in shared/backups. Restore sets the current file aside first.
 */
export function createBackupService(live: LiveDatabase) {
  let queue: Promise<unknown> = Promise.resolve();
  let changesAtLastBackup = -1;
  let lastBackupAt = 0;
  let timer: NodeJS.Timeout | null = null;
  let closed = false;

  /** Backups and restores run one at a time, in the order asked. */
  function serial<T>(job: () => Promise<T>): Promise<T> {
    const run = queue.then(job, job);
    queue = run.catch(() => undefined);
    return run;
  }

  const totalChanges = (db: Db) => db.prepare('SELECT total_changes()').pluck().get() as number;

  function readInterval(db: Db | null): number {
    if (!db) return BACKUP_INTERVAL_MINUTES.default;
    const v = db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(INTERVAL_KEY) as string | undefined;
    const n = v === undefined ? NaN : Number(v);
    return Number.isInteger(n) && n >= BACKUP_INTERVAL_MINUTES.min && n <= BACKUP_INTERVAL_MINUTES.max
      ? n
      : BACKUP_INTERVAL_MINUTES.default;
  }

  async function backupNow(reason: BackupReason): Promise<BackupRecord> {
    const db = live.db();
    if (!db) throw new AppError('DB_DAMAGED', 'The data file is not open, so there is nothing to back up.');
    const changes = totalChanges(db);
    const record = await makeBackup(db, live.dataDir, reason, live.now());
    changesAtLastBackup = changes;
    lastBackupAt = live.now().getTime();
    pruneBackups(live.dataDir);
    if (!record.verified)
      throw new AppError(
        'DB_DAMAGED',
        'The backup copy did not pass its integrity check; the data file may be damaged.',
      );
    return record;
  }

  const hasData = (db: Db) =>
    (db.prepare('SELECT (SELECT count(*) FROM clients) + (SELECT count(*) FROM audits)').pluck().get() as number) > 0;

  return {
    list(): BackupList {
      return {
        backups: listBackups(live.dataDir).map(publicInfo),
        intervalMinutes: readInterval(live.db()),
        folder: backupsDir(live.dataDir),
      };
    },

    create(reason: BackupReason = 'manual'): Promise<BackupInfo> {
      return serial(() => backupNow(reason)).then(publicInfo);
    },

    /** Before a risky write: a backup unless the newest one already holds exactly the current state. */
    async before(reason: 'before-import'): Promise<void> {
      const db = live.db();
      if (db && totalChanges(db) === changesAtLastBackup) return;
      await serial(() => backupNow(reason));
    },

    setInterval(minutes: number): { minutes: number } {
      const db = live.db();
      if (!db) throw new AppError('DB_DAMAGED', 'The data file is not open.');
      db.prepare(
        'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
      ).run(INTERVAL_KEY, String(minutes));
      return { minutes };
    },

    /** At open: a backup when the newest is older than a day (and there is anything to keep), and the timer. */
    start(tickMs = 60_000): Promise<void> {
      const db = live.db();
      const newest = newestGoodBackup(listBackups(live.dataDir));
      lastBackupAt = newest ? Date.parse(newest.createdAt) : 0;
      timer = setInterval(() => void this.tick().catch(() => undefined), tickMs);
      timer.unref();
      if (db && hasData(db) && live.now().getTime() - lastBackupAt > DAILY_BACKUP_AGE_MS)
        return serial(() => backupNow('daily')).then(
          () => undefined,
          (error: unknown) => {
            if (!closed) console.error('[backups] the daily backup failed', error);
          },
        );
      return Promise.resolve();
    },

    /** A timed backup when the interval has passed and something changed since the last one. */
    async tick(): Promise<BackupInfo | null> {
      const db = live.db();
      if (!db || closed) return null;
      const minutes = readInterval(db);
      if (minutes === 0 || live.now().getTime() - lastBackupAt < minutes * 60_000) return null;
      if (totalChanges(db) === changesAtLastBackup || !hasData(db)) return null;
      return serial(() => backupNow('interval')).then(publicInfo);
    },

    /** Restores a backup: checks it, sets the current file aside (a backup, or moved aside when damaged), swaps, reopens. */
    restore(name: string): Promise<RestoreResult> {
      return serial(async () => {
        verifyBackupFile(live.dataDir, name);
        let setAside: string | null;
        if (live.db()) {
          setAside = (await backupNow('before-restore')).name;
          live.close();
        } else {
          setAside = setAsideLiveFile(live.dataDir, live.file, live.now());
        }
        swapInBackup(live.dataDir, live.file, name);
        live.reopen();
        return { restored: name, setAside };
      });
    },

    /** The newest good backup, restored (the web host's --restore-latest). */
    restoreLatest(): Promise<RestoreResult> {
      const newest = newestGoodBackup(listBackups(live.dataDir));
      if (!newest)
        return Promise.reject(new AppError('NOT_FOUND', `There is no good backup in ${backupsDir(live.dataDir)}.`));
      return this.restore(newest.name);
    },

    /** Waits for running backups, then stops the timer. */
    async stop(): Promise<void> {
      closed = true;
      if (timer) clearInterval(timer);
      await queue;
    },

    /** Stops the timer at once (the database is about to close). */
    stopNow(): void {
      closed = true;
      if (timer) clearInterval(timer);
    },
  };
}

export type BackupService = ReturnType<typeof createBackupService>;
