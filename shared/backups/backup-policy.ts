/**
 * The backup rules, defined once: when a backup is due, how many are kept, and which are kept.
 * Used by the backend (making and pruning backups, sweeping photo files) and by Settings → Backups.
 */

/** Why a backup was made; shown to the user in words. */
export const BACKUP_REASONS = [
  'daily',
  'interval',
  'manual',
  'before-import',
  'before-restore',
  'before-migration',
] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

export interface BackupCounts {
  clients: number;
  audits: number;
  answers: number;
  photos: number;
}

/** What Settings → Backups lists; recorded beside each backup file when it is made. */
export interface BackupInfo {
  /** File name in the backups folder, e.g. journey-audit-2026-12-01T10-00-00-000Z-daily.sqlite. */
  name: string;
  createdAt: string;
  reason: BackupReason;
  bytes: number;
  counts: BackupCounts;
  /** integrity_check of the copy said ok when it was made. */
  verified: boolean;
  schemaVersion: number;
}

/** At open, a backup is made when the newest is older than this. */
export const DAILY_BACKUP_AGE_MS = 24 * 60 * 60 * 1000;

/** Every N minutes with changes (a setting); 0 turns the timed backups off. */
export const BACKUP_INTERVAL_MINUTES = { default: 30, min: 0, max: 24 * 60 } as const;

/** The rotation: the newest of each of the last 7 days and of the last 4 weeks, plus the 3 newest of all. */
export const BACKUP_ROTATION = { recent: 3, daily: 7, weekly: 4 } as const;

const dayKey = (d: Date) => d.toISOString().slice(0, 10);

/** ISO week (Monday first) as "2026-W49"; weeks are counted in UTC so every machine prunes alike. */
export function weekKey(d: Date): string {
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  // The Thursday of this week decides its year and number.
  t.setUTCDate(t.getUTCDate() + 4 - (t.getUTCDay() || 7));
  const week = Math.ceil(((t.getTime() - Date.UTC(t.getUTCFullYear(), 0, 1)) / 86_400_000 + 1) / 7);
  return `${t.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/**
 * Which backups the rotation keeps (by name). Only verified backups count towards the rotation;
 * an unverified one is never kept in place of a good one.
 */
export function backupsToKeep(backups: readonly Pick<BackupInfo, 'name' | 'createdAt' | 'verified'>[]): Set<string> {
  const good = backups.filter((b) => b.verified).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const keep = new Set(good.slice(0, BACKUP_ROTATION.recent).map((b) => b.name));
  const newestPer = (key: (d: Date) => string, limit: number) => {
    const seen = new Set<string>();
    for (const b of good) {
      const k = key(new Date(b.createdAt));
      if (seen.has(k)) continue;
      if (seen.size === limit) break;
      seen.add(k);
      keep.add(b.name);
    }
  };
  newestPer(dayKey, BACKUP_ROTATION.daily);
  newestPer(weekKey, BACKUP_ROTATION.weekly);
  return keep;
}

/** The newest verified backup, the one the damaged-file screen offers. */
export function newestGoodBackup<T extends Pick<BackupInfo, 'createdAt' | 'verified'>>(
  backups: readonly T[],
): T | null {
  return [...backups].filter((b) => b.verified).sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0] ?? null;
}
