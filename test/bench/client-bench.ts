import path from 'node:path';
import { createBackend } from '../../electron/backend/backend';
import { startWebHost } from '../../electron/web/web-host';
import { createApiClient } from '../../renderer/src/api/api-client';
import { httpTransport } from '../../renderer/src/api/http-transport';
import { generateClients } from './generate';
import { time, type Row } from './measure';

/** Client lists of 1,000 and 10,000 clients (backend and over HTTP), a burst of creates and renames. */
export async function clientBench(root: string): Promise<Row[]> {
  const rows: Row[] = [];
  for (const count of [1_000, 10_000]) {
    const dataDir = path.join(root, `list-${count}`);
    let backend!: ReturnType<typeof createBackend>;
    rows.push(
      await time(
        `create database + migrate (then load ${count} clients)`,
        1,
        () => (backend = createBackend({ dataDir, host: 'web', version: 'bench' })),
      ),
    );
    generateClients(backend.database!.db, count);
    rows.push(
      await time(`clients.list (${count} clients, backend)`, 50, () =>
        backend.dispatch('clients.list', { includeArchived: true }),
      ),
    );
    backend.close();

    const host = await startWebHost({ dataDir, rendererDir: root });
    const api = createApiClient(httpTransport(host.url, host.token));
    rows.push(
      await time(`clients.list (${count} clients, over HTTP)`, 50, () =>
        api.call('clients.list', { includeArchived: true }),
      ),
    );
    await host.close();
  }

  const backend = createBackend({ dataDir: path.join(root, 'burst'), host: 'web', version: 'bench' });
  rows.push(
    await time('clients.create burst (each its own durable txn)', 1_000, async (i) => {
      const r = await backend.dispatch('clients.create', {
        name: `Burst ${i}`,
        sector: 'Retail',
        notes: 'n'.repeat(i % 200),
      });
      if (!r.ok) throw new Error(r.error.message);
    }),
  );
  const ids = ((await backend.dispatch('clients.list', {})) as { ok: true; value: { id: string }[] }).value.map(
    (c) => c.id,
  );
  rows.push(
    await time('clients.update (rename)', 1_000, (i) =>
      backend.dispatch('clients.update', { id: ids[i % ids.length]!, changes: { name: `Renamed ${i}` } }),
    ),
  );
  backend.close();
  return rows;
}
