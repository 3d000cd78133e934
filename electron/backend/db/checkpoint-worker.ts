/**
 * The checkpointer that runs beside the app's write connection, on a worker thread with a
 * connection of its own to the same file: it copies the WAL into the database file while saves go
 * on, so a save never waits for that copy (several milliseconds and a sync of the database file).
 *
 * `checkpointLoop` is sent to the worker as source text (`checkpointLoopSource`), so the same code
 * runs whether the backend is bundled or run from source (tests, tsx): it must use nothing but its
 * parameters and globals.
 */

/** Slots of the Int32Array over `CheckpointWorkerData.shared`. */
export const SLOT = {
  /** Commits on the write connection, bumped after each (a plain atomic add: no system call on the save path). */
  writes: 0,
  /** Set by the write connection to stop the worker. */
  stop: 1,
  /** The worker's connection: `STAGE` (the write connection waits for `closed` before its own close: a restore swaps the file next). */
  stage: 2,
  /** Checkpoints the worker has run. */
  checkpoints: 3,
  /** 1 while the worker sleeps until the next write (writes were quiet): only then does a write wake it. */
  sleeping: 4,
  /** Never set: the worker's pause between looks at the WAL while writes go on. */
  tick: 5,
} as const;
export const SLOTS = 6;
export const STAGE = { starting: 0, open: 1, cancelled: 2, closed: 3 } as const;

export interface CheckpointWorkerData {
  /** Module path of better-sqlite3, as the write connection's code resolved it. */
  sqlite: string;
  /** The database file. */
  file: string;
  /** A descriptor of its wal-index (-shm), owned by the write connection's thread: never closed here. */
  shm: number;
  shared: SharedArrayBuffer;
  /** WAL pages not yet copied at which a checkpoint runs even while writes go on. */
  chunkPages: number;
  /**
   * WAL pages at which the write connection checkpoints on commit (SQLite's wal_autocheckpoint): that
   * checkpoint is what lets the WAL restart during a burst, so the worker copies the WAL once more
   * just before it and leaves it only the last few pages.
   */
  boundPages: number;
  /** How close to `boundPages` that last copy runs. */
  nearBoundPages: number;
  /** How often the worker looks at the WAL while writes go on (ms). */
  pollMs: number;
  /** Writes at least this far apart count as quiet: the rest of the WAL is copied then. */
  quietMs: number;
  slot: typeof SLOT;
  stage: typeof STAGE;
}

export function checkpointLoop(load: (id: string) => unknown, data: CheckpointWorkerData): void {
  const { slot, stage } = data;
  const flags = new Int32Array(data.shared);
  // Stopped before it got going: no connection is opened at all.
  if (Atomics.compareExchange(flags, slot.stage, stage.starting, stage.open) !== stage.starting) return;
  const fs = load('node:fs') as typeof import('node:fs');
  try {
    const Database = load(data.sqlite) as typeof import('better-sqlite3');
    const db = new Database(data.file, { fileMustExist: true });
    try {
      // Never wait for a lock: a checkpoint that cannot run now runs at the next wake.
      db.pragma('busy_timeout = 0');
      db.pragma('synchronous = FULL');
      const header = Buffer.alloc(100);
      /** Whether a checkpoint is due, from SQLite's wal-index (walformat.html: mxFrame at offset 16, nBackfill at 96). */
      const due = (): boolean => {
        try {
          fs.readSync(data.shm, header, 0, header.length, 0);
        } catch {
          return true;
        }
        const frames = header.readUInt32LE(16);
        const copied = header.readUInt32LE(96);
        const near = data.boundPages - data.nearBoundPages;
        return frames - copied >= data.chunkPages || (frames >= near && copied < near);
      };
      const checkpoint = () => {
        try {
          // PASSIVE: copies what no reader still needs and never blocks the write connection.
          db.pragma('wal_checkpoint(PASSIVE)');
          Atomics.add(flags, slot.checkpoints, 1);
        } catch {
          // Busy (the write connection's own checkpoint runs) or the file is going away: the WAL keeps every commit.
        }
      };
      // While writes go on the worker looks at the WAL every `pollMs` (waking it on every save would cost each
      // save a system call, and on a busy machine its time slice); once they pause it sleeps until the next one.
      let seen = Atomics.load(flags, slot.writes);
      let lastWrite = performance.now();
      // Writes made before the worker got going are copied at the first quiet moment too.
      let pending = true;
      while (Atomics.load(flags, slot.stop) === 0) {
        const writes = Atomics.load(flags, slot.writes);
        if (writes !== seen) {
          seen = writes;
          lastWrite = performance.now();
          pending = true;
          if (due()) checkpoint();
        } else if (performance.now() - lastWrite >= data.quietMs) {
          if (pending) checkpoint();
          pending = false;
          Atomics.store(flags, slot.sleeping, 1);
          // Returns at once if a write (or the stop, which also bumps `writes`) came in since `seen`.
          Atomics.wait(flags, slot.writes, seen);
          Atomics.store(flags, slot.sleeping, 0);
          continue;
        }
        Atomics.wait(flags, slot.tick, 0, data.pollMs);
      }
    } finally {
      db.close();
    }
  } finally {
    Atomics.store(flags, slot.stage, stage.closed);
    Atomics.notify(flags, slot.stage);
  }
}

/**
 * The worker's program: `checkpointLoop` called with the worker's require and data. Run from source under tsx
 * (the fault runs), the function's text names esbuild's `__name` helper, which only the module that defined it
 * has: the program defines it too, or the worker would die at its first line and leave every checkpoint to the bound.
 */
export const checkpointLoopSource = `var __name = (target) => target; (${checkpointLoop.toString()})(require, require('node:worker_threads').workerData);`;
