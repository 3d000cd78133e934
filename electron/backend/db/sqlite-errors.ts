import { AppError } from '../../../shared/result';

interface SqliteError {
  code?: unknown;
  message?: unknown;
}

/** Maps SQLite's failure codes to messages a person can act on. Anything else is rethrown as is. */
export function toAppError(error: unknown, file?: string): AppError | undefined {
  if (error instanceof AppError) return error;
  const code = typeof (error as SqliteError)?.code === 'string' ? ((error as SqliteError).code as string) : '';
  const where = file ? ` (${file})` : '';
  // A write that failed, or the WAL's index that could not grow (SQLite writes to extend it): on a working disk,
  // no space left.
  if (code === 'SQLITE_FULL' || code === 'SQLITE_IOERR_WRITE' || code === 'SQLITE_IOERR_SHMSIZE' || code === 'ENOSPC') {
    return new AppError(
      'DISK_FULL',
      `The disk is full, so the change was not saved${where}. Free some space and try again; nothing was half-written.`,
    );
  }
  if (code.startsWith('SQLITE_READONLY') || code === 'EACCES' || code === 'EROFS') {
    return new AppError('READ_ONLY', `The data file cannot be written${where}. Check that the folder is writable.`);
  }
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) {
    return new AppError(
      'DB_DAMAGED',
      `The data file${where} is damaged or is not a database. It was left as it is; restore a backup or choose another data folder.`,
    );
  }
  return undefined;
}
