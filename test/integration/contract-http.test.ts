import http from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startWebHost, type WebHost } from '../../electron/web/web-host';
import { createApiClient, ApiCallError, type ApiClient } from '../../renderer/src/api/api-client';
import { httpTransport } from '../../renderer/src/api/http-transport';
import { METHOD_NAMES, type MethodName } from '../../shared/contract';
import type { Result } from '../../shared/result';
import { tempDir } from '../support/temp-dir';

let host: WebHost;
let api: ApiClient;

beforeEach(async () => {
  host = await startWebHost({ dataDir: tempDir(), rendererDir: tempDir() });
  api = createApiClient(httpTransport(host.url, host.token));
});
afterEach(async () => {
  await host.close();
});

async function rawPost(path: string, body: string, headers: Record<string, string>): Promise<{ status: number; json: Result<unknown> }> {
  const res = await fetch(`${host.url}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body });
  return { status: res.status, json: (await res.json()) as Result<unknown> };
}

async function expectFailure(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiCallError);
  return (error as ApiCallError).error;
}

describe('every contract method through the HTTP transport against a real database', () => {
  it('round-trips each method with the values it was given', async () => {
    const covered = new Set<MethodName>();
    const mark = <T>(m: MethodName, v: T) => (covered.add(m), v);

    const info = mark('app.info', await api.call('app.info', {}));
    expect(info).toMatchObject({ host: 'web', schemaVersion: 1 });

    expect(mark('settings.get', await api.call('settings.get', {}))).toEqual({ language: null });
    expect(mark('settings.update', await api.call('settings.update', { language: 'ar' }))).toEqual({ language: 'ar' });
    expect(await api.call('settings.get', {})).toEqual({ language: 'ar' });

    const created = mark(
      'clients.create',
      await api.call('clients.create', {
        name: '  Banca Carpați  ',
        sector: 'Retail banking',
        country: 'România',
        notes: 'ملاحظة: العميل يفضّل الاجتماعات صباحًا',
        contactName: 'Ana Pop',
        contactEmail: 'ana@example.ro',
        contactPhone: '+40 21 000 0000',
      }),
    );
    expect(created).toMatchObject({ name: 'Banca Carpați', sector: 'Retail banking', country: 'România', contactEmail: 'ana@example.ro', archived: false });
    expect(created.notes).toBe('ملاحظة: العميل يفضّل الاجتماعات صباحًا');
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);

    expect(mark('clients.get', await api.call('clients.get', { id: created.id }))).toEqual(created);

    const renamed = mark('clients.update', await api.call('clients.update', { id: created.id, changes: { name: 'Carpathian Bank' } }));
    expect(renamed.name).toBe('Carpathian Bank');
    expect(renamed.sector).toBe('Retail banking');

    const other = await api.call('clients.create', { name: 'Acme Stores' });
    expect(other).toMatchObject({ sector: '', country: '', notes: '', contactEmail: '' });

    const archived = mark('clients.setArchived', await api.call('clients.setArchived', { id: other.id, archived: true }));
    expect(archived.archived).toBe(true);
    const active = mark('clients.list', await api.call('clients.list', {}));
    expect(active.map((c) => c.name)).toEqual(['Carpathian Bank']);
    expect((await api.call('clients.list', { includeArchived: true })).map((c) => [c.name, c.archived])).toEqual([
      ['Carpathian Bank', false],
      ['Acme Stores', true],
    ]);

    expect(mark('clients.delete', await api.call('clients.delete', { id: created.id }))).toEqual({ id: created.id });
    expect((await expectFailure(api.call('clients.get', { id: created.id }))).code).toBe('NOT_FOUND');
    expect((await expectFailure(api.call('clients.delete', { id: created.id }))).code).toBe('NOT_FOUND');

    // A method added to the contract without a round trip here fails this line.
    expect([...covered].sort()).toEqual([...METHOD_NAMES].sort());
  });

  it('rejects invalid input with a validation error naming the field, and writes nothing', async () => {
    const blank = await expectFailure(api.call('clients.create', { name: '   ' }));
    expect(blank.code).toBe('VALIDATION');
    expect(blank.issues).toEqual([{ field: 'name', rule: 'required', limit: 1 }]);
    expect(blank.message).toContain('name is required');

    const email = await expectFailure(api.call('clients.create', { name: 'Ok', contactEmail: 'not-an-email' }));
    expect(email.issues).toEqual([{ field: 'contactEmail', rule: 'email' }]);

    const long = await expectFailure(api.call('clients.create', { name: 'x'.repeat(121) }));
    expect(long.issues).toEqual([{ field: 'name', rule: 'tooLong', limit: 120 }]);

    const badId = await expectFailure(api.call('clients.update', { id: 'nope', changes: { name: 'X' } }));
    expect(badId.issues?.[0]?.field).toBe('id');

    const nested = await expectFailure(api.call('clients.update', { id: crypto.randomUUID(), changes: { name: '' } }));
    expect(nested.issues).toEqual([{ field: 'changes.name', rule: 'required', limit: 1 }]);

    const extra = await rawPost('api/clients.create', JSON.stringify({ name: 'X', isAdmin: true }), { 'x-journey-token': host.token });
    expect(extra.json).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });

    const lang = await expectFailure(api.call('settings.update', { language: 'fr' as 'en' }));
    expect(lang.issues?.[0]).toMatchObject({ field: 'language', rule: 'invalid' });

    expect(await api.call('clients.list', { includeArchived: true })).toEqual([]);
  });

  it('refuses calls without the token, with a wrong token, or for another Host', async () => {
    const none = await rawPost('api/clients.create', JSON.stringify({ name: 'Intruder' }), {});
    expect(none.status).toBe(401);
    expect(none.json).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });

    const wrong = await rawPost('api/clients.create', JSON.stringify({ name: 'Intruder' }), { 'x-journey-token': `${host.token}x` });
    expect(wrong.status).toBe(401);

    const events = await fetch(`${host.url}api/events?token=wrong`);
    expect(events.status).toBe(401);

    const rebinding = await new Promise<number>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port: host.port, path: '/api/clients.list', method: 'POST', headers: { Host: 'evil.example:80', 'x-journey-token': host.token } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end('{}');
    });
    expect(rebinding).toBe(421);

    expect(await api.call('clients.list', { includeArchived: true })).toEqual([]);
  });

  it('answers unknown methods, bad JSON and GET on the API with error values, never stack traces', async () => {
    const unknown = await rawPost('api/clients.drop', '{}', { 'x-journey-token': host.token });
    expect(unknown.json).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    const badJson = await rawPost('api/clients.list', '{not json', { 'x-journey-token': host.token });
    expect(badJson.status).toBe(400);
    expect(badJson.json).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(JSON.stringify(badJson.json)).not.toMatch(/at .*\.ts:\d+/);
    const get = await fetch(`${host.url}api/clients.list`);
    expect(get.status).toBe(405);
  });

  it('pushes events to the event stream after a committed change', async () => {
    const controller = new AbortController();
    const res = await fetch(`${host.url}api/events?token=${host.token}`, { signal: controller.signal });
    expect(res.headers.get('content-type')).toBe('text/event-stream');
    const reader = res.body!.getReader();
    const created = await api.call('clients.create', { name: 'Evented' });
    let text = '';
    while (!text.includes('clients.changed')) text += new TextDecoder().decode((await reader.read()).value);
    expect(text).toContain(JSON.stringify({ event: 'clients.changed', payload: { id: created.id, change: 'created' } }));
    controller.abort();
  });

  it('listens on 127.0.0.1 only and sends the content security policy with every answer', async () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const res = await fetch(`${host.url}missing.js`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
  });
});
