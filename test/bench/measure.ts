import { performance } from 'node:perf_hooks';

export interface Row {
  operation: string;
  n: number;
  median_ms: number;
  p99_ms: number;
  total_ms: number;
  per_second: number;
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Times `n` runs of `fn` one after another and summarises them. */
export async function time(operation: string, n: number, fn: (i: number) => unknown): Promise<Row> {
  const samples: number[] = [];
  const start = performance.now();
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn(i);
    samples.push(performance.now() - t0);
  }
  const total = performance.now() - start;
  samples.sort((a, b) => a - b);
  return {
    operation,
    n,
    median_ms: percentile(samples, 50),
    p99_ms: percentile(samples, 99),
    total_ms: total,
    per_second: (n / total) * 1000,
  };
}

export function printTable(rows: Row[]): void {
  const header = ['operation', 'n', 'median ms', 'p99 ms', 'total ms', 'per second'];
  const cells = rows.map((r) => [
    r.operation,
    String(r.n),
    r.median_ms.toFixed(3),
    r.p99_ms.toFixed(3),
    r.total_ms.toFixed(1),
    r.per_second.toFixed(1),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) =>
    `| ${c.map((v, i) => (i === 0 ? v.padEnd(widths[i]!) : v.padStart(widths[i]!))).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w, i) => (i === 0 ? ':' : '') + '-'.repeat(w + 1) + (i === 0 ? '' : ':')).join('|')}|`);
  cells.forEach((c) => console.log(line(c)));
}

/** The value of a backend call in a benchmark; a refusal stops the run with its reason. */
export async function unwrap<T>(p: Promise<{ ok: boolean; value?: unknown; error?: { message: string } }>): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(r.error!.message);
  return r.value as T;
}
