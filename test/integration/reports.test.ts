import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../electron/backend/backend';
import type { MethodInput, MethodName } from '../../shared/contract';
import { tempDir } from '../support/temp-dir';
import { testTemplate, BASELINE_ANSWERS, FOLLOW_UP_ANSWERS } from '../support/test-template';
import { dispatchOk, dispatchFailure } from '../support/dispatch';

let dataDir: string;
let backend: Backend;

const call = <M extends MethodName>(method: M, input: MethodInput<M>) => dispatchOk(backend, method, input);
const failure = (method: MethodName, input: unknown) => dispatchFailure(backend, method, input);

const dataUrlMeta = (dataUrl: string) => sharp(Buffer.from(dataUrl.split(',')[1]!, 'base64')).metadata();

/*
 * The test template, pooled, multiplier 1 (hand-computed as in test/e2e/compare.e2e.test.ts):
 * Baseline  overall (2.5 + 0 + 1) / 7 = 50.0% (branch knocked out, calculated 64.4%).
 * Follow-up overall (3 + 2.9 + 0) / 7 = 84.3%. Like for like the same: +34.3 points, improved.
 */

async function seed() {
  const client = await call('clients.create', { name: 'Cedar Bank' });
  const other = await call('clients.create', { name: 'Other Client' });
  const template = await call('templates.import', { fileName: 't.json', text: JSON.stringify(testTemplate()) });
  const audits = [];
  for (const [title, date, answers] of [
    ['Baseline', '2027-01-15', BASELINE_ANSWERS],
    ['Follow-up', '2027-06-15', FOLLOW_UP_ANSWERS],
  ] as const) {
    const audit = await call('audits.create', {
      clientId: client.id,
      templateId: template.id,
      title,
      site: 'Main St',
      auditDate: date,
      auditor: 'Ana Pop',
    });
    for (const [touchpointId, criterionId, value] of answers)
      await call('audits.setAnswer', { auditId: audit.id, touchpointId, criterionId, value });
    audits.push(audit);
  }
  const [baseline, followUp] = audits as [(typeof audits)[0], (typeof audits)[0]];
  await call('audits.setNote', {
    auditId: followUp.id,
    touchpointId: 'website',
    criterionId: 'ease',
    note: '<img src=x onerror=alert(1)>',
  });
  await call('audits.setRecord', {
    auditId: followUp.id,
    touchpointId: 'signage',
    field: 'painPoints',
    value: 'Sign hidden behind scaffolding; لافتة مخفية',
  });
  await call('audits.setRecord', {
    auditId: followUp.id,
    touchpointId: 'website',
    field: 'worked',
    value: 'Prices in full, first screen',
  });
  await call('metrics.set', {
    auditId: baseline.id,
    inputs: { npsMode: 'counts', promoters: 2, passives: 3, detractors: 5 },
  });
  await call('metrics.set', {
    auditId: followUp.id,
    inputs: {
      npsMode: 'counts',
      promoters: 6,
      passives: 2,
      detractors: 2,
      fcrMode: 'counts',
      fcrResolved: 80,
      fcrContacts: 100,
    },
  });
  const photo = await sharp({
    create: { width: 2400, height: 1800, channels: 3, background: { r: 30, g: 90, b: 160 } },
  })
    .jpeg({ quality: 90 })
    .toBuffer();
  const evidence = await call('evidence.add', {
    auditId: followUp.id,
    touchpointId: 'signage',
    fileName: 'sign.jpg',
    dataBase64: photo.toString('base64'),
  });
  // A third audit of the same client on another site: its action is not this report's.
  const elsewhere = await call('audits.create', {
    clientId: client.id,
    templateId: template.id,
    title: 'Airport kiosk',
    site: 'Airport',
    auditDate: '2027-03-01',
  });
  const otherAudit = await call('audits.create', {
    clientId: other.id,
    templateId: template.id,
    title: 'Other',
    auditDate: '2027-03-01',
  });
  const actions = {
    greet: await call('actions.create', {
      clientId: client.id,
      auditId: baseline.id,
      touchpointId: 'branch',
      title: 'Greet every customer within 30 s',
      status: 'done',
      priority: 'high',
    }),
    sign: await call('actions.create', {
      clientId: client.id,
      auditId: followUp.id,
      touchpointId: 'signage',
      title: 'Move the sign',
      dueDate: '2027-07-01',
      owner: 'Facilities',
    }),
    journey: await call('actions.create', { clientId: client.id, title: 'Train staff on the new journey' }),
    elsewhere: await call('actions.create', { clientId: client.id, auditId: elsewhere.id, title: 'Airport only' }),
  };
  return { client, other, template, baseline, followUp, evidence, elsewhere, otherAudit, actions };
}

