import type { Db } from './open-database';

/** Runs a write as one IMMEDIATE transaction: it takes the write lock up front, so it never fails half way on a lock upgrade. */
export function write<T>(db: Db, fn: () => T): T {
  return db.transaction(fn).immediate();
}
