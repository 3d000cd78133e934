import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { createBackend } from '../../electron/backend/backend';
import { readPackage } from '../../electron/backend/exchange/read-package';
import type { AnyRecord, RecordKind } from '../../shared/exchange/package-format';
import { dispatchOk } from './dispatch';
import { testTemplate } from './test-template';

/**
 * Real records of one visit (client, template, version, visit, answers, a photo), as a laptop's
 * database holds them: made through the API and exported as a package, then read back.
 */
export async function visitRecords(): Promise<Record<RecordKind, AnyRecord[]> & { photo: Buffer }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ja-hub-records-'));
  const b = createBackend({ dataDir: dir, host: 'web', version: 'test' });
  try {
    const client = await dispatchOk(b, 'clients.create', { name: 'Cedar Bank' });
    const template = await dispatchOk(b, 'templates.import', {
      fileName: 't.json',
      text: JSON.stringify(testTemplate()),
    });
    const audit = await dispatchOk(b, 'audits.create', {
      clientId: client.id,
      templateId: template.id,
      title: 'Visit to the harbour branch',
      auditDate: '2027-03-02',
    });
    await dispatchOk(b, 'audits.setAnswer', {
      auditId: audit.id,
      touchpointId: 'website',
      criterionId: 'price-shown',
      value: { kind: 'yesno', value: true },
    });
    const photo = await sharp({ create: { width: 40, height: 30, channels: 3, background: { r: 10, g: 200, b: 30 } } })
      .jpeg()
      .toBuffer();
    await dispatchOk(b, 'evidence.add', {
      auditId: audit.id,
      touchpointId: 'branch',
      fileName: 'p.jpg',
      dataBase64: photo.toString('base64'),
    });
    const pkg = await dispatchOk(b, 'packages.export', {
      scope: { auditIds: [audit.id] },
      name: 'records',
      destination: { kind: 'download' },
    });
    const read = readPackage(Buffer.from(pkg.base64!, 'base64'));
    return { ...(read.records as unknown as Record<RecordKind, AnyRecord[]>), photo };
  } finally {
    b.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
