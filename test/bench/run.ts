// npm run bench: figures for the operations people wait on. Later features add their rows here.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBackend } from '../../electron/backend/backend';
import { startWebHost } from '../../electron/web/web-host';
import { createApiClient } from '../../renderer/src/api/api-client';
import { httpTransport } from '../../renderer/src/api/http-transport';
import type { AnswerValue } from '../../shared/domain/audit';
import { answerFor, generateClients, generateTemplate } from './generate';
import { historyBench, type MainThreadFigure } from './history-bench';
import { exchangeBench } from './exchange-bench';
import { reportBench } from './report-bench';
import { printTable, time, type Row, unwrap } from './measure';

async function main(): Promise<void> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ja-bench-'));
  const rows: Row[] = [];
  try {
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

    const burstDir = path.join(root, 'burst');
    const backend = createBackend({ dataDir: burstDir, host: 'web', version: 'bench' });
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

    rows.push(...(await auditRows(path.join(root, 'audit'), root)));
    const history = await historyBench(path.join(root, 'history'));
    rows.push(...history.rows);
    rows.push(...(await reportBench(root)));
    rows.push(...(await exchangeBench(root)));

    console.log(`\nJourney Audit benchmark · node ${process.version} · ${os.cpus().length} cores · ${os.platform()}\n`);
    printTable(rows);
    console.log(
      `\nMain thread while the dashboard and comparison of ${history.answers.toLocaleString('en')} answers are computed and shown:\n`,
    );
    printFigures(history.mainThread);
    console.log(`\npeak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

/** Opening a 300 x 8 audit (fully answered) and the latency of saving one answer. */
async function auditRows(dataDir: string, rendererDir: string): Promise<Row[]> {
  const rows: Row[] = [];
  const backend = createBackend({ dataDir, host: 'web', version: 'bench' });
  const definition = generateTemplate(300, 8);
  const template = await unwrap<{ id: string }>(
    backend.dispatch('templates.import', { fileName: 'bench.json', text: JSON.stringify(definition) }),
  );
  const client = await unwrap<{ id: string }>(backend.dispatch('clients.create', { name: 'Bench client' }));
  const audit = await unwrap<{ id: string }>(
    backend.dispatch('audits.create', {
      clientId: client.id,
      templateId: template.id,
      title: 'Bench audit',
      auditDate: '2027-01-01',
    }),
  );
  const saves: { touchpointId: string; criterionId: string; value: unknown }[] = [];
  let n = 0;
  for (const tp of definition.touchpoints)
    for (const c of tp.criteria)
      saves.push({ touchpointId: tp.id, criterionId: c.id, value: answerFor(c.scale.type, n++) });
  rows.push(
    await time('audits.setAnswer (one answer, own durable txn)', 1_000, async (i) => {
      await unwrap(backend.dispatch('audits.setAnswer', { auditId: audit.id, ...saves[i]! }));
    }),
  );
  for (const s of saves.slice(1_000)) await unwrap(backend.dispatch('audits.setAnswer', { auditId: audit.id, ...s }));
  const answered = await unwrap<{ answered: number; total: number }>(backend.dispatch('audits.get', { id: audit.id }));
  if (answered.answered !== 2400 || answered.total !== 2400)
    throw new Error(`expected 2400 answers, got ${answered.answered}/${answered.total}`);
  rows.push(
    await time('audits.get (300 touchpoints x 8 criteria, backend)', 30, () =>
      backend.dispatch('audits.get', { id: audit.id }),
    ),
  );
  backend.close();
  const host = await startWebHost({ dataDir, rendererDir });
  const api = createApiClient(httpTransport(host.url, host.token));
  rows.push(
    await time('audits.get (300 x 8, over HTTP incl. JSON)', 30, () => api.call('audits.get', { id: audit.id })),
  );
  // Re-answer the same criteria with the values they already fit.
  rows.push(
    await time('audits.setAnswer over HTTP', 1_000, (i) =>
      api.call('audits.setAnswer', {
        auditId: audit.id,
        ...(saves[(i * 7) % saves.length] as { touchpointId: string; criterionId: string; value: AnswerValue }),
      }),
    ),
  );
  await host.close();
  return rows;
}

function printFigures(figures: MainThreadFigure[]): void {
  const width = Math.max(...figures.map((f) => f.check.length));
  console.log(`| ${'check'.padEnd(width)} |       ms |`);
  console.log(`|:${'-'.repeat(width + 1)}|---------:|`);
  for (const f of figures) console.log(`| ${f.check.padEnd(width)} | ${f.ms.toFixed(1).padStart(8)} |`);
}

void main();
