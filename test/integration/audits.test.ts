import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { beforeEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../electron/backend/backend';
import type { MethodInput, MethodName } from '../../shared/contract';
import { tempDir } from '../support/temp-dir';
import { testTemplate } from '../support/test-template';
import { dispatchOk, dispatchFailure } from '../support/dispatch';
import { reasonText } from '../../renderer/src/lib/reason-text';
import { i18nFor } from '../support/i18n-for';

let dataDir: string;
let backend: Backend;

const call = <M extends MethodName>(method: M, input: MethodInput<M>) => dispatchOk(backend, method, input);
const failure = (method: MethodName, input: unknown) => dispatchFailure(backend, method, input);

async function setup() {
  const client = await call('clients.create', { name: 'Cedar Bank' });
  const template = await call('templates.import', { fileName: 't.json', text: JSON.stringify(testTemplate()) });
  const audit = await call('audits.create', {
    clientId: client.id,
    templateId: template.id,
    title: 'Baseline',
    site: 'Main St',
    auditDate: '2027-01-15',
  });
  return { client, template, audit };
}

beforeEach(() => {
  dataDir = tempDir('ja-audits-');
  backend = createBackend({ dataDir, host: 'web', version: 'test' });
});

describe('audit setup and the walk', () => {
  it('creates a draft audit pinned to version 1, positioned on the first touchpoint', async () => {
    const { audit } = await setup();
    expect(audit).toMatchObject({
      status: 'draft',
      templateVersion: 1,
      answered: 0,
      total: 7,
      position: { touchpointId: 'website', criterionId: 'price-shown' },
    });
    expect(audit.definition.touchpoints.map((t) => t.id)).toEqual(['website', 'branch', 'signage']);
  });

  it('limits the walk to the scope: stages and kinds', async () => {
    const { client, template } = await setup();
    const scoped = await call('audits.create', {
      clientId: client.id,
      templateId: template.id,
      title: 'Only human, during',
      auditDate: '2027-01-15',
      scope: { stageIds: ['during'], kinds: ['human'] },
    });
    expect(scoped.total).toBe(4);
    expect(scoped.position?.touchpointId).toBe('branch');
    const err = await failure('audits.setAnswer', {
      auditId: scoped.id,
      touchpointId: 'website',
      criterionId: 'price-shown',
      value: { kind: 'yesno', value: true },
    });
    expect(err.code).toBe('NOT_FOUND');
    const empty = await failure('audits.create', {
      clientId: client.id,
      templateId: template.id,
      title: 'Nothing',
      auditDate: '2027-01-15',
      scope: { stageIds: ['before'], kinds: ['physical'] },
    });
    expect(empty.code).toBe('VALIDATION');
  });

  it('saves each answer in its own transaction, moves the audit in progress, and keeps a timed change log', async () => {
    const { audit } = await setup();
    const ack = await call('audits.setAnswer', {
      auditId: audit.id,
      touchpointId: 'website',
      criterionId: 'price-shown',
      value: { kind: 'yesno', value: true },
    });
    expect(ack.status).toBe('in_progress');
    await call('audits.setAnswer', {
      auditId: audit.id,
      touchpointId: 'website',
      criterionId: 'ease',
      value: { kind: 'scale', value: 4 },
    });
    await call('audits.setNote', {
      auditId: audit.id,
      touchpointId: 'website',
      criterionId: 'ease',
      note: 'ساعات العمل غير ظاهرة — hidden in footer',
    });
    await call('audits.setRecord', { auditId: audit.id, touchpointId: 'website', field: 'emotion', value: 2 });
    await call('audits.setRecord', {
      auditId: audit.id,
      touchpointId: 'website',
      field: 'painPoints',
      value: 'Had to scroll to find the hours',
    });
    const detail = await call('audits.get', { id: audit.id });
    expect(detail.answered).toBe(2);
    expect(detail.answers.find((a) => a.criterionId === 'ease')).toMatchObject({
      value: { kind: 'scale', value: 4 },
      note: 'ساعات العمل غير ظاهرة — hidden in footer',
    });
    expect(detail.records[0]).toMatchObject({
      touchpointId: 'website',
      emotion: 2,
      painPoints: 'Had to scroll to find the hours',
    });
    const log = backend
      .database!.db.prepare('SELECT field, at FROM audit_changes WHERE audit_id = ? ORDER BY seq')
      .all(audit.id) as { field: string; at: string }[];
    expect(log.map((l) => l.field)).toEqual(['answer', 'answer', 'note', 'emotion', 'painPoints']);
    for (const l of log) expect(Number.isNaN(Date.parse(l.at))).toBe(false);
    // Survives a restart of the backend (a new process would open the same file).
    backend.close();
    backend = createBackend({ dataDir, host: 'web', version: 'test' });
    expect((await call('audits.get', { id: audit.id })).answered).toBe(2);
  });

  it('refuses answers that do not fit the scale, and N/A where it is not allowed', async () => {
    const { audit } = await setup();
    const cases: MethodInput<'audits.setAnswer'>['value'][] = [
      { kind: 'scale', value: 4 }, // a yes/no question
      { kind: 'option', optionId: 'short' },
    ];
    for (const value of cases)
      expect(
        (
          await failure('audits.setAnswer', {
            auditId: audit.id,
            touchpointId: 'website',
            criterionId: 'price-shown',
            value,
          })
        ).code,
      ).toBe('VALIDATION');
    expect(
      (
        await failure('audits.setAnswer', {
          auditId: audit.id,
          touchpointId: 'website',
          criterionId: 'ease',
          value: { kind: 'scale', value: 6 },
        })
      ).code,
    ).toBe('VALIDATION');
    expect(
      (
        await failure('audits.setAnswer', {
          auditId: audit.id,
          touchpointId: 'branch',
          criterionId: 'greeting',
          value: { kind: 'na' },
        })
      ).message,
    ).toMatch(/N\/A is not allowed/);
    expect(
      (
        await failure('audits.setAnswer', {
          auditId: audit.id,
          touchpointId: 'branch',
          criterionId: 'wait',
          value: { kind: 'option', optionId: 'forever' },
        })
      ).code,
    ).toBe('VALIDATION');
    expect(
      (
        await failure('audits.setAnswer', {
          auditId: audit.id,
          touchpointId: 'branch',
          criterionId: 'hours',
          value: { kind: 'channels', values: { Fax: '9-5' } },
        })
      ).code,
    ).toBe('VALIDATION');
    expect((await call('audits.get', { id: audit.id })).answers).toEqual([]);
  });

  it('undoes the last changes in reverse order', async () => {
    const { audit } = await setup();
    const set = (value: MethodInput<'audits.setAnswer'>['value']) =>
      call('audits.setAnswer', { auditId: audit.id, touchpointId: 'website', criterionId: 'ease', value });
    await set({ kind: 'scale', value: 2 });
    await set({ kind: 'scale', value: 5 });
    await call('audits.setRecord', { auditId: audit.id, touchpointId: 'website', field: 'emotion', value: 4 });
    let undo = await call('audits.undo', { auditId: audit.id });
    expect(undo.undone).toMatchObject({ field: 'emotion' });
    expect(undo.audit.records[0]?.emotion).toBeNull();
    undo = await call('audits.undo', { auditId: audit.id });
    expect(undo.audit.answers[0]?.value).toEqual({ kind: 'scale', value: 2 });
    undo = await call('audits.undo', { auditId: audit.id });
    expect(undo.audit.answers[0]?.value).toBeNull();
    expect((await call('audits.undo', { auditId: audit.id })).undone).toBeNull();
  });

  it('lists what is unanswered before completing; a complete audit is read-only until reopened, and reopening is recorded', async () => {
    const { audit } = await setup();
    const incomplete = await failure('audits.complete', { id: audit.id });
    expect(incomplete.code).toBe('AUDIT_INCOMPLETE');
    expect(incomplete.issues?.map((i) => i.field)).toEqual([
      'website.price-shown',
      'website.ease',
      'branch.greeting',
      'branch.nps-like',
      'branch.wait',
      'branch.hours',
      'signage.visible',
    ]);
    const answers: [string, string, MethodInput<'audits.setAnswer'>['value']][] = [
      ['website', 'price-shown', { kind: 'yesno', value: true }],
      ['website', 'ease', { kind: 'na' }],
      ['branch', 'greeting', { kind: 'yesno', value: false }],
      ['branch', 'nps-like', { kind: 'scale', value: 10 }],
      ['branch', 'wait', { kind: 'option', optionId: 'medium' }],
      ['branch', 'hours', { kind: 'channels', values: { Web: '9-18', Phone: '9-18' } }],
      ['signage', 'visible', { kind: 'yesno', value: true }],
    ];
    for (const [touchpointId, criterionId, value] of answers)
      await call('audits.setAnswer', { auditId: audit.id, touchpointId, criterionId, value });
    // A per-channel answer counts only when every channel is filled.
    expect((await failure('audits.complete', { id: audit.id })).issues?.map((i) => i.field)).toEqual(['branch.hours']);
    await call('audits.setAnswer', {
      auditId: audit.id,
      touchpointId: 'branch',
      criterionId: 'hours',
      value: { kind: 'channels', values: { Web: '9-18', Phone: '9-18', Store: '10-18' } },
    });
    const done = await call('audits.complete', { id: audit.id });
    expect(done.status).toBe('complete');
    expect(done.completedAt).not.toBeNull();
    expect(
      (
        await failure('audits.setAnswer', {
          auditId: audit.id,
          touchpointId: 'website',
          criterionId: 'ease',
          value: { kind: 'scale', value: 3 },
        })
      ).code,
    ).toBe('AUDIT_COMPLETE');
    expect(
      (await failure('audits.setRecord', { auditId: audit.id, touchpointId: 'website', field: 'worked', value: 'x' }))
        .code,
    ).toBe('AUDIT_COMPLETE');
    expect((await failure('audits.reopen', { id: audit.id, reason: '  ' })).code).toBe('VALIDATION');
    const reopened = await call('audits.reopen', { id: audit.id, reason: 'Client sent new opening hours' });
    expect(reopened.status).toBe('in_progress');
    expect(reopened.reopenings).toEqual([{ at: expect.any(String), reason: 'Client sent new opening hours' }]);
    await call('audits.setAnswer', {
      auditId: audit.id,
      touchpointId: 'website',
      criterionId: 'ease',
      value: { kind: 'scale', value: 3 },
    });
  });
});

describe('evidence photos', () => {
  async function jpeg(width: number, height: number, orientation?: number): Promise<Buffer> {
    const img = sharp({ create: { width, height, channels: 3, background: { r: 200, g: 60, b: 40 } } }).jpeg({
      quality: 90,
    });
    return orientation ? img.withMetadata({ orientation }).toBuffer() : img.toBuffer();
  }

  it('keeps the original byte for byte, a display copy at most 1600 px and a thumbnail; the same photo is stored once', async () => {
    const { audit } = await setup();
    const original = await jpeg(4000, 3000);
    const item = await call('evidence.add', {
      auditId: audit.id,
      touchpointId: 'branch',
      fileName: 'counter.jpg',
      dataBase64: original.toString('base64'),
    });
    expect(item).toMatchObject({
      mime: 'image/jpeg',
      width: 4000,
      height: 3000,
      bytes: original.length,
      touchpointId: 'branch',
    });
    expect(item.thumbDataUrl).toMatch(/^data:image\/webp;base64,/);
    const thumb = await sharp(Buffer.from(item.thumbDataUrl.split(',')[1]!, 'base64')).metadata();
    expect(Math.max(thumb.width!, thumb.height!)).toBe(320);
    const files = fs
      .readdirSync(path.join(dataDir, 'evidence'), { recursive: true })
      .map(String)
      .filter((f) => f.includes('.'));
    const stored = files.find((f) => f.endsWith('.jpg'))!;
    expect(fs.readFileSync(path.join(dataDir, 'evidence', stored)).equals(original)).toBe(true);
    const display = await call('evidence.image', { id: item.id, variant: 'display' });
    const displayMeta = await sharp(Buffer.from(display.dataUrl.split(',')[1]!, 'base64')).metadata();
    expect([displayMeta.width, displayMeta.height]).toEqual([1600, 1200]);
    const back = await call('evidence.image', { id: item.id, variant: 'original' });
    expect(Buffer.from(back.dataUrl.split(',')[1]!, 'base64').equals(original)).toBe(true);

    await call('evidence.add', {
      auditId: audit.id,
      touchpointId: 'website',
      fileName: 'again.jpg',
      dataBase64: original.toString('base64'),
    });
    const after = fs
      .readdirSync(path.join(dataDir, 'evidence'), { recursive: true })
      .map(String)
      .filter((f) => f.includes('.'));
    expect(after.sort()).toEqual(files.sort());
    expect((await call('audits.get', { id: audit.id })).evidence).toHaveLength(2);
    expect(after.some((f) => f.includes('.tmp'))).toBe(false);
  });

  it('turns a photo upright from its EXIF orientation and accepts PNG and WebP', async () => {
    const { audit } = await setup();
    const rotated = await call('evidence.add', {
      auditId: audit.id,
      touchpointId: 'branch',
      fileName: 'portrait.jpg',
      dataBase64: (await jpeg(400, 200, 6)).toString('base64'),
    });
    expect([rotated.width, rotated.height]).toEqual([200, 400]);
    const png = await sharp({ create: { width: 50, height: 40, channels: 4, background: '#00f8' } })
      .png()
      .toBuffer();
    expect(
      (
        await call('evidence.add', {
          auditId: audit.id,
          touchpointId: 'branch',
          fileName: 'sign.png',
          dataBase64: png.toString('base64'),
        })
      ).mime,
    ).toBe('image/png');
    const webp = await sharp({ create: { width: 50, height: 40, channels: 3, background: '#0a0' } })
      .webp()
      .toBuffer();
    expect(
      (
        await call('evidence.add', {
          auditId: audit.id,
          touchpointId: 'branch',
          fileName: 'shelf.webp',
          dataBase64: webp.toString('base64'),
        })
      ).mime,
    ).toBe('image/webp');
  });

  it('refuses what it cannot read, with a clear message, and stores nothing', async () => {
    const { audit } = await setup();
    const heic = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypheic'), Buffer.alloc(200, 7)]);
    const cases: [string, Buffer, string, RegExp][] = [
      ['IMG_0001.HEIC', heic, 'UNSUPPORTED_IMAGE', /HEIC photo.*Export it as JPEG/],
      [
        'notes.jpg',
        Buffer.from('this is not a picture at all'),
        'UNSUPPORTED_IMAGE',
        /^"notes\.jpg" cannot be attached: it is not a JPEG, PNG or WebP photo\. Nothing was attached\.$/,
      ],
      [
        'half.jpg',
        (await jpeg(300, 300)).subarray(0, 200),
        'UNSUPPORTED_IMAGE',
        /^"half\.jpg" cannot be attached: it is damaged or cut short, so it could not be read\. Nothing was attached\.$/,
      ],
      [
        'drawing.svg',
        Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>'),
        'UNSUPPORTED_IMAGE',
        /^"drawing\.svg" cannot be attached: it is not a JPEG, PNG or WebP photo\. Nothing was attached\.$/,
      ],
      ['huge.jpg', Buffer.alloc(25 * 1024 * 1024 + 1, 1), 'FILE_TOO_LARGE', /at most 25 MB/],
    ];
    for (const [fileName, data, code, message] of cases) {
      const err = await failure('evidence.add', {
        auditId: audit.id,
        touchpointId: 'branch',
        fileName,
        dataBase64: data.toString('base64'),
      });
      expect(err.code, fileName).toBe(code);
      expect(err.message, fileName).toMatch(message);
      // An Arabic screen says the same refusal in Arabic, naming the file as it was called.
      const said = reasonText(i18nFor('ar'), err.reason!);
      expect(said, fileName).toContain(fileName);
      expect(said, fileName).toMatch(/[\u0600-\u06ff]/);
      expect(said, fileName).not.toMatch(/\{\{|could not|photos can/);
    }
    expect(
      (
        await failure('evidence.add', {
          auditId: audit.id,
          touchpointId: 'branch',
          fileName: 'x.jpg',
          dataBase64: '@@not base64@@',
        })
      ).code,
    ).toBe('UNSUPPORTED_IMAGE');
    expect((await call('audits.get', { id: audit.id })).evidence).toEqual([]);
    expect(fs.existsSync(path.join(dataDir, 'evidence'))).toBe(false);
  });
});