beforeEach(() => {
  dataDir = tempDir('ja-reports-');
  backend = createBackend({ dataDir, host: 'web', version: 'test', now: () => new Date('2027-08-01T10:00:00Z') });
});
afterEach(() => {
  backend.close();
});

describe('reports.data: everything the print view draws, in one call', () => {
  it('returns the audit, its client, scores, the baseline comparison, actions, metrics, maturity, branding and downscaled photos', async () => {
    const s = await seed();
    const data = await call('reports.data', { auditId: s.followUp.id });

    expect(data.generatedAt).toBe('2027-08-01T10:00:00.000Z');
    expect(data.audit).toMatchObject({
      id: s.followUp.id,
      title: 'Follow-up',
      site: 'Main St',
      auditor: 'Ana Pop',
      clientName: 'Cedar Bank',
    });
    expect(data.audit.answers.find((a) => a.criterionId === 'ease')!.note).toBe('<img src=x onerror=alert(1)>');
    expect(data.client).toMatchObject({ id: s.client.id, name: 'Cedar Bank' });
    expect(data.score.overall.percent).toBeCloseTo((5.9 / 7) * 100, 6);
    expect(data.heat.kinds).toEqual(['digital', 'human', 'physical']);

    // Left out, the baseline is the audit's own: the earlier one at the same site.
    expect(data.baseline?.audit).toEqual({
      id: s.baseline.id,
      title: 'Baseline',
      site: 'Main St',
      auditDate: '2027-01-15',
      auditor: 'Ana Pop',
      status: 'in_progress',
    });
    expect(data.baseline?.overall).toBeCloseTo(50, 6);
    expect(data.baseline?.comparison.overall.change).toBeCloseTo(34.2857, 3);
    expect(data.baseline?.comparison.overall.movement).toBe('improved');
    expect(data.baseline?.comparison.heatBefore.stages.map((r) => r.key)).toEqual(['before', 'during']);

    // Highlights: the signage fails (0%, pain point written); website and branch are strengths.
    expect(data.highlights.painPoints.map((h) => h.touchpointId)).toEqual(['signage']);
    expect(data.highlights.painPoints[0]!.text).toBe('Sign hidden behind scaffolding; لافتة مخفية');
    expect(data.highlights.strengths.map((h) => h.touchpointId)).toEqual(['website', 'branch']);
    expect(data.highlights.strengths[0]!.text).toBe('Prices in full, first screen');

    // This audit's, its baseline's and the whole journey's actions; not the other site's. Plan order, with the touchpoint named.
    expect(data.actions.map((a) => a.title).sort()).toEqual([
      'Greet every customer within 30 s',
      'Move the sign',
      'Train staff on the new journey',
    ]);
    expect(data.actions.find((a) => a.id === s.actions.sign.id)).toMatchObject({
      touchpointName: 'Signage',
      stageName: 'During',
      owner: 'Facilities',
    });
    expect(data.actions.find((a) => a.id === s.actions.journey.id)).toMatchObject({
      touchpointName: null,
      stageName: null,
    });

    expect(data.metrics.current?.nps.value).toBe(40);
    expect(data.metrics.baseline?.nps.value).toBe(-30);
    expect(data.metrics.deltas?.nps).toEqual({ before: -30, after: 40, change: 70, movement: 'improved' });

    // 1 of 3 touchpoints fails (33%), overall 84.3%, FCR 80%; no continuity or consistency criterion: stage 2 at most.
    expect(data.maturity.stage).toBe(2);
    expect(data.maturity.reasons.filter((r) => !r.met).map((r) => r.key)).toContain('crossChannelUnmeasured');
    expect(data.maturity.signals.fcr).toBe(80);

    expect(data.branding).toEqual({ consultantName: '', accentColour: '#1f4e79', logoDataUrl: null });

    const image = data.images[s.evidence.id]!;
    expect(image.dataUrl.startsWith('data:image/jpeg;base64,')).toBe(true);
    expect([image.width, image.height]).toEqual([900, 675]);
    const meta = await dataUrlMeta(image.dataUrl);
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 900, 675]);
  });

  it('compares with the audit asked for, with none when asked, and leaves the photos out when asked', async () => {
    const s = await seed();
    const none = await call('reports.data', { auditId: s.followUp.id, baselineId: null, photos: false });
    expect(none.baseline).toBeNull();
    expect(none.metrics).toMatchObject({ baseline: null, deltas: null });
    expect(none.metrics.current?.nps.value).toBe(40);
    expect(none.images).toEqual({});

    const chosen = await call('reports.data', { auditId: s.followUp.id, baselineId: s.elsewhere.id, photos: false });
    expect(chosen.baseline?.audit.title).toBe('Airport kiosk');
    expect(chosen.baseline?.overall).toBeNull();
    expect(chosen.metrics.baseline).toBeNull();
    expect(chosen.actions.map((a) => a.title)).toContain('Airport only');

    // The first audit has no earlier one: no comparison.
    expect((await call('reports.data', { auditId: s.baseline.id, photos: false })).baseline).toBeNull();
  });

  it('says when a photo file is missing instead of failing the report', async () => {
    const s = await seed();
    const files = fs.readdirSync(path.join(dataDir, 'evidence'), { recursive: true }).map(String);
    for (const f of files.filter((f) => /\.(jpg|webp)$/.test(f))) fs.rmSync(path.join(dataDir, 'evidence', f));
    const data = await call('reports.data', { auditId: s.followUp.id });
    expect(data.images).toEqual({ [s.evidence.id]: null });
  });

  it('gives the photos alone as reports.data does, from a print copy made once and made again when cut short', async () => {
    const s = await seed();
    const photos = await call('reports.photos', { auditId: s.followUp.id });
    expect(photos).toEqual((await call('reports.data', { auditId: s.followUp.id })).images);
    const copies = fs
      .readdirSync(path.join(dataDir, 'evidence'), { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.print-900.jpg'));
    expect(copies).toHaveLength(1);
    const copy = path.join(dataDir, 'evidence', copies[0]!);
    const whole = fs.readFileSync(copy);
    expect((await sharp(whole).metadata()).width).toBe(900);
    // A copy cut short (a crash before it reached the disk) is not printed: it is made again.
    fs.writeFileSync(copy, whole.subarray(0, whole.length >> 1));
    const again = (await call('reports.photos', { auditId: s.followUp.id }))[s.evidence.id]!;
    expect(again.dataUrl).toBe(photos[s.evidence.id]!.dataUrl);
    expect(fs.readFileSync(copy).equals(whole)).toBe(true);
    // The kept copy is what prints: a different picture under its name shows in the report.
    const other = await sharp({ create: { width: 300, height: 200, channels: 3, background: '#ff0000' } })
      .jpeg()
      .toBuffer();
    fs.writeFileSync(copy, other);
    expect((await call('reports.photos', { auditId: s.followUp.id }))[s.evidence.id]).toMatchObject({
      width: 300,
      height: 200,
    });
  });

  it('refuses a baseline of another client, the audit itself, and an unknown audit', async () => {
    const s = await seed();
    expect(await failure('reports.data', { auditId: s.followUp.id, baselineId: s.otherAudit.id })).toMatchObject({
      code: 'VALIDATION',
      issues: [{ field: 'baselineId', rule: 'invalid' }],
    });
    expect((await failure('reports.data', { auditId: s.followUp.id, baselineId: s.followUp.id })).code).toBe(
      'VALIDATION',
    );
    expect((await failure('reports.data', { auditId: '00000000-0000-4000-8000-000000000000' })).code).toBe('NOT_FOUND');
    expect((await failure('reports.data', { auditId: 'nope' })).code).toBe('VALIDATION');
  });
});

