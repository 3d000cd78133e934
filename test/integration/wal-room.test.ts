import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, DATABASE_FILE_NAME, type Backend } from '../../electron/backend/backend';
import { WAL_ROOM_FRAMES } from '../../electron/backend/db/quiet-checkpoints';
import { makeRoomInWal, walIndexBytes } from '../../electron/backend/db/wal-room';
import { dispatchOk } from '../support/dispatch';
import { locksHeldOn } from '../support/posix-locks';
import { createTestAudit } from '../support/test-audit';
import { tempDir } from '../support/temp-dir';

/** Bytes of a WAL of `frames` frames of 4 KB pages: its header, then each frame's header and page. */
const walBytes = (frames: number) => 32 + frames * (4096 + 24);

const opened: Database.Database[] = [];
let backend: Backend | null = null;
const mounted: string[] = [];
afterEach(() => {
  backend?.close();
  backend = null;
  while (opened.length) opened.pop()!.close();
  while (mounted.length) execFileSync('umount', ['-l', mounted.pop()!]);
});

/** A database in WAL mode whose WAL is copied back only when asked (so a test knows what the WAL holds). */
function walDatabase(file: string): Database.Database {
  const db = new Database(file);
  opened.push(db);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('wal_autocheckpoint = 0');
  db.exec('CREATE TABLE IF NOT EXISTS t (n INTEGER PRIMARY KEY, text TEXT NOT NULL)');
  return db;
}

function insertRows(db: Database.Database, from: number, count: number): void {
  const insert = db.prepare('INSERT INTO t (n, text) VALUES (?, ?)');
  for (let n = from; n < from + count; n++) insert.run(n, `row ${n} ${'x'.repeat(n % 700)}`);
}

