import { auditBench } from './audit-bench';
import { clientBench } from './client-bench';
import { exchangeBench } from './exchange-bench';
import { historyBench } from './history-bench';
import type { Row } from './measure';
import { numbersBench } from './numbers-bench';
import { reportBench } from './report-bench';
import { walkBench } from './walk-bench';
import { searchBench } from './search-bench';

/**
 * The steps of `npm run bench`, in order. To add rows: write `async function yourBench(root): Promise<Row[]>`
 * in its own file (work under `root`, a temporary folder removed after the run), give each row a floor
 * timed in the same run and a goal with `withGoal(row, goal, floor)` from ./measure, and add one line here.
 * `BENCH_ONLY=audit,history npm run bench` runs only the named steps.
 */
export interface BenchStep {
  name: string;
  run(root: string): Promise<Row[]>;
}

export const BENCH_STEPS: BenchStep[] = [
  { name: 'clients', run: clientBench },
  { name: 'audit', run: auditBench },
  { name: 'walk', run: walkBench },
  { name: 'history', run: historyBench },
  { name: 'report', run: reportBench },
  { name: 'exchange', run: exchangeBench },
  { name: 'numbers', run: numbersBench },
  { name: 'search', run: searchBench },
];
