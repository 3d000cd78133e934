import Database from 'better-sqlite3';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../electron/backend/db/open-database';
import { cacheStatements, MAX_CACHED_STATEMENTS } from '../../electron/backend/db/statement-cache';
import { tempDir } from '../support/temp-dir';

/**
 * One statement per SQL text and result mode on the app's handle: the native memory of statements prepared per row
 * is not seen by V8 and grew the process by hundreds of MB. Sharing must never change what a caller reads.
 */
describe('the statement cache of the database handle', () => {
  let db: Db;
  beforeEach(() => {
    db = new Database(':memory:');
    cacheStatements(db);
    db.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO t VALUES (1, 'n1'), (2, 'n2'), (3, 'n3')");
  });
  afterEach(() => db.close());

  const SQL = 'SELECT id, name FROM t WHERE id >= ? ORDER BY id';

  it('hands back the same statement for the same SQL, and another for other SQL', () => {
    expect(db.prepare(SQL)).toBe(db.prepare(SQL));
    expect(db.prepare(SQL)).not.toBe(db.prepare(`${SQL} LIMIT 2`));
  });

  it("keeps each caller's result mode: plucking or raw rows elsewhere never changes a held statement", () => {
    const rows = db.prepare(SQL);
    expect(db.prepare(SQL).pluck().all(2)).toEqual([2, 3]);
    expect(rows.all(2)).toEqual([
      { id: 2, name: 'n2' },
      { id: 3, name: 'n3' },
    ]);
    const plucked = db.prepare(SQL).pluck();
    expect(db.prepare(SQL).raw().get(3)).toEqual([3, 'n3']);
    expect(db.prepare(SQL).expand().get(3)).toEqual({ t: { id: 3, name: 'n3' } });
    expect(plucked.all(1)).toEqual([1, 2, 3]);
    expect(db.prepare(SQL).get(3)).toEqual({ id: 3, name: 'n3' });
    expect(plucked.pluck(false).get(1)).toEqual({ id: 1, name: 'n1' });
    expect(plucked.get(1)).toBe(1);
  });

  it('gives a fresh statement to a prepare of SQL that is still being iterated', () => {
    const seen: unknown[] = [];
    for (const row of db.prepare(SQL).iterate(1) as Iterable<{ id: number }>)
      seen.push([row.id, db.prepare(SQL).pluck().all(row.id)]);
    expect(seen).toEqual([
      [1, [1, 2, 3]],
      [2, [2, 3]],
      [3, [3]],
    ]);
    // Once the iteration is over, the shared statement is handed out again.
    expect(db.prepare(SQL)).toBe(db.prepare(SQL));
  });

  it('keeps writes working through shared statements and refuses a mode on a statement that returns no rows', () => {
    const insert = 'INSERT INTO t (name) VALUES (?)';
    db.prepare(insert).run('a');
    db.prepare(insert).run('b');
    expect(db.prepare('SELECT count(*) FROM t').pluck().get()).toBe(5);
    expect(() => db.prepare(insert).pluck()).toThrow(TypeError);
  });

  it('keeps at most its limit of statements, dropping the least recently used first', () => {
    const first = db.prepare('SELECT 0');
    let kept = first;
    for (let i = 1; i <= MAX_CACHED_STATEMENTS; i++) {
      db.prepare(`SELECT ${i}`);
      if (i === MAX_CACHED_STATEMENTS - 1) kept = db.prepare('SELECT 1');
    }
    expect(db.prepare('SELECT 1')).toBe(kept);
    // 'SELECT 0' was the oldest and went; 'SELECT 1', used again late, stayed.
    expect(db.prepare('SELECT 0')).not.toBe(first);
    expect(db.prepare('SELECT 0').pluck().get()).toBe(0);
  });

  it("is installed on the app's own handle", () => {
    const opened = openDatabase(path.join(tempDir(), 'app.sqlite'));
    try {
      expect(opened.db.prepare('SELECT 1')).toBe(opened.db.prepare('SELECT 1'));
    } finally {
      opened.db.close();
    }
  });
});
