import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';

const made: string[] = [];
afterEach(() => {
  while (made.length) fs.rmSync(made.pop()!, { recursive: true, force: true });
});

/**
 * A fresh folder removed after the test. `inMemory` puts it on /dev/shm where there is one: for
 * tests of thousands of writes whose subject is not durability (fsync there costs nothing).
 */
export function tempDir(prefix = 'ja-test-', options: { inMemory?: boolean } = {}): string {
  const base = options.inMemory && fs.existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir();
  const dir = fs.mkdtempSync(path.join(base, prefix));
  made.push(dir);
  return dir;
}
