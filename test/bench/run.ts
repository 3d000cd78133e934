// npm run bench: figures for the operations people wait on. Later features add their rows here.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBackend } from '../../electron/backend/backend';
import { startWebHost } from '../../electron/web/web-host';
import { createApiClient } from '../../renderer/src/api/api-client';
import { httpTransport } from '../../renderer/src/api/http-transport';
import { generateClients } from './generate';
import { printTable, time, type Row } from './measure';

async function main(): Promise<void> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ja-bench-'));
  const rows: Row[] = [];
  try {
    for (const count of [1_000, 10_000]) {
      const dataDir = path.join(root, `list-${count}`);
      let backend!: ReturnType<typeof createBackend>;
      rows.push(await time(`create database + migrate (then load ${count} clients)`, 1, () => (backend = createBackend({ dataDir, host: 'web', version: 'bench' }))));
      generateClients(backend.database!.db, count);
      rows.push(await time(`clients.list (${count} clients, backend)`, 50, () => backend.dispatch('clients.list', { includeArchived: true })));
      backend.close();

      const host = await startWebHost({ dataDir, rendererDir: root });
      const api = createApiClient(httpTransport(host.url, host.token));
      rows.push(await time(`clients.list (${count} clients, over HTTP)`, 50, () => api.call('clients.list', { includeArchived: true })));
      await host.close();
    }

    const burstDir = path.join(root, 'burst');
    const backend = createBackend({ dataDir: burstDir, host: 'web', version: 'bench' });
    rows.push(
      await time('clients.create burst (each its own durable txn)', 1_000, async (i) => {
        const r = await backend.dispatch('clients.create', { name: `Burst ${i}`, sector: 'Retail', notes: 'n'.repeat(i % 200) });
        if (!r.ok) throw new Error(r.error.message);
      }),
    );
    const ids = ((await backend.dispatch('clients.list', {})) as { ok: true; value: { id: string }[] }).value.map((c) => c.id);
    rows.push(await time('clients.update (rename)', 1_000, (i) => backend.dispatch('clients.update', { id: ids[i % ids.length]!, changes: { name: `Renamed ${i}` } })));
    backend.close();

    console.log(`\nJourney Audit benchmark · node ${process.version} · ${os.cpus().length} cores · ${os.platform()}\n`);
    printTable(rows);
    console.log(`\npeak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

void main();
