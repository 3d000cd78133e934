// Child process for the durability test: creates clients through the real backend as fast as it
// can and reports each one on stdout only after the backend answered that it was committed.
import fs from 'node:fs';
import { createBackend } from '../../electron/backend/backend';
import { writeLine } from './write-line';

const dataDir = process.argv[2]!;
const run = process.argv[3]!;
const backend = createBackend({ dataDir, host: 'web', version: 'durability-test' });
if (backend.startupError) {
  fs.writeSync(2, `startup failed: ${backend.startupError.message}\n`);
  process.exit(3);
}
writeLine(1, 'ready');

let n = 0;
async function loop(): Promise<never> {
  for (;;) {
    const result = await backend.dispatch('clients.create', { name: `run ${run} #${n++}`, notes: 'x'.repeat(n % 700) });
    if (!result.ok) {
      fs.writeSync(2, `write failed: ${result.error.message}\n`);
      process.exit(4);
    }
    // Synchronous write: the line is out of this process before the next transaction starts.
    writeLine(1, `committed ${(result.value as { id: string }).id}`);
  }
}
void loop();
