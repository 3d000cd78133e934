import type Database from 'better-sqlite3';
import type { Db } from './db-handle';

type Statement = Database.Statement<unknown[]>;
const prepared = new WeakMap<Db, Map<string, Statement>>();

/** A prepared statement kept for the life of the connection: the hot write path parses its SQL once. */
export function statement(db: Db, sql: string): Statement {
  let map = prepared.get(db);
  if (!map) prepared.set(db, (map = new Map()));
  let stmt = map.get(sql);
  if (!stmt) map.set(sql, (stmt = db.prepare(sql)));
  return stmt;
}
