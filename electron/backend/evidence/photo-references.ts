import type { Db } from '../db/db-handle';

/**
 * Every photo file a database refers to: each original and each derived (redacted) copy. A file
 * outside this set, in the live database and every kept backup, may be swept. A database from
 * before derived copies (an old backup) has no such column: its originals are all it refers to.
 */
export function referencedPhotoHashes(db: Db): string[] {
  const hasDerived = db.prepare("SELECT 1 FROM pragma_table_info('evidence') WHERE name = 'redacted_sha256'").get();
  return db
    .prepare(
      hasDerived
        ? 'SELECT sha256 FROM evidence UNION SELECT redacted_sha256 FROM evidence WHERE redacted_sha256 IS NOT NULL'
        : 'SELECT DISTINCT sha256 FROM evidence',
    )
    .pluck()
    .all() as string[];
}
