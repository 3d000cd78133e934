// npm run bench: figures for the operations people wait on, each against a floor measured in the same run.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { hasBackendAllocator, withBackendAllocator } from '../../electron/backend-allocator';
import { once, printTable, withGoal, type Row } from './measure';
import { BENCH_STEPS } from './steps';

/** Peak resident memory of the whole bench process, at most (MB). */
const PEAK_RSS_MB = 500;

async function main(): Promise<void> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ja-bench-'));
  const only = process.env.BENCH_ONLY?.split(',').map((s) => s.trim());
  const rows: Row[] = [];
  let failed = false;
  try {
    for (const step of BENCH_STEPS) {
      if (only && !only.includes(step.name)) continue;
      const started = performance.now();
      try {
        const dir = path.join(root, step.name);
        fs.mkdirSync(dir, { recursive: true });
        rows.push(...(await step.run(dir)));
      } catch (error) {
        // One broken step leaves the others' figures standing.
        failed = true;
        console.error(`bench step "${step.name}" failed:`, error);
      }
      // The process's peak so far after each step: which step sets the peak RSS row.
      const peak = (process.resourceUsage().maxRSS / 1024).toFixed(0);
      const m = process.memoryUsage();
      const mb = (n: number) => (n / 1048576).toFixed(0);
      console.error(
        `step ${step.name}: ${((performance.now() - started) / 1000).toFixed(1)} s, peak RSS so far ${peak} MB` +
          ` (now: rss ${mb(m.rss)}, heap ${mb(m.heapUsed)}/${mb(m.heapTotal)}, external ${mb(m.external)}, buffers ${mb(m.arrayBuffers)} MB)`,
      );
    }
    rows.push(
      withGoal(once('peak RSS of the bench process', process.resourceUsage().maxRSS / 1024, 'MB'), {
        figure: 'median',
        max: PEAK_RSS_MB,
      }),
    );
    console.log(`\nJourney Audit benchmark · node ${process.version} · ${os.cpus().length} cores · ${os.platform()}\n`);
    printTable(rows);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
  if (failed) process.exitCode = 1;
}

// The bench runs the backend in this process, so it runs under the allocator the desktop app gives its backend
// process (read by glibc at start): started again with it when it was not.
if (hasBackendAllocator()) void main();
else {
  const again = spawnSync(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: withBackendAllocator(process.env),
  });
  process.exitCode = again.status ?? 1;
}