/** A fresh folder on a tmpfs of `megabytes`, unmounted after the test; the test is skipped where mounting needs root. */
function smallDisk(megabytes: number, ctx: { skip: () => void }): string {
  const dir = tempDir('ja-wal-room-disk-');
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${megabytes}m`, 'tmpfs', dir], { stdio: 'ignore' });
  } catch {
    ctx.skip();
  }
  mounted.push(dir);
  return dir;
}

/** What a crash would leave: the database file and its WAL as they are now, without the wal-index, opened afresh. */
function openCrashCopy(file: string): Database.Database {
  const dir = tempDir('ja-wal-room-crash-');
  const copy = path.join(dir, path.basename(file));
  fs.copyFileSync(file, copy);
  fs.copyFileSync(`${file}-wal`, `${copy}-wal`);
  const db = new Database(copy);
  opened.push(db);
  return db;
}

describe('the WAL is given its working length when writes begin, so saves write over it instead of growing it', () => {
  it('a write session makes the room once, and a burst of writes then never changes the file’s length', async () => {
    const dataDir = tempDir('ja-wal-room-');
    // Made and seeded (writes), then opened again.
    createBackend({ dataDir, host: 'web', version: 'test' }).close();
    backend = createBackend({ dataDir, host: 'web', version: 'test' });
    const wal = path.join(dataDir, `${DATABASE_FILE_NAME}-wal`);
    // Reading makes no room: a session that never writes costs the disk nothing.
    await dispatchOk(backend, 'clients.list', {});
    await dispatchOk(backend, 'templates.list', { language: 'en' });
    expect(fs.statSync(wal).size).toBeLessThan(walBytes(100));
    await dispatchOk(backend, 'clients.create', { name: 'Cedar' });
    expect(fs.statSync(wal).size).toBe(walBytes(WAL_ROOM_FRAMES));
    for (let i = 0; i < 200; i++)
      await dispatchOk(backend, 'clients.create', { name: `Client ${i}`, notes: 'n'.repeat(2000) });
    expect(fs.statSync(wal).size).toBe(walBytes(WAL_ROOM_FRAMES));
    expect(backend.database!.db.prepare('SELECT count(*) FROM clients').pluck().get()).toBe(201);
    // Closed, the WAL is copied back and removed as before: the room does not outlive the session.
    backend.close();
    backend = null;
    expect(fs.existsSync(wal)).toBe(false);
  });

  it('writes only past the WAL’s end: the frames already there stay byte for byte, and the room is all zeros', () => {
    const file = path.join(tempDir('ja-wal-room-'), 'room.sqlite');
    const db = walDatabase(file);
    insertRows(db, 0, 40);
    const before = fs.readFileSync(`${file}-wal`);
    expect(before.length).toBeGreaterThan(walBytes(10));
    expect(makeRoomInWal(db, 500)).toBe(walBytes(500) - before.length);
    const after = fs.readFileSync(`${file}-wal`);
    expect(after.length).toBe(walBytes(500));
    expect(after.subarray(0, before.length).equals(before)).toBe(true);
    expect(after.subarray(before.length).every((byte) => byte === 0)).toBe(true);
    // Asked again, there is room already: nothing is written.
    expect(makeRoomInWal(db, 500)).toBe(0);
    expect(makeRoomInWal(db, 100)).toBe(0);
  });

  it('a crash with frames before and after the room made loses nothing: recovery stops at the zeros', () => {
    const file = path.join(tempDir('ja-wal-room-'), 'crash.sqlite');
    const db = walDatabase(file);
    insertRows(db, 0, 30);
    expect(makeRoomInWal(db, 400)).toBeGreaterThan(0);
    insertRows(db, 30, 30);
    // The later commits wrote over the zeros: the file kept its length.
    expect(fs.statSync(`${file}-wal`).size).toBe(walBytes(400));
    const copy = openCrashCopy(file);
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.prepare('SELECT count(*) FROM t').pluck().get()).toBe(60);
    expect(copy.prepare('SELECT text FROM t WHERE n = 59').pluck().get()).toBe(`row 59 ${'x'.repeat(59)}`);
  });

  it('room made before the WAL’s first frame: the first commit writes its header over the zeros, and a crash keeps it', () => {
    const file = path.join(tempDir('ja-wal-room-'), 'first.sqlite');
    const db = walDatabase(file);
    db.pragma('wal_checkpoint(TRUNCATE)');
    expect(fs.statSync(`${file}-wal`).size).toBe(0);
    expect(makeRoomInWal(db, 300)).toBe(walBytes(300));
    insertRows(db, 0, 25);
    expect(fs.statSync(`${file}-wal`).size).toBe(walBytes(300));
    const copy = openCrashCopy(file);
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.prepare('SELECT count(*) FROM t').pluck().get()).toBe(25);
  });

  it('gives the wal-index its length for the room past its end, and SQLite indexes frames past its first block in it', () => {
    const file = path.join(tempDir('ja-wal-room-'), 'index.sqlite');
    const db = walDatabase(file);
    insertRows(db, 0, 20);
    // Held open until after the connection, as the checkpoint worker's is: closing it would drop SQLite's locks.
    const shm = fs.openSync(`${file}-shm`, 'r+');
    try {
      const before = fs.readFileSync(`${file}-shm`);
      expect(before.length).toBe(32 * 1024);
      makeRoomInWal(db, 5_000, shm);
      const after = fs.readFileSync(`${file}-shm`);
      expect(after.length).toBe(walIndexBytes(5_000));
      expect(after.length).toBe(64 * 1024);
      expect(after.subarray(before.length).every((byte) => byte === 0)).toBe(true);
      // Frames past the first block's 4,062, each row its own commit: indexed in the block made, which keeps its length.
      insertRows(db, 20, 4_200);
      expect(fs.statSync(`${file}-shm`).size).toBe(64 * 1024);
      expect(db.prepare('SELECT count(*) FROM t').pluck().get()).toBe(4_220);
      expect(db.prepare('SELECT text FROM t WHERE n = 4219').pluck().get()).toBe(`row 4219 ${'x'.repeat(4219 % 700)}`);
      const copy = openCrashCopy(file);
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(copy.prepare('SELECT count(*) FROM t').pluck().get()).toBe(4_220);
    } finally {
      opened.splice(opened.indexOf(db), 1);
      db.close();
      fs.closeSync(shm);
    }
  });

  it('leaves SQLite’s locks held: closing its own descriptor of the WAL drops none of the process’s locks', () => {
    const file = path.join(tempDir('ja-wal-room-'), 'locks.sqlite');
    const db = walDatabase(file);
    insertRows(db, 0, 5);
    const held = { shm: locksHeldOn(`${file}-shm`), db: locksHeldOn(file) };
    expect(held.shm).toBeGreaterThan(0);
    expect(makeRoomInWal(db, 200)).toBeGreaterThan(0);
    expect({ shm: locksHeldOn(`${file}-shm`), db: locksHeldOn(file) }).toEqual(held);
  });

  it('waits for no writer: with another connection writing, it makes no room at once and changes nothing', () => {
    const file = path.join(tempDir('ja-wal-room-'), 'busy.sqlite');
    const db = walDatabase(file);
    insertRows(db, 0, 5);
    // The connection's own writes wait up to 30 s for the lock; the room never waits at all.
    db.pragma('busy_timeout = 30000');
    const other = new Database(file);
    opened.push(other);
    other.exec('BEGIN IMMEDIATE');
    const size = fs.statSync(`${file}-wal`).size;
    const started = Date.now();
    expect(makeRoomInWal(db, 200)).toBe(0);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(fs.statSync(`${file}-wal`).size).toBe(size);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(30000);
    other.exec('COMMIT');
    expect(makeRoomInWal(db, 200)).toBe(walBytes(200) - size);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(30000);
  });

  it('a disk that fills after the room was made: saves go on into it, then are refused as a full disk, and none is lost', async (ctx) => {
    const dir = smallDisk(64, ctx);
    const dataDir = path.join(dir, 'data');
    backend = createBackend({ dataDir, host: 'web', version: 'test' });
    const { audit } = await createTestAudit(backend, { client: 'Full' });
    expect(fs.statSync(path.join(dataDir, `${DATABASE_FILE_NAME}-wal`)).size).toBe(walBytes(WAL_ROOM_FRAMES));
    const filler = fs.openSync(path.join(dir, 'filler'), 'w');
    try {
      for (;;) fs.writeSync(filler, Buffer.alloc(1 << 16, 1));
    } catch {
      // ENOSPC: the disk is full now.
    } finally {
      fs.closeSync(filler);
    }
    let saved = -1;
    let refusal: { code: string; message: string } | null = null;
    for (let i = 0; i < 2_000 && !refusal; i++) {
      const r = await backend.dispatch('audits.setNote', {
        auditId: audit.id,
        touchpointId: 'branch',
        criterionId: 'greeting',
        note: `Note ${i} ${'x'.repeat(3_000)}`,
      });
      if (r.ok) saved = i;
      else refusal = r.error;
    }
    // The room took saves the full disk could not have: more than a few, fewer than it has frames.
    expect(saved).toBeGreaterThan(20);
    expect(refusal?.code).toBe('DISK_FULL');
    expect(refusal?.message).toMatch(/disk is full/);
    backend.close();
    backend = null;
    fs.rmSync(path.join(dir, 'filler'));
    const copy = new Database(path.join(dataDir, DATABASE_FILE_NAME), { readonly: true });
    opened.push(copy);
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.prepare('SELECT note FROM answers WHERE audit_id = ?').pluck().get(audit.id)).toMatch(
      new RegExp(`^Note ${saved} `),
    );
  });

  it('on a disk without the room’s space, cuts the WAL back to its length and the writes go on as before', (ctx) => {
    // A 2 MB file system: the room of 1,000 frames (4 MB) cannot fit.
    const dir = smallDisk(2, ctx);
    const file = path.join(dir, 'full.sqlite');
    const db = walDatabase(file);
    insertRows(db, 0, 20);
    const size = fs.statSync(`${file}-wal`).size;
    expect(makeRoomInWal(db, 1_000)).toBe(0);
    expect(fs.statSync(`${file}-wal`).size).toBe(size);
    insertRows(db, 20, 20);
    expect(db.prepare('SELECT count(*) FROM t').pluck().get()).toBe(40);
    const copy = openCrashCopy(file);
    expect(copy.prepare('SELECT count(*) FROM t').pluck().get()).toBe(40);
  });
});
