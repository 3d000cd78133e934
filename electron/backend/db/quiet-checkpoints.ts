import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { AppError } from '../../../shared/result';
import type { Db } from './db-handle';
import { checkpointLoopSource, SLOT, SLOTS, STAGE, type CheckpointWorkerData } from './checkpoint-worker';
import { makeRoomInWal } from './wal-room';

/**
 * When the WAL is copied back into the database file. SQLite's default copies it on the commit
 * that takes the WAL past 1,000 pages, so about one save in a hundred also pays for a checkpoint
 * (several milliseconds, the slowest saves of a walk). Here a worker thread with its own
 * connection copies it while saves go on (`checkpoint-worker.ts`): whenever `CHECKPOINT_CHUNK_PAGES`
 * are waiting, and the rest once writes have been quiet for a moment. The write connection's own
 * checkpoint at `WAL_PAGES_BOUND` stays: it then has only the last pages to copy, and it is what
 * lets the WAL start over from its beginning during a long burst (a WAL that only grows makes
 * every commit slower); it is also the whole bound, as SQLite's own, if the worker could not start
 * or is gone. Durability is untouched: a commit is durable once its WAL frames are synced
 * (synchronous = FULL), checkpointed or not. When writes begin, the WAL file is first made long enough
 * for the bound (`wal-room.ts`), so that commits write over it instead of making it longer.
 */

/** Writes at least this far apart count as quiet: the worker copies the rest of the WAL then. */
export const QUIET_BEFORE_CHECKPOINT_MS = 1_000;
/**
 * WAL pages at which a commit checkpoints anyway (about 25 MB of 4 KB pages), once every ~650 saves of a
 * burst; the WAL then starts over from its beginning. With the last commits past it, it is the room made in the
 * WAL file (and its wal-index) when writes begin (`WAL_ROOM_FRAMES`), so it is not made larger still. Against
 * 3,000 pages (and chunks of 1,500), the p99 of 1,000 saves into a 300 x 8 audit (the middle of three rounds) was
 * lower in six of six paired probe runs: 0.72-1.01 ms instead of 0.90-1.15; against 3,900, lower in seven of eight.
 */
export const WAL_PAGES_BOUND = 6_000;
/**
 * Uncopied WAL pages at which the worker checkpoints during a burst. Few and large: a save that runs while
 * a checkpoint syncs the database file takes ~1.7x as long (probe: 0.75 vs 0.45 ms median), and the pages
 * a burst keeps rewriting are copied once per checkpoint; with 500 about 20 saves in 1,000 ran beside one.
 */
export const CHECKPOINT_CHUNK_PAGES = 3_000;
/** The worker's last copy before the bound runs this many pages short of it (a few saves' worth). */
const NEAR_BOUND_PAGES = 120;
/**
 * The WAL's length, in frames, made once per write session (`makeRoomInWal`): the bound, and the commits that
 * run past it before its checkpoint lets the WAL start over. Writes within it never grow the file.
 */
export const WAL_ROOM_FRAMES = WAL_PAGES_BOUND + NEAR_BOUND_PAGES;
/** How often the worker looks at the WAL while writes go on: a few saves apart. */
const POLL_MS = 2;
/**
 * How long closing waits for the worker's connection to close (a checkpoint in progress finishes first).
 * Past it the close is refused: a restore must not swap the file while that connection is open, because
 * its own close later removes the -wal and -shm files by name, the restored database's by then.
 */
const CLOSE_WAIT_MS = 30_000;

interface Checkpoints {
  flags: Int32Array;
  worker: Worker | null;
  /**
   * The wal-index (-shm) file, opened here for the worker to read and closed only after this connection:
   * closing any descriptor of a file drops every POSIX lock the process holds on it, SQLite's among them.
   */
  shm: number | null;
  /** The worker is started with the first write that changed something (or when a writer asks for it). */
  waiting: { quietMs: number } | null;
}

const checkpoints = new WeakMap<Db, Checkpoints>();

/**
 * Moves a write connection's checkpoints off its commits (call once, after opening it). The worker
 * starts with the first write that changes something, or when a writer is about to write
 * (`startCheckpoints`): a session that only reads (a dashboard after a start) never starts a thread,
 * and the first read after opening does not share the machine with one starting. Its `close()`
 * stops the worker first and waits for its connection to close (a restore swaps the file next).
 */
export function checkpointWhenQuiet(db: Db, quietMs = QUIET_BEFORE_CHECKPOINT_MS, closeWaitMs = CLOSE_WAIT_MS): void {
  db.pragma(`wal_autocheckpoint = ${WAL_PAGES_BOUND}`);
  const flags = new Int32Array(new SharedArrayBuffer(SLOTS * Int32Array.BYTES_PER_ELEMENT));
  const state: Checkpoints = { flags, worker: null, shm: null, waiting: { quietMs } };
  checkpoints.set(db, state);
  const close = db.close.bind(db);
  db.close = () => {
    if (!stopWorker(state, closeWaitMs)) {
      throw new AppError(
        'INTERNAL',
        'The database could not be closed yet: its background copy is still running. Nothing was changed; try again in a moment.',
      );
    }
    const closed = close();
    if (state.shm !== null) fs.closeSync(state.shm);
    state.shm = null;
    return closed;
  };
}

