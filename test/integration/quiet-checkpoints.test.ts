import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, DATABASE_FILE_NAME, type Backend } from '../../electron/backend/backend';
import { QUIET_BEFORE_CHECKPOINT_MS, WAL_PAGES_BOUND } from '../../electron/backend/db/quiet-checkpoints';
import { dispatchOk } from '../support/dispatch';
import { tempDir } from '../support/temp-dir';

/**
 * The WAL's state as SQLite's shared wal-index holds it (https://www.sqlite.org/walformat.html):
 * `mxFrame`, the frames written since the WAL last restarted (offset 16), and `nBackfill`, how many
 * of them a checkpoint has copied into the database file (offset 96). Native byte order.
 */
function walState(dataDir: string): { frames: number; checkpointed: number } {
  const header = Buffer.alloc(100);
  const fd = fs.openSync(path.join(dataDir, `${DATABASE_FILE_NAME}-shm`), 'r');
  try {
    fs.readSync(fd, header, 0, header.length, 0);
  } finally {
    fs.closeSync(fd);
  }
  return { frames: header.readUInt32LE(16), checkpointed: header.readUInt32LE(96) };
}

let backend: Backend | null = null;
afterEach(() => {
  backend?.close();
  backend = null;
});

describe('checkpoints run when writes go quiet, not inside a save', () => {
  it('keeps FULL durability, checkpoints nothing during a burst of saves, and all of it once the writes pause', async () => {
    const dataDir = tempDir('ja-quiet-ckpt-');
    backend = createBackend({ dataDir, host: 'web', version: 'test' });
    const db = backend.database!.db;
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL: every commit synced
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(WAL_PAGES_BOUND);

    // A burst of single-write transactions takes the WAL well past SQLite's default checkpoint at 1,000 pages.
    const ids: string[] = [];
    let state = walState(dataDir);
    while (state.frames < 1_500) {
      ids.push(
        (await dispatchOk(backend, 'clients.create', { name: `Client ${ids.length}`, notes: 'n'.repeat(3000) })).id,
      );
      state = walState(dataDir);
      expect(state.checkpointed, `checkpoint during the burst, after ${ids.length} writes`).toBe(0);
    }
    const burst = state.frames;

    // Quiet: the whole WAL is copied into the database file within a generous wait.
    const deadline = Date.now() + QUIET_BEFORE_CHECKPOINT_MS + 10_000;
    while (walState(dataDir).checkpointed < burst && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 100));
    expect(walState(dataDir)).toEqual({ frames: burst, checkpointed: burst });

    // The next write starts the WAL over, and everything written is there.
    await dispatchOk(backend, 'clients.create', { name: 'After the pause' });
    expect(walState(dataDir).frames).toBeLessThan(50);
    const stored = new Set(db.prepare('SELECT id FROM clients').pluck().all() as string[]);
    expect(ids.filter((id) => !stored.has(id))).toEqual([]);
  });

  it('a checkpoint due while a read is still streaming is left for the next quiet moment', async () => {
    const dataDir = tempDir('ja-quiet-ckpt-');
    backend = createBackend({ dataDir, host: 'web', version: 'test' });
    const db = backend.database!.db;
    await dispatchOk(backend, 'clients.create', { name: 'First' });
    // A streamed read keeps the connection busy across the quiet moment: the checkpoint cannot run then.
    const rows = db.prepare('SELECT id FROM clients').iterate();
    rows.next();
    await new Promise((resolve) => setTimeout(resolve, QUIET_BEFORE_CHECKPOINT_MS + 500));
    expect(walState(dataDir).checkpointed).toBe(0);
    rows.return?.();
    // The next write waits for quiet again, and then the WAL is copied whole.
    await dispatchOk(backend, 'clients.create', { name: 'Second' });
    const deadline = Date.now() + QUIET_BEFORE_CHECKPOINT_MS + 10_000;
    while (walState(dataDir).checkpointed === 0 && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 100));
    const state = walState(dataDir);
    expect(state.checkpointed).toBe(state.frames);
    expect(db.prepare('SELECT name FROM clients ORDER BY name').pluck().all()).toEqual(['First', 'Second']);
  });

  it('a database closed before the quiet moment is left alone by the pending checkpoint', async () => {
    const dataDir = tempDir('ja-quiet-ckpt-');
    backend = createBackend({ dataDir, host: 'web', version: 'test' });
    await dispatchOk(backend, 'clients.create', { name: 'Only one' });
    backend.close();
    backend = null;
    // The timer fires on a closed handle: nothing throws, and the file reopens with its write.
    await new Promise((resolve) => setTimeout(resolve, QUIET_BEFORE_CHECKPOINT_MS + 200));
    backend = createBackend({ dataDir, host: 'web', version: 'test' });
    const names = backend.database!.db.prepare('SELECT name FROM clients').pluck().all();
    expect(names).toContain('Only one');
  });
});
