import fs from 'node:fs';
import http from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startWebHost, type WebHost } from '../../electron/web/web-host';
import { createApiClient, ApiCallError, type ApiClient } from '../../renderer/src/api/api-client';
import { httpTransport } from '../../renderer/src/api/http-transport';
import { LATEST_SCHEMA_VERSION } from '../../electron/backend/db/migrations';
import { METHOD_NAMES, type MethodName } from '../../shared/contract';
import { testTemplate } from '../support/test-template';
import type { Result } from '../../shared/result';
import { tempDir } from '../support/temp-dir';

let host: WebHost;
let api: ApiClient;
let dataDir: string;
/** Methods each test round-tripped; the last test checks that together they cover the whole contract. */
const covered = new Set<MethodName>();
const mark = <T>(m: MethodName, v: T) => (covered.add(m), v);

beforeEach(async () => {
  dataDir = tempDir();
  host = await startWebHost({ dataDir, rendererDir: tempDir() });
  api = createApiClient(httpTransport(host.url, host.token));
});
afterEach(async () => {
  await host.close();
});

async function rawPost(
  path: string,
  body: string,
  headers: Record<string, string>,
): Promise<{ status: number; json: Result<unknown> }> {
  const res = await fetch(`${host.url}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body,
  });
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
    const info = mark('app.info', await api.call('app.info', {}));
    expect(info).toMatchObject({ host: 'web', schemaVersion: LATEST_SCHEMA_VERSION });

    const defaults = { consultantName: '', accentColour: '#1f4e79', logoDataUrl: null };
    expect(mark('settings.get', await api.call('settings.get', {}))).toEqual({ language: null, ...defaults });
    expect(mark('settings.update', await api.call('settings.update', { language: 'ar' }))).toEqual({
      language: 'ar',
      ...defaults,
    });
    expect(await api.call('settings.get', {})).toEqual({ language: 'ar', ...defaults });
    expect(await api.call('settings.update', { consultantName: 'Northlight CX', accentColour: '#aa3300' })).toEqual({
      language: 'ar',
      consultantName: 'Northlight CX',
      accentColour: '#aa3300',
      logoDataUrl: null,
    });

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
    expect(created).toMatchObject({
      name: 'Banca Carpați',
      sector: 'Retail banking',
      country: 'România',
      contactEmail: 'ana@example.ro',
      archived: false,
    });
    expect(created.notes).toBe('ملاحظة: العميل يفضّل الاجتماعات صباحًا');
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);

    expect(mark('clients.get', await api.call('clients.get', { id: created.id }))).toEqual(created);

    const renamed = mark(
      'clients.update',
      await api.call('clients.update', { id: created.id, changes: { name: 'Carpathian Bank' } }),
    );
    expect(renamed.name).toBe('Carpathian Bank');
    expect(renamed.sector).toBe('Retail banking');

    const other = await api.call('clients.create', { name: 'Acme Stores' });
    expect(other).toMatchObject({ sector: '', country: '', notes: '', contactEmail: '' });

    const archived = mark(
      'clients.setArchived',
      await api.call('clients.setArchived', { id: other.id, archived: true }),
    );
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
  });

  it('round-trips templates, audits, evidence and the sample', async () => {
    const client = await api.call('clients.create', { name: 'Olive Telecom' });
    const imported = mark(
      'templates.import',
      await api.call('templates.import', { fileName: 'test.json', text: JSON.stringify(testTemplate()) }),
    );
    expect(imported).toMatchObject({
      name: 'Test journey',
      stages: 2,
      touchpoints: 3,
      criteria: 7,
      builtinKey: null,
      latestVersion: null,
    });
    const listed = mark('templates.list', await api.call('templates.list', {}));
    expect(listed.map((t) => t.id)).toContain(imported.id);
    expect(
      mark('templates.get', await api.call('templates.get', { id: imported.id })).definition.touchpoints[1]!
        .criteria[2]!.scale,
    ).toEqual({
      type: 'options',
      options: [
        { id: 'short', label: 'Under 2 min', points: 3 },
        { id: 'medium', label: '2-5 min', points: 1 },
        { id: 'long', label: 'Over 5 min', points: 0 },
      ],
    });
    const copy = mark('templates.duplicate', await api.call('templates.duplicate', { id: imported.id, name: 'Copy' }));
    const renamed = mark(
      'templates.update',
      await api.call('templates.update', { id: copy.id, definition: { ...copy.definition, name: 'Copy, renamed' } }),
    );
    expect(renamed.name).toBe('Copy, renamed');
    const exported = mark('templates.export', await api.call('templates.export', { id: renamed.id }));
    expect(exported.fileName).toBe('Copy-renamed.journey-template.json');
    expect(JSON.parse(exported.text)).toEqual(renamed.definition);
    expect(mark('templates.delete', await api.call('templates.delete', { id: renamed.id }))).toEqual({
      id: renamed.id,
    });

    const audit = mark(
      'audits.create',
      await api.call('audits.create', {
        clientId: client.id,
        templateId: imported.id,
        title: 'Baseline',
        auditDate: '2027-02-01',
        persona: 'Young professional',
      }),
    );
    expect(audit).toMatchObject({ title: 'Baseline', persona: 'Young professional', status: 'draft', total: 7 });
    expect(mark('audits.list', await api.call('audits.list', { clientId: client.id })).map((a) => a.id)).toEqual([
      audit.id,
    ]);
    expect(mark('audits.get', await api.call('audits.get', { id: audit.id })).clientName).toBe('Olive Telecom');
    expect(mark('audits.open', await api.call('audits.open', { id: audit.id })).clientName).toBe('Olive Telecom');
    expect(
      mark('audits.update', await api.call('audits.update', { id: audit.id, changes: { site: 'Mall kiosk' } })).site,
    ).toBe('Mall kiosk');
    expect(
      mark(
        'audits.setAnswer',
        await api.call('audits.setAnswer', {
          auditId: audit.id,
          touchpointId: 'website',
          criterionId: 'price-shown',
          value: { kind: 'yesno', value: true },
        }),
      ).status,
    ).toBe('in_progress');
    mark(
      'audits.setNote',
      await api.call('audits.setNote', {
        auditId: audit.id,
        touchpointId: 'website',
        criterionId: 'price-shown',
        note: '<b>not bold</b>',
      }),
    );
    mark(
      'audits.setRecord',
      await api.call('audits.setRecord', { auditId: audit.id, touchpointId: 'website', field: 'emotion', value: 5 }),
    );
    expect(
      mark(
        'audits.setPosition',
        await api.call('audits.setPosition', { auditId: audit.id, touchpointId: 'branch', criterionId: 'wait' }),
      ),
    ).toEqual({ ok: true });
    const undone = mark('audits.undo', await api.call('audits.undo', { auditId: audit.id }));
    expect(undone.undone).toMatchObject({ field: 'emotion', touchpointId: 'website' });
    expect(undone.audit.position).toEqual({ touchpointId: 'website', criterionId: null });
    expect(undone.audit.answers[0]).toMatchObject({ value: { kind: 'yesno', value: true }, note: '<b>not bold</b>' });

    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
      'base64',
    );
    const photo = mark(
      'evidence.add',
      await api.call('evidence.add', {
        auditId: audit.id,
        touchpointId: 'website',
        fileName: 'dot.png',
        dataBase64: png.toString('base64'),
      }),
    );
    expect(photo).toMatchObject({ width: 1, height: 1, mime: 'image/png', bytes: png.length });
    expect(
      mark('evidence.image', await api.call('evidence.image', { id: photo.id, variant: 'original' })).dataUrl,
    ).toBe(`data:image/png;base64,${png.toString('base64')}`);
    const marked = mark(
      'evidence.setMarkup',
      await api.call('evidence.setMarkup', {
        id: photo.id,
        markup: [{ kind: 'redact', x: 0, y: 0, w: 1, h: 1, style: 'solid' }],
      }),
    );
    expect(marked).toMatchObject({ id: photo.id, markup: [{ kind: 'redact', style: 'solid' }] });
    expect(mark('evidence.remove', await api.call('evidence.remove', { id: photo.id }))).toEqual({ id: photo.id });
    // Only a completed audit can be signed: this one is not, so nothing is signed and nothing was lost.
    expect(mark('audits.signOffOf', await api.call('audits.signOffOf', { auditId: audit.id }))).toEqual({
      current: null,
      lost: null,
    });
    const unsigned = await expectFailure(
      api.call('audits.signOff', {
        auditId: audit.id,
        name: 'Maria Pop',
        role: 'Store manager',
        signaturePng: `data:image/png;base64,${png.toString('base64')}`,
      }),
    );
    expect(mark('audits.signOff', unsigned).code).toBe('NOT_ALLOWED');
    expect(unsigned.message).toMatch(/complete/i);

    const incomplete = await expectFailure(api.call('audits.complete', { id: audit.id }));
    expect(incomplete.code).toBe('AUDIT_INCOMPLETE');
    covered.add('audits.complete');
    await expectFailure(api.call('audits.reopen', { id: audit.id, reason: 'not complete' }));
    covered.add('audits.reopen');
    expect(mark('audits.delete', await api.call('audits.delete', { id: audit.id }))).toEqual({ id: audit.id });

    const sample = mark('samples.create', await api.call('samples.create', { language: 'ar' }));
    const sampleAudit = await api.call('audits.get', { id: sample.auditId });
    expect(sampleAudit.clientId).toBe(sample.clientId);
    expect(sampleAudit.status).toBe('in_progress');
    expect(sampleAudit.answered).toBeGreaterThan(0);
    expect(sampleAudit.answered).toBeLessThan(sampleAudit.total);
    expect(sampleAudit.definition.language).toBe('ar');
  });

  it('round-trips the action plan', async () => {
    const client = await api.call('clients.create', { name: 'Cedar Bank' });
    const template = await api.call('templates.import', {
      fileName: 'test.json',
      text: JSON.stringify(testTemplate()),
    });
    const audit = await api.call('audits.create', {
      clientId: client.id,
      templateId: template.id,
      title: 'Baseline',
      auditDate: '2027-02-01',
    });
    const action = mark(
      'actions.create',
      await api.call('actions.create', {
        clientId: client.id,
        auditId: audit.id,
        touchpointId: 'branch',
        title: 'درّب الموظفين — greet within 30 s',
        dueDate: '2027-03-01',
        priority: 'high',
      }),
    );
    expect(action).toMatchObject({
      auditTitle: 'Baseline',
      touchpointId: 'branch',
      title: 'درّب الموظفين — greet within 30 s',
      status: 'open',
      priority: 'high',
      dueDate: '2027-03-01',
    });
    expect(
      mark('actions.update', await api.call('actions.update', { id: action.id, changes: { status: 'done' } })).status,
    ).toBe('done');
    expect(
      mark(
        'actions.list',
        await api.call('actions.list', { clientId: client.id, status: ['done'], touchpointId: 'branch' }),
      ).map((a) => a.id),
    ).toEqual([action.id]);
    expect(mark('actions.delete', await api.call('actions.delete', { id: action.id }))).toEqual({ id: action.id });
    expect((await expectFailure(api.call('actions.delete', { id: action.id }))).code).toBe('NOT_FOUND');
  });

  it('round-trips customer metrics', async () => {
    const client = await api.call('clients.create', { name: 'Banca Carpați' });
    const template = await api.call('templates.import', {
      fileName: 'test.json',
      text: JSON.stringify(testTemplate()),
    });
    const before = await api.call('audits.create', {
      clientId: client.id,
      templateId: template.id,
      title: 'Baseline',
      auditDate: '2027-02-01',
    });
    const after = await api.call('audits.create', {
      clientId: client.id,
      templateId: template.id,
      title: 'Follow-up',
      auditDate: '2027-08-01',
    });
    expect(mark('metrics.get', await api.call('metrics.get', { auditId: before.id }))).toMatchObject({
      inputs: {},
      updatedAt: null,
      summary: { nps: { value: null } },
    });
    const saved = mark(
      'metrics.set',
      await api.call('metrics.set', {
        auditId: before.id,
        inputs: { npsMode: 'raw', npsAnswers: [10, 9, 9, 8, 7, 6, 3, 0, 10, 5], cesScale: 7, cesMean: 5.5 },
      }),
    );
    expect(saved.inputs).toEqual({
      npsMode: 'raw',
      npsAnswers: [10, 9, 9, 8, 7, 6, 3, 0, 10, 5],
      cesScale: 7,
      cesMean: 5.5,
    });
    expect(saved.summary.nps).toMatchObject({ value: 0, promoters: 4, passives: 2, detractors: 4 });
    await api.call('metrics.set', {
      auditId: after.id,
      inputs: { npsMode: 'counts', promoters: 6, passives: 2, detractors: 2 },
    });
    const cmp = mark(
      'metrics.compare',
      await api.call('metrics.compare', { baselineAuditId: before.id, followUpAuditId: after.id }),
    );
    expect(cmp.deltas.nps).toEqual({ before: 0, after: 40, change: 40, movement: 'improved' });
    expect(
      (await expectFailure(api.call('metrics.set', { auditId: before.id, inputs: { npsAnswers: [11] } }))).issues?.[0]
        ?.field,
    ).toBe('inputs.npsAnswers.0');
  });

  it('round-trips the dashboard, comparison, trend, movement and baseline', async () => {
    const client = await api.call('clients.create', { name: 'Cedar Bank' });
    const template = await api.call('templates.import', {
      fileName: 'test.json',
      text: JSON.stringify(testTemplate()),
    });
    const ids: string[] = [];
    for (const [date, sign] of [
      ['2027-01-01', true],
      ['2027-04-01', false],
      ['2027-07-01', true],
    ] as const) {
      const a = await api.call('audits.create', {
        clientId: client.id,
        templateId: template.id,
        title: date,
        auditDate: date,
      });
      await api.call('audits.setAnswer', {
        auditId: a.id,
        touchpointId: 'signage',
        criterionId: 'visible',
        value: { kind: 'yesno', value: sign },
      });
      ids.push(a.id);
    }
    const board = mark('insights.client', await api.call('insights.client', { clientId: client.id }));
    expect(board.trends[0]!.points.map((p) => p.overall)).toEqual([100, 0, 100]);
    const view = mark(
      'insights.compare',
      await api.call('insights.compare', { baselineId: ids[1]!, followUpId: ids[2]! }),
    );
    expect(view.overall).toEqual({
      key: 'overall',
      label: 'overall',
      before: 0,
      after: 100,
      change: 100,
      movement: 'improved',
    });
    const trend = mark('insights.trend', await api.call('insights.trend', { auditIds: ids }));
    expect(trend.audits.map((a) => a.overall)).toEqual([100, 0, 100]);
    expect(
      mark('audits.setBaseline', await api.call('audits.setBaseline', { id: ids[2]!, baselineId: ids[0]! })),
    ).toEqual({ id: ids[2], baselineId: ids[0] });
    const moved = mark('insights.movement', await api.call('insights.movement', { auditId: ids[2]! }));
    expect(moved.baseline?.auditId).toBe(ids[0]);
    expect(moved.touchpoints.find((t) => t.touchpointId === 'signage')).toMatchObject({
      before: 100,
      after: 100,
      movement: 'unchanged',
    });
  });

  it('answers the PDF report methods in the host: start, follow, cancel', async () => {
    const client = await api.call('clients.create', { name: 'Cedar Bank' });
    const template = await api.call('templates.import', {
      fileName: 'test.json',
      text: JSON.stringify(testTemplate()),
    });
    const audit = await api.call('audits.create', {
      clientId: client.id,
      templateId: template.id,
      title: 'Baseline',
      auditDate: '2027-01-01',
    });
    const { jobId } = mark(
      'reports.startPdf',
      await api.call('reports.startPdf', { auditId: audit.id, sections: ['cover'], fileName: 'r.pdf' }),
    );
    expect(mark('reports.cancelPdf', await api.call('reports.cancelPdf', { jobId }))).toEqual({ cancelled: true });
    expect(mark('reports.pdfStatus', await api.call('reports.pdfStatus', { jobId }))).toMatchObject({
      jobId,
      state: 'cancelled',
      result: null,
    });
    expect((await expectFailure(api.call('reports.pdfStatus', { jobId: 'unknown' }))).code).toBe('NOT_FOUND');
    // The export panel's ask: the web host starts its print browser (closed again when the host stops).
    expect(mark('reports.preparePrinter', await api.call('reports.preparePrinter', {}))).toEqual({ ready: true });
  });

  it('exports an audit as CSV and XLSX downloads, and never writes a path the page names', async () => {
    const client = await api.call('clients.create', { name: 'Cedar Bank' });
    const template = await api.call('templates.import', {
      fileName: 'test.json',
      text: JSON.stringify(testTemplate()),
    });
    const audit = await api.call('audits.create', {
      clientId: client.id,
      templateId: template.id,
      title: 'Baseline',
      auditDate: '2027-01-01',
    });
    await api.call('audits.setAnswer', {
      auditId: audit.id,
      touchpointId: 'signage',
      criterionId: 'visible',
      value: { kind: 'yesno', value: true },
    });
    await api.call('audits.setNote', {
      auditId: audit.id,
      touchpointId: 'signage',
      criterionId: 'visible',
      note: '=HYPERLINK("http://x")',
    });
    const csv = mark(
      'exports.data',
      await api.call('exports.data', {
        scope: { auditId: audit.id },
        format: 'csv',
        destination: { kind: 'download' },
      }),
    );
    expect(csv).toMatchObject({ fileName: 'Cedar Bank - Baseline - 2027-01-01.csv', rows: 7 });
    // The file is fetched once from its one-time address (no access token: the address is the permission).
    expect(csv.download!.url).toMatch(/^\/download\/[\w-]{32}$/);
    const fetched = await fetch(new URL(csv.download!.url, host.url));
    expect(fetched.status).toBe(200);
    expect(fetched.headers.get('content-type')).toBe('text/csv;charset=utf-8');
    expect(fetched.headers.get('content-disposition')).toBe(
      `attachment; filename="Cedar Bank - Baseline - 2027-01-01.csv"; filename*=UTF-8''Cedar%20Bank%20-%20Baseline%20-%202027-01-01.csv`,
    );
    const text = Buffer.from(await fetched.arrayBuffer()).toString('utf8');
    expect(Buffer.byteLength(text)).toBe(csv.bytes);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toContain(`"'=HYPERLINK(""http://x"")"`);
    const again = await fetch(new URL(csv.download!.url, host.url));
    expect(again.status).toBe(404);
    expect((await fetch(new URL('/download/not-a-token', host.url))).status).toBe(404);
    const xlsx = await api.call('exports.data', {
      scope: { clientId: client.id },
      format: 'xlsx',
      destination: { kind: 'download' },
    });
    const book = Buffer.from(await (await fetch(new URL(xlsx.download!.url, host.url))).arrayBuffer());
    expect(book.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(xlsx.bytes).toBe(book.length);
    // Fetched means gone: nothing of either export is left in the data folder (removed once the stream closed).
    await expect.poll(() => fs.readdirSync(dataDir).filter((f) => f.endsWith('.tmp')), { timeout: 5_000 }).toEqual([]);
    const refused = await expectFailure(
      api.call('exports.data', {
        scope: { auditId: audit.id },
        format: 'csv',
        destination: { kind: 'file', path: '/tmp/x.csv' },
      }),
    );
    expect(refused.code).toBe('NOT_ALLOWED');
  });

  it('round-trips the report data of the print view', async () => {
    const client = await api.call('clients.create', { name: 'Cedar Bank' });
    const template = await api.call('templates.import', {
      fileName: 'test.json',
      text: JSON.stringify(testTemplate()),
    });
    const before = await api.call('audits.create', {
      clientId: client.id,
      templateId: template.id,
      title: 'Baseline',
      auditDate: '2027-01-01',
    });
    const after = await api.call('audits.create', {
      clientId: client.id,
      templateId: template.id,
      title: 'Follow-up',
      auditDate: '2027-06-01',
    });
    await api.call('audits.setAnswer', {
      auditId: after.id,
      touchpointId: 'signage',
      criterionId: 'visible',
      value: { kind: 'yesno', value: true },
    });
    await api.call('audits.setNote', {
      auditId: after.id,
      touchpointId: 'signage',
      criterionId: 'visible',
      note: '<img src=x onerror=alert(1)>',
    });
    const data = mark('reports.data', await api.call('reports.data', { auditId: after.id }));
    expect(data).toMatchObject({
      client: { name: 'Cedar Bank' },
      audit: { id: after.id, title: 'Follow-up' },
      baseline: { audit: { id: before.id } },
      images: {},
    });
    expect(data.score.overall.percent).toBe(100);
    expect(data.audit.answers[0]!.note).toBe('<img src=x onerror=alert(1)>');
    expect(data.maturity.stage).toBeGreaterThanOrEqual(1);
    // No photo in this audit: the photos alone are an empty map too.
    expect(mark('reports.photos', await api.call('reports.photos', { auditId: after.id }))).toEqual({});
    // The consultant's writing: empty at first, saved, read back in the report's data.
    expect(mark('reports.getWriting', await api.call('reports.getWriting', { auditId: after.id }))).toEqual({
      summary: '',
      recommendations: '',
      captions: {},
      updatedAt: null,
    });
    mark(
      'reports.setText',
      await api.call('reports.setText', { auditId: after.id, field: 'summary', text: '  The **branch** improved.\n' }),
    );
    await api.call('reports.setText', { auditId: after.id, field: 'recommendations', text: '- Keep it' });
    const refused = await expectFailure(
      api.call('reports.setText', { auditId: after.id, field: 'summary', text: 'x\u202ey' }),
    );
    expect(refused.code).toBe('VALIDATION');
    const unknownPhoto = await expectFailure(
      api.call('reports.setCaption', { evidenceId: after.id, caption: 'Queue' }),
    );
    expect(unknownPhoto.code).toBe('NOT_FOUND');
    covered.add('reports.setCaption');
    const written = await api.call('reports.data', { auditId: after.id, photos: false });
    expect(written.writing).toMatchObject({ summary: 'The **branch** improved.', recommendations: '- Keep it' });
    expect(
      (await api.call('reports.data', { auditId: after.id, baselineId: null, photos: false })).baseline,
    ).toBeNull();
  });

  it('round-trips sites, waves, visits, their review and the wave view', async () => {
    const client = await api.call('clients.create', { name: 'Cedar Bank' });
    const template = await api.call('templates.import', {
      fileName: 'test.json',
      text: JSON.stringify(testTemplate({ failRequiresComment: true })),
    });
    const site = mark(
      'sites.create',
      await api.call('sites.create', {
        clientId: client.id,
        name: 'Sucursala Cluj',
        address: 'Str. Memorandumului 1',
        region: 'Transilvania',
      }),
    );
    expect(site).toMatchObject({ name: 'Sucursala Cluj', region: 'Transilvania', visits: 0 });
    expect(
      mark('sites.update', await api.call('sites.update', { id: site.id, changes: { region: 'Nord-Vest' } })).region,
    ).toBe('Nord-Vest');
    expect(mark('sites.list', await api.call('sites.list', { clientId: client.id })).map((s) => s.id)).toEqual([
      site.id,
    ]);
    const wave = mark(
      'waves.create',
      await api.call('waves.create', {
        clientId: client.id,
        name: 'Q1 2027',
        startsOn: '2027-01-01',
        endsOn: '2027-03-31',
      }),
    );
    expect(
      mark('waves.update', await api.call('waves.update', { id: wave.id, changes: { name: 'T1 2027' } })).name,
    ).toBe('T1 2027');
    expect(mark('waves.list', await api.call('waves.list', { clientId: client.id })).map((w) => w.name)).toEqual([
      'T1 2027',
    ]);
    const audit = await api.call('audits.create', {
      clientId: client.id,
      templateId: template.id,
      title: 'Visit',
      auditType: 'mystery-shop',
      auditDate: '2027-02-03',
    });
    const updated = mark(
      'visits.update',
      await api.call('visits.update', {
        auditId: audit.id,
        changes: {
          siteId: site.id,
          waveId: wave.id,
          scenario: 'Deschide un cont',
          shopper: 'Ana',
          plannedDate: '2027-02-03',
        },
      }),
    );
    expect(updated.visit).toMatchObject({
      siteName: 'Sucursala Cluj',
      waveName: 'T1 2027',
      scenario: 'Deschide un cont',
      shopper: 'Ana',
    });
    await api.call('visits.stamp', { auditId: audit.id, moment: 'entered', at: '2027-02-03T10:00:00.000Z' });
    const stamped = mark(
      'visits.stamp',
      await api.call('visits.stamp', { auditId: audit.id, moment: 'greeted', at: '2027-02-03T10:01:30.000Z' }),
    );
    expect(stamped.visit.durations.waitingSeconds).toBe(90);
    for (const [touchpointId, criterionId] of [
      ['website', 'price-shown'],
      ['website', 'ease'],
      ['branch', 'greeting'],
      ['branch', 'nps-like'],
      ['branch', 'wait'],
      ['branch', 'hours'],
      ['signage', 'visible'],
    ] as const) {
      await api.call('audits.setAnswer', {
        auditId: audit.id,
        touchpointId,
        criterionId,
        value: criterionId === 'greeting' ? { kind: 'yesno', value: true } : { kind: 'na' },
      });
    }
    await api.call('audits.setAnswer', {
      auditId: audit.id,
      touchpointId: 'website',
      criterionId: 'price-shown',
      value: { kind: 'yesno', value: false },
    });
    const blocked = await expectFailure(api.call('audits.complete', { id: audit.id }));
    expect(blocked).toMatchObject({
      code: 'AUDIT_INCOMPLETE',
      issues: [{ field: 'website.price-shown.note', rule: 'required' }],
    });
    await api.call('audits.setNote', {
      auditId: audit.id,
      touchpointId: 'website',
      criterionId: 'price-shown',
      note: 'Fees only at the counter',
    });
    await api.call('audits.complete', { id: audit.id });
    const view = mark('waves.view', await api.call('waves.view', { waveId: wave.id, region: 'Nord-Vest' }));
    expect(view.sites).toMatchObject([{ siteId: site.id, rank: 1, visits: 1, change: null }]);
    expect(view.sites[0]!.trend).toEqual([view.sites[0]!.score]);
    expect(view.options.shoppers).toEqual(['Ana']);
    const reviewed = mark(
      'visits.review',
      await api.call('visits.review', { auditId: audit.id, decision: 'reviewed', comment: '' }),
    );
    expect(reviewed.visit.review.status).toBe('reviewed');
    expect((await expectFailure(api.call('audits.reopen', { id: audit.id, reason: 'typo' }))).code).toBe(
      'AUDIT_COMPLETE',
    );
  });

  it('round-trips visit packages and exchange conflicts', async () => {
    const client = await api.call('clients.create', { name: 'Package Bank' });
    const template = await api.call('templates.import', { fileName: 'p.json', text: JSON.stringify(testTemplate()) });
    const audit = await api.call('audits.create', {
      clientId: client.id,
      templateId: template.id,
      title: 'Visit',
      auditDate: '2027-02-01',
      auditType: 'mystery-shop',
    });
    await api.call('audits.setAnswer', {
      auditId: audit.id,
      touchpointId: 'website',
      criterionId: 'price-shown',
      value: { kind: 'yesno', value: true },
    });
    const pkg = mark(
      'packages.export',
      await api.call('packages.export', {
        scope: { auditIds: [audit.id] },
        name: 'One visit',
        destination: { kind: 'download' },
      }),
    );
    expect(pkg).toMatchObject({ fileName: 'One visit.zip', counts: { audits: 1, answers: 1 } });
    expect(
      (
        await expectFailure(
          api.call('packages.export', {
            scope: { clientId: client.id },
            name: 'x',
            destination: { kind: 'file', path: '/tmp/x.zip' },
          }),
        )
      ).code,
    ).toBe('NOT_ALLOWED');
    const preview = mark(
      'packages.preview',
      await api.call('packages.preview', { fileName: pkg.fileName, base64: pkg.base64! }),
    );
    expect(preview.counts.audits).toEqual({ add: 0, update: 0, unchanged: 1, conflict: 0, refused: 0 });
    const imported = mark(
      'packages.import',
      await api.call('packages.import', { fileName: pkg.fileName, base64: pkg.base64! }),
    );
    expect(imported.totals.add + imported.totals.update + imported.totals.conflict).toBe(0);
    expect(
      (
        await expectFailure(
          api.call('packages.import', { fileName: 'bad.zip', base64: Buffer.from('not a zip').toString('base64') }),
        )
      ).code,
    ).toBe('INVALID_FILE');
    expect(mark('conflicts.list', await api.call('conflicts.list', { clientId: client.id }))).toEqual([]);
    const missing = await expectFailure(
      api.call('conflicts.resolve', { id: '8d1f3c1e-2b4a-4c6d-9e8f-0a1b2c3d4e5f', keep: 'local' }),
    );
    expect(missing.code).toBe('NOT_FOUND');
    mark('conflicts.resolve', missing);
  });

  it('keeps and verifies the audit trail', async () => {
    const identity = mark(
      'trail.setIdentity',
      await api.call('trail.setIdentity', { actor: 'Ana', device: 'Tablet 2' }),
    );
    expect(mark('trail.identity', await api.call('trail.identity', {}))).toEqual(identity);
    const client = await api.call('clients.create', { name: 'Trail Bank' });
    const template = await api.call('templates.import', { fileName: 'tr.json', text: JSON.stringify(testTemplate()) });
    const audit = await api.call('audits.create', {
      clientId: client.id,
      templateId: template.id,
      title: 'Trail',
      auditDate: '2027-02-01',
    });
    await api.call('audits.setAnswer', {
      auditId: audit.id,
      touchpointId: 'website',
      criterionId: 'price-shown',
      value: { kind: 'yesno', value: true },
    });
    const history = mark('trail.history', await api.call('trail.history', { auditId: audit.id }));
    expect(history.entries).toMatchObject([{ index: 1, field: 'answer', actor: 'Ana', device: 'Tablet 2' }]);
    await api.call('audits.setNote', {
      auditId: audit.id,
      touchpointId: 'website',
      criterionId: 'price-shown',
      note: 'Prețul întreg apare',
    });
    const hits = mark('search.findings', await api.call('search.findings', { query: 'pretul', clientId: client.id }));
    expect(hits).toMatchObject([{ kind: 'note', auditId: audit.id, text: 'Prețul întreg apare' }]);
    const missing = await expectFailure(
      api.call('evidence.setCaption', { id: '8d1f3c1e-2b4a-4c6d-9e8f-0a1b2c3d4e5f', caption: 'x' }),
    );
    expect(mark('evidence.setCaption', missing).code).toBe('NOT_FOUND');
    const verified = mark('trail.verify', await api.call('trail.verify', { auditId: audit.id }));
    expect(verified).toMatchObject({ ok: true, entries: 2 });
    const noPhoto = await expectFailure(
      api.call('evidence.setMarkup', {
        id: '8d1f3c1e-2b4a-4c6d-9e8f-0a1b2c3d4e5f',
        markup: [{ kind: 'redact', x: 0.1, y: 0.1, w: 0.2, h: 0.2, style: 'blur' }],
      }),
    );
    expect(mark('evidence.setMarkup', noPhoto).code).toBe('NOT_FOUND');
    expect(mark('audits.signOffOf', await api.call('audits.signOffOf', { auditId: audit.id }))).toEqual({
      current: null,
      lost: null,
    });
    const early = await expectFailure(
      api.call('audits.signOff', {
        auditId: audit.id,
        name: 'Ana Pop',
        role: 'Branch manager',
        signaturePng: 'data:image/png;base64,iVBORw0KGgo=',
      }),
    );
    expect(mark('audits.signOff', early).code).toBe('NOT_ALLOWED'); // only a completed audit is signed
  });

  it("keeps privacy settings, purges, and answers a shopper's requests", async () => {
    const client = await api.call('clients.create', { name: 'Privacy Bank' });
    const template = await api.call('templates.import', { fileName: 'pr.json', text: JSON.stringify(testTemplate()) });
    const visit = await api.call('audits.create', {
      clientId: client.id,
      templateId: template.id,
      title: 'Old visit',
      auditType: 'mystery-shop',
      auditDate: '2020-01-10',
    });
    await api.call('visits.update', { auditId: visit.id, changes: { shopper: 'Ana' } });
    expect(mark('privacy.get', await api.call('privacy.get', { clientId: client.id }))).toMatchObject({
      retentionMonths: null,
    });
    const saved = mark(
      'privacy.update',
      await api.call('privacy.update', { clientId: client.id, changes: { retentionMonths: 24, staffInformed: 'no' } }),
    );
    expect(saved).toMatchObject({ retentionMonths: 24, staffInformed: 'no' });
    expect(mark('privacy.shoppers', await api.call('privacy.shoppers', {}))).toEqual([
      { shopper: 'Ana', visits: 1, clients: 1 },
    ]);
    const exported = mark('privacy.exportShopper', await api.call('privacy.exportShopper', { shopper: 'Ana' }));
    expect(JSON.parse(exported.json).visits).toHaveLength(1);
    const erasure = mark('privacy.planErasure', await api.call('privacy.planErasure', { shopper: 'ana' }));
    expect(erasure.totals.visits).toBe(1);
    const plan = mark('privacy.planPurge', await api.call('privacy.planPurge', { clientId: client.id }));
    expect(plan.visits.map((v) => v.title)).toEqual(['Old visit']);
    expect(
      mark('privacy.purge', await api.call('privacy.purge', { clientId: client.id, token: plan.token })).totals,
    ).toEqual(plan.totals);
    // The erasure's preview no longer matches: the purge already removed the name.
    expect((await expectFailure(api.call('privacy.erase', { shopper: 'ana', token: erasure.token }))).code).toBe(
      'NOT_ALLOWED',
    );
    mark('privacy.erase', null);
    const log = mark('privacy.log', await api.call('privacy.log', { clientId: client.id }));
    expect(log.map((e) => e.kind)).toContain('retention-purge');
  });

  it('backs up, lists, sets the interval and restores through HTTP', async () => {
    const client = await api.call('clients.create', { name: 'Before the backup' });
    const made = mark('backups.create', await api.call('backups.create', {}));
    expect(made).toMatchObject({ reason: 'manual', verified: true, counts: { clients: 1, audits: 0, answers: 0 } });
    expect(mark('backups.setInterval', await api.call('backups.setInterval', { minutes: 10 }))).toEqual({
      minutes: 10,
    });
    const list = mark('backups.list', await api.call('backups.list', {}));
    expect(list.intervalMinutes).toBe(10);
    expect(list.backups.map((b) => b.name)).toEqual([made.name]);
    await api.call('clients.update', { id: client.id, changes: { name: 'After the backup' } });
    const restored = mark('backups.restore', await api.call('backups.restore', { name: made.name }));
    expect(restored.restored).toBe(made.name);
    expect(restored.setAside).toMatch(/before-restore\.sqlite$/);
    expect((await api.call('clients.get', { id: client.id })).name).toBe('Before the backup');
    const bad = await expectFailure(api.call('backups.restore', { name: '../journey-audit.sqlite' }));
    expect(bad.code).toBe('VALIDATION');
  });

  it('answers the team methods without a hub: not linked, unreachable, refused addresses', async () => {
    expect(mark('team.status', await api.call('team.status', {}))).toMatchObject({ linked: false, waiting: 0 });
    const insecure = await expectFailure(
      api.call('team.join', { hubAddress: 'http://hub.example.org', inviteCode: 'AAAA-BBBB-CCCC', deviceName: 'Ana' }),
    );
    expect(insecure.issues).toEqual([{ field: 'hubAddress', rule: 'invalid' }]);
    // Nothing listens on port 9 here: the hub is unreachable, said in words, and nothing is stored.
    const unreachable = await expectFailure(
      api.call('team.join', { hubAddress: 'http://127.0.0.1:9', inviteCode: 'AAAA-BBBB-CCCC', deviceName: 'Ana' }),
    );
    expect(unreachable.code).toBe('BACKEND_UNAVAILABLE');
    covered.add('team.join');
    expect((await expectFailure(api.call('team.syncNow', {}))).code).toBe('NOT_FOUND');
    expect((await expectFailure(api.call('team.invite', { role: 'shopper', name: 'Sami' }))).code).toBe('NOT_FOUND');
    covered.add('team.invite');
    covered.add('team.syncNow');
    // The lead's team management and the refused list, on a laptop in no team.
    expect(mark('team.refused', await api.call('team.refused', {}))).toEqual([]);
    expect((await expectFailure(api.call('team.devices', {}))).code).toBe('NOT_FOUND');
    covered.add('team.devices');
    expect((await expectFailure(api.call('team.revoke', { deviceId: 'not-a-device' }))).code).toBe('VALIDATION');
    const revoke = await expectFailure(api.call('team.revoke', { deviceId: '0b6a4b2e-7a51-4d5e-9b0c-2f1e3d4c5b6a' }));
    expect(revoke.code).toBe('NOT_FOUND');
    covered.add('team.revoke');
    expect(mark('team.leave', await api.call('team.leave', {}))).toMatchObject({ linked: false });
  });

  it('round-trips a calibration session: create, answer, consensus, package out and back, overview', async () => {
    const template = await api.call('templates.import', { fileName: 'cal.json', text: JSON.stringify(testTemplate()) });
    const made = mark(
      'calibration.create',
      await api.call('calibration.create', {
        templateId: template.id,
        title: 'Calibrare martie',
        scenario: 'Vizita 14',
        raters: ['Ana', 'عمر'],
      }),
    );
    const sessionId = made.session.id;
    expect(made.session.raters).toEqual(['Ana', 'عمر']);
    for (const [rater, value] of [
      ['Ana', true],
      ['عمر', false],
    ] as const)
      mark(
        'calibration.setAnswer',
        await api.call('calibration.setAnswer', {
          sessionId,
          rater,
          touchpointId: 'branch',
          criterionId: 'greeting',
          value: { kind: 'yesno', value },
        }),
      );
    mark(
      'calibration.setConsensus',
      await api.call('calibration.setConsensus', {
        sessionId,
        touchpointId: 'branch',
        criterionId: 'greeting',
        value: { kind: 'yesno', value: true },
        note: 'Salut la 20 s',
      }),
    );
    const view = mark('calibration.get', await api.call('calibration.get', { id: sessionId }));
    expect(view.summary.raters).toEqual([
      { rater: 'Ana', compared: 1, matches: 1, accuracy: 1 },
      { rater: 'عمر', compared: 1, matches: 0, accuracy: 0 },
    ]);
    const out = mark(
      'calibration.exportPackage',
      await api.call('calibration.exportPackage', { sessionId, rater: 'Ana' }),
    );
    expect(out.answers).toBe(1);
    const back = mark(
      'calibration.importPackage',
      await api.call('calibration.importPackage', { fileName: out.fileName, base64: out.base64 }),
    );
    expect(back).toMatchObject({ sessionId, created: false, saved: 0, unchanged: 1 });
    const client = await api.call('clients.create', { name: 'Triangulation Bank' });
    const audit = await api.call('audits.create', {
      clientId: client.id,
      templateId: template.id,
      title: 'Walk',
      site: 'Hamra',
      auditDate: '2027-03-01',
    });
    await api.call('audits.setAnswer', {
      auditId: audit.id,
      touchpointId: 'signage',
      criterionId: 'visible',
      value: { kind: 'yesno', value: true },
    });
    await api.call('metrics.set', { auditId: audit.id, inputs: { promoters: 6, passives: 2, detractors: 2 } });
    const tri = mark('insights.triangulation', await api.call('insights.triangulation', { clientId: client.id }));
    expect(tri.points).toMatchObject([{ auditId: audit.id, site: 'Hamra', metrics: { nps: 40, csat: null } }]);
    expect(tri.stages.map((s) => s.id)).toEqual(['before', 'during']);
    const overview = mark('calibration.overview', await api.call('calibration.overview', {}));
    expect(overview.sessions).toMatchObject([{ title: 'Calibrare martie', consensus: 1, comparable: 6 }]);
  });

  it('has exercised every method of the contract', () => {
    // A method added to the contract without a round trip in this file fails here.
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

    const extra = await rawPost('api/clients.create', JSON.stringify({ name: 'X', isAdmin: true }), {
      'x-journey-token': host.token,
    });
    expect(extra.json).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });

    const lang = await expectFailure(api.call('settings.update', { language: 'fr' as 'en' }));
    expect(lang.issues?.[0]).toMatchObject({ field: 'language', rule: 'invalid' });

    expect(await api.call('clients.list', { includeArchived: true })).toEqual([]);
  });

  it('refuses calls without the token, with a wrong token, or for another Host', async () => {
    const none = await rawPost('api/clients.create', JSON.stringify({ name: 'Intruder' }), {});
    expect(none.status).toBe(401);
    expect(none.json).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });

    const wrong = await rawPost('api/clients.create', JSON.stringify({ name: 'Intruder' }), {
      'x-journey-token': `${host.token}x`,
    });
    expect(wrong.status).toBe(401);

    const events = await fetch(`${host.url}api/events?token=wrong`);
    expect(events.status).toBe(401);

    const rebinding = await new Promise<number>((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port: host.port,
          path: '/api/clients.list',
          method: 'POST',
          headers: { Host: 'evil.example:80', 'x-journey-token': host.token },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
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
    expect(text).toContain(
      JSON.stringify({ event: 'clients.changed', payload: { id: created.id, change: 'created' } }),
    );
    controller.abort();
  });

  it('listens on 127.0.0.1 only and sends the content security policy with every answer', async () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const res = await fetch(`${host.url}missing.js`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
  });
});
