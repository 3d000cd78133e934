import path from 'node:path';
import { createBackend } from '../../electron/backend/backend';
import { startWebHost } from '../../electron/web/web-host';
import { createApiClient } from '../../renderer/src/api/api-client';
import { httpTransport } from '../../renderer/src/api/http-transport';
import type { AnswerValue } from '../../shared/domain/audit';
import { upsertFloor } from './floors';
import { answerFor, generateTemplate } from './generate';
import { time, unwrap, withGoal, type Row } from './measure';

const SAVES = 1_000;

/** Saving answers one by one into a 300 x 8 audit against the durable upsert floor, then opening it. */
export async function auditBench(root: string): Promise<Row[]> {
  const dataDir = path.join(root, 'audit');
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
  const saves: { touchpointId: string; criterionId: string; value: AnswerValue }[] = [];
  let n = 0;
  for (const tp of definition.touchpoints)
    for (const c of tp.criteria)
      saves.push({ touchpointId: tp.id, criterionId: c.id, value: answerFor(c.scale.type, n++) as AnswerValue });
  // The walk opens the audit (audits.get, untimed) before its first answer, as the app does.
  await unwrap(backend.dispatch('audits.get', { id: audit.id }));
  const save = await time(
    'audits.setAnswer (one answer, own durable txn, backend, audit opened first)',
    SAVES,
    async (i) => {
      await unwrap(backend.dispatch('audits.setAnswer', { auditId: audit.id, ...saves[i]! }));
    },
  );
  const floor = await upsertFloor(path.join(root, 'upsert-floor'), SAVES);
  rows.push(withGoal(save, { figure: 'p99', ratio: 2 }, floor));
  for (const s of saves.slice(SAVES)) await unwrap(backend.dispatch('audits.setAnswer', { auditId: audit.id, ...s }));
  const answered = await unwrap<{ answered: number; total: number }>(backend.dispatch('audits.get', { id: audit.id }));
  if (answered.answered !== 2400 || answered.total !== 2400)
    throw new Error(`expected 2400 answers, got ${answered.answered}/${answered.total}`);
  rows.push(
    await time('audits.get (300 touchpoints x 8 criteria, backend)', 30, () =>
      backend.dispatch('audits.get', { id: audit.id }),
    ),
  );
  backend.close();
  const host = await startWebHost({ dataDir, rendererDir: root });
  const api = createApiClient(httpTransport(host.url, host.token));
  rows.push(
    await time('audits.get (300 x 8, over HTTP incl. JSON)', 30, () => api.call('audits.get', { id: audit.id })),
  );
  // Re-answer the same criteria with the values they already fit.
  rows.push(
    await time('audits.setAnswer over HTTP', SAVES, (i) =>
      api.call('audits.setAnswer', { auditId: audit.id, ...saves[(i * 7) % saves.length]! }),
    ),
  );
  await host.close();
  return rows;
}
