import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { entryFiles } from '../../electron/web/web-host';
import { tempDir } from '../support/temp-dir';

it("waits for the page's first files (index.html and what it names), each sent after the wait began", async () => {
  const dir = tempDir();
  fs.writeFileSync(
    path.join(dir, 'index.html'),
    '<link rel="icon" href="./favicon.svg" /><script type="module" crossorigin src="./assets/index-a.js"></script>' +
      '<link rel="modulepreload" crossorigin href="./assets/b.js"><link rel="stylesheet" crossorigin href="./assets/c.css">',
  );
  const entry = entryFiles(dir);
  entry.sent('/assets/b.js'); // before the wait: does not count
  let over = false;
  const wait = entry.served().then(() => (over = true));
  for (const file of ['/', '/assets/index-a.js', '/assets/b.js', '/favicon.svg', '/assets/other.js']) {
    entry.sent(file);
    await Promise.resolve();
    expect(over, file).toBe(false);
  }
  entry.sent('/assets/c.css');
  await wait;
  expect(over).toBe(true);
});

it('waits for nothing without a built page, and at most a second for a page that never loads', async () => {
  await entryFiles(tempDir()).served();
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, 'index.html'), '<script type="module" src="./assets/index-a.js"></script>');
  const started = Date.now();
  await entryFiles(dir).served();
  expect(Date.now() - started).toBeGreaterThanOrEqual(990);
});
