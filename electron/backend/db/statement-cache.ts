import type { Statement } from 'better-sqlite3';
import type { Db } from './db-handle';

type Mode = 'flat' | 'pluck' | 'raw' | 'expand';
const MODES = ['pluck', 'raw', 'expand'] as const;

/** Distinct statements kept per handle; the read models use a few hundred SQL texts, so this is never reached by them. */
export const MAX_CACHED_STATEMENTS = 2000;

/**
 * better-sqlite3 frees a statement's native memory (about 15 KB) only when V8 collects the statement, and V8 does not
 * count that memory, so it seldom collects: a wave view that prepared two statements per visit grew the process by
 * 600 MB in twenty views. On this handle, every prepare of the same SQL returns one statement per result mode (flat,
 * pluck, raw, expand). A mode is never switched on a shared statement: `pluck()` hands back the pluck variant, so a
 * caller holding the flat one keeps getting rows. A statement that is busy iterating is not shared: a nested prepare
 * of the same SQL gets a fresh one.
 */
export function cacheStatements(db: Db): void {
  const prepare = db.prepare.bind(db) as (sql: string) => Statement;
  const cache = new Map<string, Statement>();

  const variant = (sql: string, mode: Mode): Statement => {
    const key = `${mode}\u0000${sql}`;
    const cached = cache.get(key);
    if (cached && !cached.busy) {
      // Least recently used goes first when the cache is full: re-insert on every use.
      cache.delete(key);
      cache.set(key, cached);
      return cached;
    }
    const statement = prepare(sql);
    if (mode !== 'flat') statement[mode](true);
    if (cached) return statement;
    for (const m of MODES)
      Object.defineProperty(statement, m, {
        value: (on = true) => variant(sql, on ? m : mode === m ? 'flat' : mode),
      });
    cache.set(key, statement);
    if (cache.size > MAX_CACHED_STATEMENTS) cache.delete(cache.keys().next().value!);
    return statement;
  };

  db.prepare = ((sql: string) => variant(sql, 'flat')) as unknown as Db['prepare'];
}
