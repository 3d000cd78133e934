import { performance } from 'node:perf_hooks';

/**
 * What a goal compares: a figure of the row (median, p95, p99 or total of its samples), either to
 * the same figure of its floor (`ratio`: at most this many times the floor) or to a fixed bound
 * (`max`, in the row's unit). Absolute times vary between machines; ratios to a floor measured in
 * the same run are the figures that count.
 */
export interface Goal {
  figure: 'median' | 'p95' | 'p99' | 'total';
  ratio?: number;
  max?: number;
}

export interface Row {
  operation: string;
  n: number;
  median_ms: number;
  p95_ms?: number;
  p99_ms: number;
  total_ms: number;
  per_second: number;
  /** 'ms' unless the row measures something else (MB of memory). */
  unit?: 'ms' | 'MB';
  /** The hand-written floor of the same work, timed in the same run. */
  floor?: Row;
  goal?: Goal;
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** A row from samples already taken (ms each). */
export function rowOf(operation: string, samples: number[], total = samples.reduce((a, b) => a + b, 0)): Row {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    operation,
    n: samples.length,
    median_ms: percentile(sorted, 50),
    p95_ms: percentile(sorted, 95),
    p99_ms: percentile(sorted, 99),
    total_ms: total,
    per_second: (samples.length / total) * 1000,
  };
}

/** A single measured figure (one run, or a value such as megabytes). */
export function once(operation: string, value: number, unit: Row['unit'] = 'ms'): Row {
  return { ...rowOf(operation, [value]), unit };
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
  return rowOf(operation, samples, performance.now() - start);
}

/** The row with its goal, and the floor it is held against (if the goal is a ratio). */
export function withGoal(row: Row, goal: Goal, floor?: Row): Row {
  return { ...row, goal, ...(floor ? { floor } : {}) };
}

function figureOf(row: Row, figure: Goal['figure']): number {
  if (figure === 'median') return row.median_ms;
  if (figure === 'p95') return row.p95_ms ?? row.p99_ms;
  if (figure === 'p99') return row.p99_ms;
  return row.total_ms;
}

/** The row judged against its goal: the figure, the floor's same figure, their ratio, and whether the goal is met. */
export function judge(row: Row): { value: number; floor: number | null; ratio: number | null; met: boolean | null } {
  if (!row.goal) return { value: row.median_ms, floor: null, ratio: null, met: null };
  const value = figureOf(row, row.goal.figure);
  const floor = row.floor ? figureOf(row.floor, row.goal.figure) : null;
  const ratio = floor !== null && floor > 0 ? value / floor : null;
  let met = true;
  if (row.goal.ratio !== undefined) met &&= ratio !== null && ratio <= row.goal.ratio;
  if (row.goal.max !== undefined) met &&= value <= row.goal.max;
  return { value, floor, ratio, met };
}

function goalText(goal: Goal, unit: string): string {
  const parts: string[] = [];
  if (goal.ratio !== undefined) parts.push(`≤ ${goal.ratio}× floor`);
  if (goal.max !== undefined) parts.push(`≤ ${goal.max} ${unit}`);
  return `${goal.figure} ${parts.join(', ')}`;
}

const fixed = (v: number, digits = 3) => (Number.isFinite(v) ? v.toFixed(digits) : '—');

export function printTable(rows: Row[]): void {
  const header = ['operation', 'n', 'median', 'p95', 'p99', 'floor', 'ratio', 'goal', 'met'];
  const cells = rows.map((r) => {
    const j = judge(r);
    const unit = r.unit ?? 'ms';
    return [
      r.floor
        ? `${r.operation}\n  ${r.floor.operation.startsWith('floor') ? '' : 'floor: '}${r.floor.operation}`
        : r.operation,
      String(r.n),
      `${fixed(r.median_ms)} ${unit}`,
      r.p95_ms === undefined ? '' : fixed(r.p95_ms),
      fixed(r.p99_ms),
      j.floor === null ? '' : fixed(j.floor),
      j.ratio === null ? '' : `${j.ratio.toFixed(2)}×`,
      r.goal ? goalText(r.goal, unit) : '',
      j.met === null ? '' : j.met ? '✓' : '✗',
    ];
  });
  const widths = header.map((h, i) =>
    Math.max(h.length, ...cells.map((c) => Math.max(...c[i]!.split('\n').map((l) => l.length)))),
  );
  const line = (c: string[]) =>
    `| ${c.map((v, i) => (i === 0 ? v.padEnd(widths[i]!) : v.padStart(widths[i]!))).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w, i) => (i === 0 ? ':' : '') + '-'.repeat(w + 1) + (i === 0 ? '' : ':')).join('|')}|`);
  for (const c of cells) {
    const [first, ...rest] = c[0]!.split('\n');
    console.log(line([first!, ...c.slice(1)]));
    for (const extra of rest) console.log(line([extra, ...c.slice(1).map(() => '')]));
  }
  const judged = rows.filter((r) => r.goal).map(judge);
  console.log(`\n${judged.filter((j) => j.met).length} of ${judged.length} goals met.`);
}

/** The value of a backend call in a benchmark; a refusal stops the run with its reason. */
export async function unwrap<T>(p: Promise<{ ok: boolean; value?: unknown; error?: { message: string } }>): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(r.error!.message);
  return r.value as T;
}
