import fs from 'node:fs';
import path from 'node:path';
import type { Db } from './db-handle';

/** A WAL file's header, and each frame's header before its page (https://www.sqlite.org/walformat.html). */
const WAL_HEADER_BYTES = 32;
const FRAME_HEADER_BYTES = 24;
/** Zeros are written in pieces of this size. */
const PIECE_BYTES = 1 << 20;

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
 * written. Zeros after the last frame are read as SQLite reads the older frames a restarted WAL leaves behind:
 * they fail the header and salt checks and are never taken for frames, on recovery either. A file that cannot
 * take the zeros (a full disk) is cut back to its old length: it is then only slower to write.
 *
 * Returns the bytes written (0 when there was room already, or nothing could be done).
 */
export function makeRoomInWal(db: Db, frames: number): number {
  if (db.memory || db.readonly || db.inTransaction) return 0;
  const wal = `${path.resolve(db.name)}-wal`;
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const wanted = WAL_HEADER_BYTES + frames * (pageSize + FRAME_HEADER_BYTES);
  let written = 0;
  const makeRoom = db.transaction(() => {
    let fd: number;
    try {
      fd = fs.openSync(wal, 'r+');
    } catch {
      // No WAL file yet: it is made, and grows, with the first commit.
      return;
    }
    const size = fs.fstatSync(fd).size;
    try {
      if (size >= wanted) return;
      const zeros = Buffer.alloc(Math.min(PIECE_BYTES, wanted - size));
      for (let at = size; at < wanted; at += zeros.length)
        written += fs.writeSync(fd, zeros, 0, Math.min(zeros.length, wanted - at), at);
      // On disk before any frame goes there: a commit's sync then has only its own pages to write.
      fs.fdatasyncSync(fd);
    } catch {
      written = 0;
      try {
        fs.ftruncateSync(fd, size);
      } catch {
        // Zeros past the last frame are harmless; only the disk space stays taken until SQLite deletes the file.
      }
    } finally {
      fs.closeSync(fd);
    }
  });
  try {
    makeRoom.immediate();
  } catch {
    // The write lock stayed with another process past the busy timeout: no room this session.
    return 0;
  }
  return written;
}