describe('report branding in the settings', () => {
  it('keeps the consultant, accent colour and logo, each changed on its own; the logo downscaled to at most 600 x 300 PNG', async () => {
    expect(await call('settings.get', {})).toEqual({
      language: null,
      consultantName: '',
      accentColour: '#1f4e79',
      logoDataUrl: null,
    });
    expect(await call('settings.update', { consultantName: '  Northlight CX — نورث لايت  ' })).toMatchObject({
      consultantName: 'Northlight CX — نورث لايت',
      language: null,
    });
    expect(await call('settings.update', { accentColour: '#AA3300' })).toMatchObject({
      accentColour: '#aa3300',
      consultantName: 'Northlight CX — نورث لايت',
    });
    expect(await call('settings.update', { language: 'ro' })).toMatchObject({
      language: 'ro',
      accentColour: '#aa3300',
    });

    const wide = await sharp({
      create: { width: 2400, height: 600, channels: 4, background: { r: 0, g: 80, b: 160, alpha: 0.5 } },
    })
      .png()
      .toBuffer();
    const withLogo = await call('settings.update', { logo: { fileName: 'logo.png', base64: wide.toString('base64') } });
    const meta = await dataUrlMeta(withLogo.logoDataUrl!);
    expect([meta.format, meta.width, meta.height, meta.hasAlpha]).toEqual(['png', 600, 150, true]);
    const tall = await sharp({ create: { width: 300, height: 900, channels: 3, background: '#333' } })
      .jpeg()
      .toBuffer();
    const meta2 = await dataUrlMeta(
      (await call('settings.update', { logo: { fileName: 'tall.jpg', base64: tall.toString('base64') } })).logoDataUrl!,
    );
    expect([meta2.format, meta2.width, meta2.height]).toEqual(['png', 100, 300]);
    const small = await sharp({ create: { width: 120, height: 40, channels: 3, background: '#333' } })
      .webp()
      .toBuffer();
    expect(
      (
        await dataUrlMeta(
          (await call('settings.update', { logo: { fileName: 'small.webp', base64: small.toString('base64') } }))
            .logoDataUrl!,
        )
      ).width,
    ).toBe(120);

    const report = await call('reports.data', { auditId: (await seed()).followUp.id, photos: false });
    expect(report.branding).toMatchObject({ consultantName: 'Northlight CX — نورث لايت', accentColour: '#aa3300' });
    expect(report.branding.logoDataUrl).toMatch(/^data:image\/png;base64,/);

    expect((await call('settings.update', { logo: null })).logoDataUrl).toBeNull();
    expect(await call('settings.get', {})).toEqual({
      language: 'ro',
      consultantName: 'Northlight CX — نورث لايت',
      accentColour: '#aa3300',
      logoDataUrl: null,
    });
  });

  it('refuses a file that is not an image or is over 5 MB, in words, and changes nothing', async () => {
    const logo = await sharp({ create: { width: 60, height: 30, channels: 3, background: '#08f' } })
      .png()
      .toBuffer();
    const before = await call('settings.update', { logo: { fileName: 'logo.png', base64: logo.toString('base64') } });

    const text = await failure('settings.update', {
      logo: { fileName: 'notes.txt', base64: Buffer.from('not an image at all').toString('base64') },
      consultantName: 'Changed',
    });
    expect(text.code).toBe('UNSUPPORTED_IMAGE');
    expect(text.message).toContain('notes.txt');
    const big = await failure('settings.update', {
      logo: { fileName: 'huge.png', base64: Buffer.alloc(5 * 1024 * 1024 + 1, 1).toString('base64') },
    });
    expect(big.code).toBe('FILE_TOO_LARGE');
    expect(big.message).toMatch(/at most 5 MB/);
    expect((await failure('settings.update', { accentColour: 'red' })).issues?.[0]).toMatchObject({
      field: 'accentColour',
    });

    expect(await call('settings.get', {})).toEqual(before);
    expect(before.consultantName).toBe('');
  });
});
