import { z } from 'zod';
import { BACKUP_INTERVAL_MINUTES, type BackupInfo } from '../backups/backup-policy';
import { returns } from './returns';

const backupName = z
  .string()
  .regex(/^journey-audit-[0-9TZ-]+-[a-z-]+\.sqlite$/, 'a backup file name')
  .max(120);

export interface BackupList {
  backups: BackupInfo[];
  /** Minutes between timed backups while there are changes; 0 = off. */
  intervalMinutes: number;
  folder: string;
}

export interface RestoreResult {
  restored: string;
  /** The backup that now holds the data as it was just before the restore (null when the file was damaged and was set aside as it was). */
  setAside: string | null;
}

/**
 * Backups and restore. These methods are answered even when the data file could not be opened,
 * so the damaged-file screen can offer the newest good backup.
 */
export const backupsApi = {
  'backups.list': { input: z.object({}).strict(), output: returns<BackupList>() },
  'backups.create': { input: z.object({}).strict(), output: returns<BackupInfo>() },
  'backups.restore': { input: z.object({ name: backupName }).strict(), output: returns<RestoreResult>() },
  'backups.setInterval': {
    input: z
      .object({ minutes: z.number().int().min(BACKUP_INTERVAL_MINUTES.min).max(BACKUP_INTERVAL_MINUTES.max) })
      .strict(),
    output: returns<{ minutes: number }>(),
  },
} as const;

export type BackupMethodName = keyof typeof backupsApi;
export const BACKUP_METHOD_NAMES = Object.keys(backupsApi) as BackupMethodName[];
export const isBackupMethod = (name: string): name is BackupMethodName =>
  (BACKUP_METHOD_NAMES as string[]).includes(name);
