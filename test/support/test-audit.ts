import type { Backend } from '../../electron/backend/backend';
import { dispatchOk } from './dispatch';
import { testTemplate } from './test-template';

/** The test template imported, a client and an audit of it in a backend: what most audit tests start from. */
export async function createTestAudit(backend: Backend, fields: { client: string; site?: string }) {
  const template = await dispatchOk(backend, 'templates.import', {
    fileName: 't.json',
    text: JSON.stringify(testTemplate()),
  });
  const client = await dispatchOk(backend, 'clients.create', { name: fields.client });
  const audit = await dispatchOk(backend, 'audits.create', {
    clientId: client.id,
    templateId: template.id,
    title: 'A',
    ...(fields.site === undefined ? {} : { site: fields.site }),
    auditDate: '2027-03-01',
  });
  return { template, client, audit };
}
