import type { Db } from './open-database';
import { noteWrite } from './quiet-checkpoints';

/** Runs a write as one IMMEDIATE transaction: it takes the write lock up front, so it never fails half way on a lock upgrade. */
export function write<T>(db: Db, fn: () => T): T {
  const result = runnerOf(db).immediate(fn) as T;
  noteWrite(db);
  return result;
}

/** One transaction wrapper per connection (better-sqlite3 builds a new one per `transaction()` call: garbage on every save). */
const runners = new WeakMap<Db, ReturnType<Db['transaction']>>();
function runnerOf(db: Db) {
  let runner = runners.get(db);
  if (!runner) runners.set(db, (runner = db.transaction((fn: () => unknown) => fn())));
  return runner;
}
