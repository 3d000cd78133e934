import fs from 'node:fs';

/** The Chromium browsers (the main process of each, not its helpers) that `pid` started and that still run. */
export function chromiumBrowsersOf(pid: number): number[] {
  const found: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The name in parentheses may hold spaces: the parent id is the second field after it.
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (parent !== pid) continue;
      const args = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      if (/chrom/.test(args[0] ?? '') && !args.some((a) => a.startsWith('--type='))) found.push(Number(entry));
    } catch {
      // It ended while we looked.
    }
  }
  return found;
}

/** The process runs (an ended one not yet reaped by its parent is not running). */
export function isRunning(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}
