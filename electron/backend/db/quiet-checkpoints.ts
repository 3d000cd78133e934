import type { Db } from './db-handle';

/**
 * When the WAL is copied back into the database file. SQLite's default copies it on the commit
 * that takes the WAL past 1,000 pages, so about one save in a hundred also pays for a
 * checkpoint (several milliseconds, the slowest saves of a walk). Here the copy runs once writes
 * have been quiet for a moment, between saves rather than inside one; SQLite's own checkpoint on
 * commit stays as the bound for writes that never pause. Durability is untouched: a commit is
 * durable once its WAL frames are synced (synchronous = FULL), checkpointed or not.
 */

/** Writes at least this far apart count as quiet: the WAL is checkpointed then. */
export const QUIET_BEFORE_CHECKPOINT_MS = 1_000;
/**
 * WAL pages at which a commit checkpoints anyway (about 12 MB of 4 KB pages), for writes that never
 * pause. Not much more: after a checkpoint the WAL is written again from its start, and a commit
 * that only overwrites the file syncs faster than one that also has to make it longer.
 */
export const WAL_PAGES_BOUND = 3_000;

interface Quiet {
  quietMs: number;
  lastWrite: number;
  timer: NodeJS.Timeout | null;
}

const quiets = new WeakMap<Db, Quiet>();

/** Moves a write connection's checkpoints off its commits (call once, after opening it). */
export function checkpointWhenQuiet(db: Db, quietMs = QUIET_BEFORE_CHECKPOINT_MS): void {
  db.pragma(`wal_autocheckpoint = ${WAL_PAGES_BOUND}`);
  quiets.set(db, { quietMs, lastWrite: 0, timer: null });
}

/** Called after each committed write: (re)starts the wait for quiet. */
export function noteWrite(db: Db): void {
  const quiet = quiets.get(db);
  if (!quiet) return;
  quiet.lastWrite = performance.now();
  // One timer per quiet period, not one per write: when it fires early it waits out the rest.
  if (!quiet.timer) arm(db, quiet, quiet.quietMs);
}

function arm(db: Db, quiet: Quiet, ms: number): void {
  quiet.timer = setTimeout(() => {
    quiet.timer = null;
    if (!db.open) return;
    const since = performance.now() - quiet.lastWrite;
    if (since < quiet.quietMs) return arm(db, quiet, quiet.quietMs - since);
    try {
      // PASSIVE: copies what no reader still needs and never waits; the next write restarts the WAL.
      db.pragma('wal_checkpoint(PASSIVE)');
    } catch {
      // A checkpoint that cannot run now (a streamed read still holds the connection, the file is busy or
      // gone) loses nothing: the WAL keeps every commit; the next quiet moment, the bound or closing copies it.
    }
  }, ms);
  // A pending checkpoint never keeps the process alive; closing the database checkpoints anyway.
  quiet.timer.unref();
}
