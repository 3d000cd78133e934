import sharp from 'sharp';
import type { Backend } from '../../electron/backend/backend';
import { dispatchOk } from './dispatch';
import { testTemplate } from './test-template';

/**
 * The laptop the rule-book tests export from: a client, a visit on the test template (two answers and
 * a photo) and a visit on a built-in template, made through the API as a user would.
 */
export async function seedRuleBookVisits(backend: Backend) {
  const client = await dispatchOk(backend, 'clients.create', { name: 'Cedar Bank', notes: 'Main account' });
  const template = await dispatchOk(backend, 'templates.import', {
    fileName: 't.json',
    text: JSON.stringify(testTemplate()),
  });
  const visit = await dispatchOk(backend, 'audits.create', {
    clientId: client.id,
    templateId: template.id,
    title: 'Visit',
    auditDate: '2027-03-02',
    auditType: 'mystery-shop',
  });
  await dispatchOk(backend, 'audits.setAnswer', {
    auditId: visit.id,
    touchpointId: 'website',
    criterionId: 'price-shown',
    value: { kind: 'yesno', value: true },
  });
  await dispatchOk(backend, 'audits.setAnswer', {
    auditId: visit.id,
    touchpointId: 'website',
    criterionId: 'ease',
    value: { kind: 'scale', value: 4 },
  });
  const jpeg = await sharp({ create: { width: 40, height: 30, channels: 3, background: { r: 10, g: 200, b: 30 } } })
    .jpeg()
    .toBuffer();
  await dispatchOk(backend, 'evidence.add', {
    auditId: visit.id,
    touchpointId: 'branch',
    fileName: 'p.jpg',
    dataBase64: jpeg.toString('base64'),
  });
  const builtin = (await dispatchOk(backend, 'templates.list', { language: 'en' })).find(
    (t) => t.builtinKey === 'mystery-shop-branch',
  )!;
  const builtinVisit = await dispatchOk(backend, 'audits.create', {
    clientId: client.id,
    templateId: builtin.id,
    title: 'Branch visit',
    auditDate: '2027-03-03',
    auditType: 'mystery-shop',
  });
  return { client, visit, builtinVisit };
}
