// Child process for the kill-mid-write tests: starts one long write through the real code, says
// "ready" just before it and "done" after it; the test SIGKILLs it somewhere in between.
import fs from 'node:fs';
import { createBackend } from '../../electron/backend/backend';
import { openDatabase } from '../../electron/backend/db/open-database';
import { MIGRATIONS } from '../../electron/backend/db/migrations';
import { writeLine } from './write-line';

const [mode, target, arg] = process.argv.slice(2) as [string, string, string];
const say = (line: string) => writeLine(1, line);

async function main(): Promise<void> {
  if (mode === 'migrate') {
    const latest = MIGRATIONS[MIGRATIONS.length - 1]!.version;
    say('ready');
    openDatabase(target, {
      migrations: [
        ...MIGRATIONS,
        {
          version: latest + 1,
          name: 'test: a long migration',
          sql: `CREATE TABLE filler (n INTEGER, text TEXT);
            WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < 150000)
            INSERT INTO filler SELECT n, printf('%0200d', n) FROM c;
            ALTER TABLE clients ADD COLUMN code TEXT NOT NULL DEFAULT 'migrated';`,
        },
      ],
    }).db.close();
    say('done');
    return;
  }
  const backend = createBackend({ dataDir: target, host: 'web', version: 'fault-test' });
  if (backend.startupError) throw new Error(backend.startupError.message);
  say('ready');
  const result =
    mode === 'import'
      ? await backend.dispatch('packages.import', {
          fileName: 'p.zip',
          base64: fs.readFileSync(arg).toString('base64'),
        })
      : await backend.dispatch('backups.restore', { name: arg });
  if (!result.ok) throw new Error(result.error.message);
  say('done');
}
main().catch((error: unknown) => {
  fs.writeSync(2, `${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(5);
});
