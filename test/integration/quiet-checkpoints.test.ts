import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, DATABASE_FILE_NAME, type Backend } from '../../electron/backend/backend';
import {
  CHECKPOINT_CHUNK_PAGES,
  checkpointsStarted,
  checkpointWhenQuiet,
  noteWrite,
  QUIET_BEFORE_CHECKPOINT_MS,
  WAL_PAGES_BOUND,
  WAL_ROOM_FRAMES,
  workerCheckpoints,
} from '../../electron/backend/db/quiet-checkpoints';
import { walIndexBytes } from '../../electron/backend/db/wal-room';
import { dispatchOk } from '../support/dispatch';
import { locksHeldOn } from '../support/posix-locks';
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

async function until(done: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`gave up waiting: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

let backend: Backend | null = null;
afterEach(() => {
  backend?.close();
  backend = null;
});

describe('checkpoints run on a worker connection beside the saves, not inside them', () => {
  it('starts the worker with the first write that changes something, or when an audit is opened for writing', async () => {
    const dataDir = tempDir('ja-quiet-start-');
    const open = () => (backend = createBackend({ dataDir, host: 'web', version: 'test' }));
    const started = () => checkpointsStarted(backend!.database!.db);
    open();
    const client = await dispatchOk(backend!, 'clients.create', { name: 'Cedar' });
    expect(started()).toBe(true);
    const template = (await dispatchOk(backend!, 'templates.list', { language: 'en' }))[0]!;
    const audit = await dispatchOk(backend!, 'audits.create', {
      clientId: client.id,
      templateId: template.id,
      title: 'Visit',
      auditDate: '2027-01-01',
    });
    backend!.close();
    // Opened again (nothing to store at open): reading starts no thread; opening the audit for the walk does.
    open();
    await dispatchOk(backend!, 'insights.client', { clientId: client.id });
    await dispatchOk(backend!, 'clients.list', {});
    expect(started()).toBe(false);
    await dispatchOk(backend!, 'audits.get', { id: audit.id });
    expect(started()).toBe(false);
    await dispatchOk(backend!, 'audits.open', { id: audit.id });
    expect(started()).toBe(true);
    backend!.close();
    // Any other write that changes something starts it too.
    open();
    expect(started()).toBe(false);
    await dispatchOk(backend!, 'clients.create', { name: 'Birch' });
    expect(started()).toBe(true);
  });

  it('keeps FULL durability; copies the WAL on its own connection while a burst of saves goes on, and the rest once writes pause', async () => {
    const dataDir = tempDir('ja-quiet-ckpt-');
    backend = createBackend({ dataDir, host: 'web', version: 'test' });
    const db = backend.database!.db;
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL: every commit synced
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(WAL_PAGES_BOUND);

    // A burst of single-write transactions, until some of the WAL has been copied into the database file.
    const ids: string[] = [];
    const write = async () =>
      ids.push(
        (await dispatchOk(backend!, 'clients.create', { name: `Client ${ids.length}`, notes: 'n'.repeat(3000) })).id,
      );
    let state = walState(dataDir);
    while (state.checkpointed === 0) {
      await write();
      state = walState(dataDir);
      // The write connection checkpoints only at the bound: a copy before it was made by the worker's connection.
      expect(state.frames, `no checkpoint before the bound, after ${ids.length} writes`).toBeLessThan(WAL_PAGES_BOUND);
    }
    expect(state.checkpointed).toBeGreaterThanOrEqual(CHECKPOINT_CHUNK_PAGES);
    // The worker counts a checkpoint once SQLite returns it, a moment after the wal-index shows it.
    await until(() => workerCheckpoints(db) > 0, "the worker's count of its checkpoint");
    // The saves go on meanwhile and the WAL grows past what was copied.
    const copied = state.checkpointed;
    while (walState(dataDir).frames < copied + 300) await write();
    const burst = walState(dataDir).frames;
    expect(burst).toBeLessThan(WAL_PAGES_BOUND);

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

  it('the worker also checkpoints when the backend runs from source under tsx (as the fault runs do)', () => {
    // tsx names functions through a helper of the defining module's own: the worker's program, made from the
    // function's text, must still run (it once died at its first line there, leaving every copy to the bound).
    const root = path.resolve(import.meta.dirname, '../..');
    const out = execFileSync(
      process.execPath,
      [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'test/support/checkpoint-burst.ts', tempDir('ja-quiet-tsx-')],
      { encoding: 'utf8', cwd: root, timeout: 60_000 },
    );
    expect(Number(/checkpoints (\d+)/.exec(out)?.[1])).toBeGreaterThan(0);
  });

  it('a burst longer than the bound restarts the WAL at the bound instead of growing it', async () => {
    const dataDir = tempDir('ja-quiet-ckpt-');
    backend = createBackend({ dataDir, host: 'web', version: 'test' });
    let highest = 0;
    let restarts = 0;
    let last = walState(dataDir).frames;
    for (let i = 0; restarts < 2 && i < 10_000; i++) {
      await dispatchOk(backend, 'clients.create', { name: `Client ${i}`, notes: 'n'.repeat(3000) });
      const { frames } = walState(dataDir);
      if (frames < last) restarts++;
      highest = Math.max(highest, frames);
      last = frames;
    }
    expect(restarts).toBe(2);
    // The WAL never grew past the room made for it. A commit that reaches the bound while the worker's checkpoint
    // just short of it still runs cannot start the WAL over (one checkpoint at a time), so saves go on into the
    // room until it ends: on a busy disk that is tens of pages (96 seen with the CPUs and the disk loaded), on a
    // quiet one the last commit's own.
    expect(highest).toBeLessThanOrEqual(WAL_ROOM_FRAMES);
    // Its file is still the room made when the writes began: the burst wrote over it and never made it longer.
    const wal = fs.statSync(path.join(dataDir, `${DATABASE_FILE_NAME}-wal`)).size;
    expect(wal).toBe(32 + WAL_ROOM_FRAMES * (4096 + 24));
    // And its wal-index is the length made for the room (past its first 32 KB block): SQLite never grew it.
    expect(walIndexBytes(WAL_ROOM_FRAMES)).toBe(64 * 1024);
    expect(fs.statSync(path.join(dataDir, `${DATABASE_FILE_NAME}-shm`)).size).toBe(walIndexBytes(WAL_ROOM_FRAMES));
  });

  it('a read still streaming on the write connection does not keep the worker from copying what it has read past', async () => {
    const dataDir = tempDir('ja-quiet-ckpt-');
    backend = createBackend({ dataDir, host: 'web', version: 'test' });
    const db = backend.database!.db;
    await dispatchOk(backend, 'clients.create', { name: 'First' });
    const rows = db.prepare('SELECT name FROM clients').pluck().iterate();
    try {
      expect(rows.next().value).toBe('First');
      const deadline = Date.now() + QUIET_BEFORE_CHECKPOINT_MS + 10_000;
      while (walState(dataDir).checkpointed === 0 && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 100));
      const state = walState(dataDir);
      expect(state.checkpointed).toBe(state.frames);
      expect(rows.next().done).toBe(true);
    } finally {
      rows.return?.();
    }
    await dispatchOk(backend, 'clients.create', { name: 'Second' });
    expect(db.prepare('SELECT name FROM clients ORDER BY name').pluck().all()).toEqual(['First', 'Second']);
  });

  it('closing the database stops the worker and closes its connection first (the write connection closes last)', async () => {
    const dataDir = tempDir('ja-quiet-ckpt-');
    backend = createBackend({ dataDir, host: 'web', version: 'test' });
    for (let i = 0; i < 20; i++) await dispatchOk(backend, 'clients.create', { name: `Client ${i}` });
    // Let the worker get going (it starts with the first write) and copy the writes once they pause.
    const deadline = Date.now() + QUIET_BEFORE_CHECKPOINT_MS + 10_000;
    while (workerCheckpoints(backend.database!.db) === 0 && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 100));
    expect(workerCheckpoints(backend.database!.db)).toBeGreaterThan(0);
    await dispatchOk(backend, 'clients.create', { name: 'Last' });
    backend.close();
    backend = null;
    // Only the last connection to close copies the WAL whole and removes it: the worker's was closed before.
    expect(fs.existsSync(path.join(dataDir, `${DATABASE_FILE_NAME}-wal`))).toBe(false);
    backend = createBackend({ dataDir, host: 'web', version: 'test' });
    const names = backend.database!.db.prepare('SELECT name FROM clients').pluck().all();
    expect(names).toHaveLength(21);
    expect(names).toContain('Last');
  });

  it('a close refused while the worker still has its connection open leaves the database open, still locked as SQLite locks it, and closes later', async () => {
    // No wait at all for the worker's connection: the close is refused whenever it is still open. On a loaded
    // machine the worker may close it between the stop and the look (then the close is simply done): tried again.
    let file = '';
    let db: Database.Database | null = null;
    let refusal: unknown = null;
    for (let attempt = 0; attempt < 5 && !refusal; attempt++) {
      file = path.join(tempDir('ja-quiet-ckpt-'), 'refused.sqlite');
      db = new Database(file);
      db.pragma('journal_mode = WAL');
      checkpointWhenQuiet(db, 50, 0);
      db.exec('CREATE TABLE t (x)');
      db.prepare('INSERT INTO t VALUES (0)').run();
      noteWrite(db);
      await until(() => workerCheckpoints(db!) > 0, 'the worker copied the WAL');
      try {
        db.close();
      } catch (error) {
        refusal = error;
      }
    }
    expect(String(refusal)).toMatch(/could not be closed yet.*Nothing was changed/);
    db = db!;
    expect(db.open).toBe(true);
    db.prepare('INSERT INTO t VALUES (1)').run();
    // The worker closes its connection on its own; the write connection's locks on the wal-index stay
    // (closing a descriptor of the file drops every lock the process holds on it: the worker must not).
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(locksHeldOn(`${file}-shm`)).toBeGreaterThan(0);
    await until(() => {
      try {
        db.close();
        return true;
      } catch {
        return false;
      }
    }, 'the close once the worker is done');
    expect(db.open).toBe(false);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
    const again = new Database(file, { readonly: true });
    expect(again.prepare('SELECT count(*) FROM t').pluck().get()).toBe(2);
    again.close();
  });
});
