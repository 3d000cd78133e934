import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { rowOf, time, type Row } from './measure';

/**
 * Hand-written floors: the least work each hot operation could do, with the same pragmas as the
 * app (WAL, synchronous=FULL, foreign keys on, IMMEDIATE write transactions), timed in the same
 * run as the operation they floor.
 */
export function openRaw(file: string, options: { readonly?: boolean } = {}): Database.Database {
  const db = new Database(file, options);
  if (!options.readonly) {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
  }
  db.pragma('foreign_keys = ON');
  return db;
}

/** One durable single-row upsert per transaction into a table shaped like `answers`, `n` times. */
export async function upsertFloor(dir: string, n: number): Promise<Row> {
  fs.mkdirSync(dir, { recursive: true });
  const db = openRaw(path.join(dir, 'floor.sqlite'));
  db.exec(`CREATE TABLE answers (id TEXT PRIMARY KEY, audit_id TEXT NOT NULL, touchpoint_id TEXT NOT NULL,
    criterion_id TEXT NOT NULL, value_json TEXT, note TEXT NOT NULL DEFAULT '', updated_at TEXT NOT NULL,
    UNIQUE (audit_id, touchpoint_id, criterion_id))`);
  const upsert = db.prepare(
    "INSERT INTO answers (id, audit_id, touchpoint_id, criterion_id, value_json, note, updated_at) VALUES (?, 'a', ?, ?, ?, '', ?) ON CONFLICT (audit_id, touchpoint_id, criterion_id) DO UPDATE SET value_json = excluded.value_json, updated_at = excluded.updated_at",
  );
  const one = db.transaction((i: number) =>
    upsert.run(`id-${i}`, `tp-${i % 300}`, `c-${i % 8}`, `{"kind":"scale","value":${i % 5}}`, new Date().toISOString()),
  );
  try {
    return await time('floor: single-row upsert, own IMMEDIATE txn, WAL + FULL', n, (i) => one.immediate(i));
  } finally {
    db.close();
  }
}

/** Times a read-only query `n` times on a database file (after one untimed run, as the app's cache would be warm too). */
export function queryFloor(file: string, label: string, n: number, run: (db: Database.Database) => unknown): Row {
  const db = openRaw(file, { readonly: true });
  try {
    run(db);
    const samples: number[] = [];
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      run(db);
      samples.push(performance.now() - t0);
    }
    return rowOf(label, samples);
  } finally {
    db.close();
  }
}