/**
 * Starts the connection's write session if it has not started yet (a writer about to write calls this): makes
 * the WAL's room for a burst of writes, then starts the checkpoint worker.
 */
export function startCheckpoints(db: Db): void {
  const state = checkpoints.get(db);
  if (!state?.waiting) return;
  const { quietMs } = state.waiting;
  state.waiting = null;
  if (db.memory || db.readonly) return;
  // Before the worker starts: its start and the zeros' sync do not share the first saves' moment.
  makeRoomInWal(db, WAL_ROOM_FRAMES, shmOf(db, state));
  state.worker = startWorker(db, state, quietMs);
}

/** Called after each committed write: counts it for the worker, and wakes the worker if writes had paused. */
export function noteWrite(db: Db): void {
  const state = checkpoints.get(db);
  // Until something has changed since the connection opened (total_changes counts from the open), no worker:
  // opening a database whose roll-ups are all current writes a transaction that changes nothing.
  if (state?.waiting && (db.prepare('SELECT total_changes()').pluck().get() as number) > 0) startCheckpoints(db);
  if (!state?.worker) return;
  Atomics.add(state.flags, SLOT.writes, 1);
  if (Atomics.load(state.flags, SLOT.sleeping) === 1) Atomics.notify(state.flags, SLOT.writes);
}

/** The connection's checkpoint worker has been started (it may have stopped since). */
export function checkpointsStarted(db: Db): boolean {
  const state = checkpoints.get(db);
  return state !== undefined && state.waiting === null;
}

/** Checkpoints the worker has run on this connection's file so far (0 without a worker). */
export function workerCheckpoints(db: Db): number {
  const state = checkpoints.get(db);
  return state ? Atomics.load(state.flags, SLOT.checkpoints) : 0;
}

function startWorker(db: Db, state: Checkpoints, quietMs: number): Worker | null {
  try {
    const file = path.resolve(db.name);
    const shm = shmOf(db, state);
    if (shm === null) return null;
    const data: CheckpointWorkerData = {
      sqlite: sqliteModulePath(),
      file,
      shm,
      shared: state.flags.buffer as SharedArrayBuffer,
      chunkPages: CHECKPOINT_CHUNK_PAGES,
      boundPages: WAL_PAGES_BOUND,
      nearBoundPages: NEAR_BOUND_PAGES,
      pollMs: POLL_MS,
      quietMs,
      slot: SLOT,
      stage: STAGE,
    };
    const worker = new Worker(checkpointLoopSource, { eval: true, workerData: data });
    // A checkpointer never keeps the process alive.
    worker.unref();
    const gone = () => {
      const state = checkpoints.get(db);
      // From here on the write connection copies the WAL itself at the bound, as SQLite does by default.
      if (state?.worker === worker) state.worker = null;
    };
    worker.on('error', gone);
    worker.on('exit', gone);
    return worker;
  } catch {
    return null;
  }
}

/**
 * The connection's descriptor of its wal-index (-shm), opened once and closed only after the connection (closing
 * any descriptor of a file drops every POSIX lock the process holds on it, SQLite's among them): the worker reads
 * the WAL's state from it, and the room is made in it. Null when it cannot be opened.
 */
function shmOf(db: Db, state: Checkpoints): number | null {
  if (state.shm === null) {
    try {
      state.shm = fs.openSync(`${path.resolve(db.name)}-shm`, 'r+');
    } catch {
      return null;
    }
  }
  return state.shm;
}

/** Bundled code (CommonJS) resolves better-sqlite3 as its own import did; code run from source, from the project folder. */
function sqliteModulePath(): string {
  const from = typeof require === 'function' ? require : createRequire(path.join(process.cwd(), 'package.json'));
  return from.resolve('better-sqlite3');
}

/** Stops the worker; false when its connection is still open after `waitMs`. */
function stopWorker(state: Checkpoints, waitMs: number): boolean {
  state.waiting = null;
  const worker = state.worker;
  if (!worker) return true;
  Atomics.store(state.flags, SLOT.stop, 1);
  // Bumped too, so a worker just about to sleep until the next write does not.
  Atomics.add(state.flags, SLOT.writes, 1);
  Atomics.notify(state.flags, SLOT.writes);
  Atomics.notify(state.flags, SLOT.tick);
  // Its connection is closed before ours (a checkpoint in progress finishes first); one not yet opened never will be.
  if (Atomics.compareExchange(state.flags, SLOT.stage, STAGE.starting, STAGE.cancelled) === STAGE.open)
    Atomics.wait(state.flags, SLOT.stage, STAGE.open, waitMs);
  if (Atomics.load(state.flags, SLOT.stage) === STAGE.open) return false;
  state.worker = null;
  void worker.terminate();
  return true;
}
