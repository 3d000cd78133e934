import fs from 'node:fs';
import path from 'node:path';
import type { Db } from './db-handle';

/** A WAL file's header, and each frame's header before its page (https://www.sqlite.org/walformat.html). */
const WAL_HEADER_BYTES = 32;
const FRAME_HEADER_BYTES = 24;
/** Zeros are written in pieces of this size. */
const PIECE_BYTES = 1 << 20;
/**
 * SQLite's wal-index (-shm) grows in blocks of 32 KB: the first indexes 4,062 frames (4,096 less its header's
 * share), each later one 4,096 (walformat.html).
 */
const WAL_INDEX_BLOCK_BYTES = 32 * 1024;
const WAL_INDEX_FIRST_BLOCK_FRAMES = 4_062;
const WAL_INDEX_BLOCK_FRAMES = 4_096;

/** The wal-index's length for a WAL of `frames` frames. */
export const walIndexBytes = (frames: number): number =>
  WAL_INDEX_BLOCK_BYTES *
  (1 + Math.max(0, Math.ceil((frames - WAL_INDEX_FIRST_BLOCK_FRAMES) / WAL_INDEX_BLOCK_FRAMES)));

/**
 * Makes the WAL file at least `frames` frames long by writing zeros past its end, once per write session, so that
 * commits overwrite bytes already on disk instead of growing the file. A commit that grows the file must also sync
 * its new size (a journal commit of the file system): the first 250 saves into a fresh 300 x 8 audit took 0.67 ms
 * (median) growing the WAL and 0.40 ms once they overwrote it (probe, this machine); PostgreSQL zero-fills each
 * new WAL segment for the same reason (`wal_init_zero`). SQLite never shrinks a WAL while it is open
 * (journal_size_limit is off) and deletes it when the last connection closes.
 *
 * Safe beside SQLite: only a writer writes the WAL, and only while it holds the write lock, which the IMMEDIATE
 * transaction holds here, so no frame is written while the zeros go in; and only bytes past the file's end are
 * written. Zeros after the last frame are never taken for frames, on recovery either (a frame of page 0 is
 * refused, as the older frames a restarted WAL leaves behind are by their salts; an all-zero header is an empty
 * WAL). SQLite takes no lock on the WAL file itself, so closing this descriptor drops none of its locks. A file
 * that cannot take the zeros (a full disk) is cut back to its old length: it is then only slower to write. The
 * sync is once a session (on macOS a flush of the drive's cache).
 *
 * The wal-index (`shm`: the connection's own descriptor of it, see quiet-checkpoints.ts) is given its length for
 * those frames too, with zeros past its end: a WAL past the index's first block otherwise makes the writer grow
 * the index in the middle of a commit, which on a full disk fails (SQLITE_IOERR_SHMSIZE) after the commit's frames
 * were synced, so a save reported as refused came back on the next start. SQLite maps a block that is long enough
 * as it is, and clears a block's hash table when it first writes to it; only a writer adds blocks.
 *
 * Returns the bytes written to the WAL (0 when there was room already, or nothing could be done).
 */
export function makeRoomInWal(db: Db, frames: number, shm: number | null = null): number {
  if (db.memory || db.readonly || db.inTransaction) return 0;
  // Never a wait for the write lock (the connection's busy timeout is seconds): another writer means no room now.
  const wait = db.pragma('busy_timeout', { simple: true }) as number;
  let written = 0;
  try {
    db.pragma('busy_timeout = 0');
    const wal = `${path.resolve(db.name)}-wal`;
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    const wanted = WAL_HEADER_BYTES + frames * (pageSize + FRAME_HEADER_BYTES);
    db.transaction(() => {
      let fd: number;
      try {
        fd = fs.openSync(wal, 'r+');
      } catch {
        // No WAL file yet: it is made, and grows, with the first commit.
        return;
      }
      try {
        // On disk before any frame goes there: a commit's sync then has only its own pages to write.
        written = zerosPastEnd(fd, wanted, true);
      } finally {
        fs.closeSync(fd);
      }
      // The index is never synced by SQLite either: it is rebuilt from the WAL after a crash.
      if (shm !== null) zerosPastEnd(shm, walIndexBytes(frames));
    }).immediate();
  } catch {
    // The write lock is another writer's: no room this session (the WAL grows as it would without it).
    return 0;
  } finally {
    db.pragma(`busy_timeout = ${wait}`);
  }
  return written;
}

/**
 * Writes zeros from a file's end up to `length` bytes (synced when asked); returns the bytes written. A file that
 * cannot take them is cut back to its old length, and 0 is returned: zeros past its end were never read.
 */
function zerosPastEnd(fd: number, length: number, sync = false): number {
  const size = fs.fstatSync(fd).size;
  if (size >= length) return 0;
  let written = 0;
  try {
    const zeros = Buffer.alloc(Math.min(PIECE_BYTES, length - size));
    for (let at = size; at < length;) {
      const n = fs.writeSync(fd, zeros, 0, Math.min(zeros.length, length - at), at);
      at += n;
      written += n;
    }
    if (sync) fs.fdatasyncSync(fd);
    return written;
  } catch {
    try {
      fs.ftruncateSync(fd, size);
    } catch {
      // Zeros past the end are harmless; only the disk space stays taken until SQLite deletes the file.
    }
    return 0;
  }
}
