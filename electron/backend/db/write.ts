import type { Db } from './open-database';
import { noteWrite } from './quiet-checkpoints';

/** Runs a write as one IMMEDIATE transaction: it takes the write lock up front, so it never fails half way on a lock upgrade. */
export function write<T>(db: Db, fn: () => T): T {
  const result = db.transaction(fn).immediate();
  noteWrite(db);
  return result;
}
