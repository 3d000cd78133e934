// Child process for the checkpoint test run from source (as the fault runs are, under tsx): a burst of writes
// through the real backend, then how many checkpoints the worker ran, on stdout.
import fs from 'node:fs';
import { createBackend } from '../../electron/backend/backend';
import { workerCheckpoints } from '../../electron/backend/db/quiet-checkpoints';

const backend = createBackend({ dataDir: process.argv[2]!, host: 'web', version: 'checkpoint-test' });
const db = backend.database!.db;
for (let i = 0; i < 2_000 && workerCheckpoints(db) === 0; i++) {
  const result = await backend.dispatch('clients.create', { name: `Client ${i}`, notes: 'n'.repeat(3000) });
  if (!result.ok) throw new Error(result.error.message);
}
fs.writeSync(1, `checkpoints ${workerCheckpoints(db)}\n`);
backend.close();
