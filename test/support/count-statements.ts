import Database from 'better-sqlite3';

type Method = 'run' | 'get' | 'all' | 'iterate';
const proto = Object.getPrototypeOf(new Database(':memory:').prepare('SELECT 1')) as Record<
  Method,
  (...args: unknown[]) => unknown
> & { source: string };

/**
 * The SQL of every statement better-sqlite3 runs, on any connection of this process, while `fn` runs
 * (statements are counted where they run, whoever prepared them). A transaction's BEGIN and COMMIT
 * are transaction control, not work: they are left out.
 */
export async function statementsRunBy(fn: () => Promise<unknown>): Promise<string[]> {
  const counted: string[] = [];
  const originals = new Map<Method, (...args: unknown[]) => unknown>();
  for (const m of ['run', 'get', 'all', 'iterate'] as const) {
    const original = proto[m];
    originals.set(m, original);
    proto[m] = function (this: { source: string }, ...args: unknown[]) {
      counted.push(this.source);
      return original.apply(this, args);
    };
  }
  try {
    await fn();
  } finally {
    for (const [m, original] of originals) proto[m] = original;
  }
  return counted.filter((sql) => !/^(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE)\b/i.test(sql));
}
