import { afterEach, beforeEach, expect, it } from 'vitest';
import { startWebHost, TOKEN_HEADER, type WebHost } from '../../electron/web/web-host';
import { tempDir } from '../support/temp-dir';

let host: WebHost;
beforeEach(async () => {
  host = await startWebHost({ dataDir: tempDir(), rendererDir: tempDir() });
});
afterEach(async () => {
  await host.close();
});

it('a malformed percent-encoding in the method path is a bad request (400), not a server error', async () => {
  const res = await fetch(`${host.url}api/%E0%A4%A`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: host.token },
    body: '{}',
  });
  expect(res.status).toBe(400);
  const body = (await res.json()) as { ok: boolean; error: { code: string; message: string } };
  expect(body.ok).toBe(false);
  expect(body.error.code).toBe('UNKNOWN_METHOD');
});

it('reports.startPdf of an unknown audit is refused and starts no job', async () => {
  const res = await fetch(`${host.url}api/reports.startPdf`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: host.token },
    body: JSON.stringify({
      auditId: '00000000-0000-4000-8000-000000000009',
      sections: ['cover'],
      fileName: 'r.pdf',
    }),
  });
  const body = (await res.json()) as { ok: boolean; error: { code: string } };
  expect(body.ok).toBe(false);
  expect(body.error.code).toBe('NOT_FOUND');
});
