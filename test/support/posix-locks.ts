import fs from 'node:fs';

/** The POSIX locks this process holds on a file, from Linux's /proc/locks (pid and inode per lock). */
export function locksHeldOn(file: string): number {
  const inode = String(fs.statSync(file).ino);
  return fs
    .readFileSync('/proc/locks', 'utf8')
    .split('\n')
    .map((line) => line.split(/\s+/))
    .filter((f) => f[1] === 'POSIX' && f[4] === String(process.pid) && f[5]?.split(':')[2] === inode).length;
}
