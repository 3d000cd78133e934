import fs from 'node:fs';

const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * Writes a line to a descriptor synchronously, whole: a child's stdout is a non-blocking pipe, and when the parent
 * reads it late (a loaded machine) a write fails with EAGAIN until the pipe has room again; it waits for it instead.
 */
export function writeLine(fd: number, line: string): void {
  let rest = Buffer.from(`${line}\n`);
  while (rest.length > 0) {
    try {
      rest = rest.subarray(fs.writeSync(fd, rest));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      Atomics.wait(pause, 0, 0, 1);
    }
  }
}
