import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { beforeEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../electron/backend/backend';
import { readCaptureFacts } from '../../electron/backend/evidence/read-capture-facts';
import { readPackage } from '../../electron/backend/exchange/read-package';
import type { MethodInput, MethodName } from '../../shared/contract';
import { captureOutsideVisit, captureState } from '../../shared/evidence/capture-facts';
import { dispatchFailure, dispatchOk } from '../support/dispatch';
import { tempDir } from '../support/temp-dir';
import { FOLLOW_UP_ANSWERS, testTemplate } from '../support/test-template';
import { downloadedBytes } from '../support/downloaded';
import { i18nFor } from '../support/i18n-for';
import { pngBomb } from '../support/png-bomb';
import { reasonText } from '../../renderer/src/lib/reason-text';
import { LIMITS } from '../../shared/rules/limits';

let dataDir: string;
let backend: Backend;
const call = <M extends MethodName>(method: M, input: MethodInput<M>) => dispatchOk(backend, method, input);
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

beforeEach(() => {
  dataDir = tempDir('ja-photos-');
  backend = createBackend({ dataDir, host: 'web', version: 'test' });
});

/** A fixture JPEG: a green field with a bright red square at its top-left quarter (the "face"). */
async function fixtureJpeg(exif: 'full' | 'none' | 'rotated'): Promise<Buffer> {
  const face = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#ff0000' } })
    .png()
    .toBuffer();
  let img = sharp({ create: { width: 160, height: 120, channels: 3, background: '#00a000' } })
    .composite([{ input: face, left: 10, top: 10 }])
    .jpeg({ quality: 95 });
  if (exif === 'rotated') img = img.withMetadata({ orientation: 6 });
  if (exif !== 'none')
    img = img.withExifMerge({
      IFD0: { Make: 'Samsung', Model: 'Galaxy S23' },
      IFD2: { DateTimeOriginal: '2027:01:15 10:02:11', OffsetTimeOriginal: '+02:00' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '44/1 25/1 3000/100',
        GPSLongitudeRef: 'E',
        GPSLongitude: '26/1 6/1 0/1',
      },
    });
  return img.toBuffer();
}

async function audit(overrides: Parameters<typeof testTemplate>[0] = {}) {
  const client = await call('clients.create', { name: 'Cedar Bank' });
  const template = await call('templates.import', {
    fileName: 't.json',
    text: JSON.stringify(testTemplate(overrides)),
  });
  return call('audits.create', {
    clientId: client.id,
    templateId: template.id,
    title: 'Visit',
    auditDate: '2027-01-15',
  });
}
const attach = async (auditId: string, bytes: Buffer, fileName = 'counter.jpg') =>
  call('evidence.add', { auditId, touchpointId: 'branch', fileName, dataBase64: bytes.toString('base64') });
const pixel = async (img: Buffer, x: number, y: number) => {
  const { data, info } = await sharp(img).raw().toBuffer({ resolveWithObject: true });
  const i = (y * info.width + x) * info.channels;
  return [data[i]!, data[i + 1]!, data[i + 2]!];
};
const isRed = ([r, g, b]: number[]) => r! > 200 && g! < 60 && b! < 60;

describe('capture facts (EXIF)', () => {
  it('reads time with its offset, GPS and device from a JPEG; nothing from one without EXIF', async () => {
    expect(await readCaptureFacts(await fixtureJpeg('full'))).toEqual({
      at: '2027-01-15T08:02:11.000Z', // 10:02:11 at +02:00
      localTime: '2027-01-15 10:02:11',
      offsetKnown: true,
      lat: 44.425, // 44° 25' 30"
      lon: 26.1, // 26° 6' 0"
      device: 'Samsung Galaxy S23',
    });
    const none = await readCaptureFacts(await fixtureJpeg('none'));
    expect(none).toEqual({ at: null, localTime: null, offsetKnown: false, lat: null, lon: null, device: null });
    expect(captureState(none, { startedAt: null, endedAt: null })).toEqual({ kind: 'none' });
    expect(captureState(null, { startedAt: null, endedAt: null })).toEqual({ kind: 'unread' });
  });

  it('a rotated photo keeps its facts and is stored upright (120 × 160), the facts shown on the photo', async () => {
    const a = await audit();
    const photo = await attach(a.id, await fixtureJpeg('rotated'));
    expect([photo.width, photo.height]).toEqual([120, 160]);
    expect(photo.capture).toMatchObject({ at: '2027-01-15T08:02:11.000Z', lat: 44.425, lon: 26.1 });
    const screenshot = await attach(
      a.id,
      await sharp({ create: { width: 30, height: 20, channels: 3, background: '#fff' } })
        .png()
        .toBuffer(),
      'screenshot.png',
    );
    expect(screenshot.capture).toEqual({
      at: null,
      localTime: null,
      offsetKnown: false,
      lat: null,
      lon: null,
      device: null,
    });
    const held = (await call('audits.get', { id: a.id })).evidence.map((e) => e.capture?.device ?? null);
    expect(held).toEqual(['Samsung Galaxy S23', null]);
  });

  it('flags a capture time outside the visit (15 minutes of slack either side)', () => {
    const visit = { startedAt: '2027-01-15T08:00:00.000Z', endedAt: '2027-01-15T08:30:00.000Z' };
    expect(captureOutsideVisit('2027-01-15T08:02:11.000Z', visit)).toBe(false);
    expect(captureOutsideVisit('2027-01-15T07:45:00.000Z', visit)).toBe(false); // exactly 15 min before
    expect(captureOutsideVisit('2027-01-15T07:44:59.000Z', visit)).toBe(true);
    expect(captureOutsideVisit('2027-01-15T08:45:01.000Z', visit)).toBe(true);
    expect(captureOutsideVisit('2027-01-15T09:00:00.000Z', { startedAt: visit.startedAt, endedAt: null })).toBe(false);
  });
});

describe('markup and redaction', () => {
  const solidOverFace = [
    { kind: 'redact', x: 0, y: 0, w: 0.5, h: 0.5, style: 'solid' },
    { kind: 'text', x: 0.55, y: 0.6, text: '<b>Queue</b> & wait', color: 'yellow' },
  ] as const;

  it('draws a derived copy; the original stays byte for byte; the trail verifies both', async () => {
    const a = await audit();
    const bytes = await fixtureJpeg('full');
    const photo = await attach(a.id, bytes);
    const originalFile = path.join(dataDir, 'evidence', sha(bytes).slice(0, 2), `${sha(bytes)}.jpg`);
    const marked = await call('evidence.setMarkup', { id: photo.id, markup: [...solidOverFace] });
    expect(marked).toMatchObject({ redacted: true, markup: solidOverFace });
    expect(sha(fs.readFileSync(originalFile))).toBe(sha(bytes));
    const shown = await call('evidence.image', { id: photo.id, variant: 'display' });
    const derived = Buffer.from(shown.dataUrl.split(',')[1]!, 'base64');
    const [r, g, b] = await pixel(derived, 20, 20);
    expect(r! + g! + b!).toBeLessThan(40); // the red square is black now
    expect(isRed(await pixel(await fs.promises.readFile(originalFile), 20, 20))).toBe(true);
    // The derived copy carries the capture facts and nothing else of the original's metadata.
    const derivedSha = backend.database!.db.prepare('SELECT redacted_sha256 FROM evidence').pluck().get() as string;
    const derivedFile = fs.readFileSync(path.join(dataDir, 'evidence', derivedSha.slice(0, 2), `${derivedSha}.jpg`));
    expect(sha(derivedFile)).toBe(derivedSha);
    expect(await readCaptureFacts(derivedFile)).toMatchObject({
      at: '2027-01-15T08:02:11.000Z',
      lat: 44.425,
      lon: 26.1,
    });
    expect(await call('trail.verify', { auditId: a.id })).toMatchObject({ ok: true, photosChecked: 2 });
    // The derived copy is a referenced file: the sweep at the next open keeps it.
    backend.close();
    backend = createBackend({ dataDir, host: 'web', version: 'test' });
    expect(fs.existsSync(path.join(dataDir, 'evidence', derivedSha.slice(0, 2), `${derivedSha}.jpg`))).toBe(true);
    expect(await call('trail.verify', { auditId: a.id })).toMatchObject({ ok: true, photosChecked: 2 });
    // The thumbnail is of the redacted copy.
    const thumb = Buffer.from(marked.thumbDataUrl.split(',')[1]!, 'base64');
    expect(isRed(await pixel(thumb, 5, 5))).toBe(false);
  });

  it('a blurred box leaves no trace of the face; a label is text, never markup', async () => {
    const a = await audit();
    const photo = await attach(a.id, await fixtureJpeg('none'));
    await call('evidence.setMarkup', {
      id: photo.id,
      markup: [{ kind: 'redact', x: 0.0625, y: 0.0833, w: 0.25, h: 0.25, style: 'blur' }],
    });
    const derived = Buffer.from(
      (await call('evidence.image', { id: photo.id, variant: 'display' })).dataUrl.split(',')[1]!,
      'base64',
    );
    // Inside the box the square's sharp edge is gone: the centre is no longer pure red.
    expect(isRed(await pixel(derived, 12, 12))).toBe(false);
    const refused = await dispatchFailure(backend, 'evidence.setMarkup', {
      id: photo.id,
      markup: [{ kind: 'text', x: 0.1, y: 0.1, text: 'line\u202Eone', color: 'red' }],
    });
    expect(refused.code).toBe('VALIDATION');
  });

  it('the PDF data and the package carry the redacted copy, not the original; originals only when ticked', async () => {
    const a = await audit();
    const bytes = await fixtureJpeg('full');
    const photo = await attach(a.id, bytes);
    await call('evidence.setMarkup', { id: photo.id, markup: [...solidOverFace] });
    const report = await call('reports.data', { auditId: a.id });
    const printed = Buffer.from(report.images[photo.id]!.dataUrl.split(',')[1]!, 'base64');
    expect(isRed(await pixel(printed, 20, 20))).toBe(false);
    const withOriginals = await call('reports.data', { auditId: a.id, originals: true });
    expect(
      isRed(await pixel(Buffer.from(withOriginals.images[photo.id]!.dataUrl.split(',')[1]!, 'base64'), 20, 20)),
    ).toBe(true);

    const exported = await call('packages.export', {
      scope: { auditIds: [a.id] },
      name: 'Redacted',
      destination: { kind: 'download' },
    });
    const pkg = readPackage(Buffer.from(exported.base64!, 'base64'));
    const files = [...pkg.photos.values()].map((p) => p.bytes());
    expect(files).toHaveLength(1);
    expect(files.some((f) => f.equals(bytes))).toBe(false);
    expect(Buffer.from(exported.base64!, 'base64').includes(bytes.subarray(200, 400))).toBe(false);
    expect(isRed(await pixel(files[0]!, 20, 20))).toBe(false);
    expect(pkg.records.evidence[0]).toMatchObject({ sha256: sha(files[0]!), mime: 'image/jpeg' });

    // On another laptop: the redacted copy is the photo, and the chain verifies there.
    const b = createBackend({ dataDir: tempDir('ja-photos-b-'), host: 'web', version: 'test' });
    await dispatchOk(b, 'packages.import', { fileName: exported.fileName, base64: exported.base64! });
    expect(await dispatchOk(b, 'trail.verify', { auditId: a.id })).toMatchObject({ ok: true });
    const there = await dispatchOk(b, 'evidence.image', { id: photo.id, variant: 'original' });
    expect(isRed(await pixel(Buffer.from(there.dataUrl.split(',')[1]!, 'base64'), 20, 20))).toBe(false);
    expect((await dispatchOk(b, 'audits.get', { id: a.id })).evidence[0]!.capture?.at).toBe('2027-01-15T08:02:11.000Z');
    // Back on this laptop (A → B → A): its own redacted copy is the same photo; the original stays.
    const back = await dispatchOk(b, 'packages.export', {
      scope: { auditIds: [a.id] },
      name: 'Back',
      destination: { kind: 'download' },
    });
    await call('packages.import', { fileName: back.fileName, base64: back.base64! });
    expect((await call('audits.get', { id: a.id })).evidence).toMatchObject([{ id: photo.id, redacted: true }]);
    const here = await call('evidence.image', { id: photo.id, variant: 'original' });
    expect(isRed(await pixel(Buffer.from(here.dataUrl.split(',')[1]!, 'base64'), 20, 20))).toBe(true);
    expect(await call('trail.verify', { auditId: a.id })).toMatchObject({ ok: true });

    const ticked = await call('packages.export', {
      scope: { auditIds: [a.id] },
      name: 'Originals',
      includeOriginals: true,
      destination: { kind: 'download' },
    });
    const full = readPackage(Buffer.from(ticked.base64!, 'base64'));
    expect([...full.photos.values()].map((p) => p.bytes().equals(bytes))).toEqual([true]);
    const c = createBackend({ dataDir: tempDir('ja-photos-c-'), host: 'web', version: 'test' });
    await dispatchOk(c, 'packages.import', { fileName: ticked.fileName, base64: ticked.base64! });
    expect(await dispatchOk(c, 'trail.verify', { auditId: a.id })).toMatchObject({ ok: true });
  });

  it('Verify names the markup entry when the redacted copy is altered behind the app', async () => {
    const a = await audit();
    const photo = await attach(a.id, await fixtureJpeg('none'));
    await call('evidence.setMarkup', { id: photo.id, markup: [...solidOverFace] });
    const derivedSha = backend.database!.db.prepare('SELECT redacted_sha256 FROM evidence').pluck().get() as string;
    fs.writeFileSync(path.join(dataDir, 'evidence', derivedSha.slice(0, 2), `${derivedSha}.jpg`), Buffer.from('x'));
    const result = await call('trail.verify', { auditId: a.id });
    expect(result.firstProblem).toMatchObject({ kind: 'photo-altered', field: 'evidence.markup', entryIndex: 2 });
  });

  it('a template that requires redaction refuses completion until every photo was reviewed', async () => {
    const a = await audit({ redactionRequired: true });
    const photo = await attach(a.id, await fixtureJpeg('none'), 'staff.jpg');
    for (const [tp, cr, value] of FOLLOW_UP_ANSWERS)
      await call('audits.setAnswer', { auditId: a.id, touchpointId: tp, criterionId: cr, value });
    const refused = await dispatchFailure(backend, 'audits.complete', { id: a.id });
    expect(refused.code).toBe('AUDIT_INCOMPLETE');
    expect(refused.message).toContain('"staff.jpg"');
    await call('evidence.setMarkup', { id: photo.id, markup: [] }); // looked at: nothing to hide
    expect((await call('audits.complete', { id: a.id })).status).toBe('complete');
  });
});

describe('sign-off and the one caption', () => {
  const SIGNATURE =
    'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

  it('a completed audit is signed (a chain entry, on the report); reopening loses the signature visibly', async () => {
    const a = await audit();
    for (const [tp, cr, value] of FOLLOW_UP_ANSWERS)
      await call('audits.setAnswer', { auditId: a.id, touchpointId: tp, criterionId: cr, value });
    const early = await dispatchFailure(backend, 'audits.signOff', {
      auditId: a.id,
      name: 'Ana Pop',
      role: 'Branch manager',
      signaturePng: SIGNATURE,
    });
    expect(early.code).toBe('NOT_ALLOWED');
    await call('audits.complete', { id: a.id });
    const garbled = await dispatchFailure(backend, 'audits.signOff', {
      auditId: a.id,
      name: 'Ana Pop',
      role: 'Branch manager',
      signaturePng: 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAE=',
    });
    expect(garbled).toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('signature') });
    expect((await call('audits.signOffOf', { auditId: a.id })).current).toBeNull();
    const signed = await call('audits.signOff', {
      auditId: a.id,
      name: 'Ana Pop',
      role: 'Branch manager',
      signaturePng: SIGNATURE,
    });
    const history = await call('trail.history', { auditId: a.id });
    expect(history.entries.at(-1)).toMatchObject({ field: 'signoff', hash: signed.entryHash });
    expect(history.entries.at(-1)!.photoSha256).toBe(sha(Buffer.from(SIGNATURE.split(',')[1]!, 'base64')));
    expect((await call('reports.data', { auditId: a.id, photos: false })).signOff).toMatchObject({
      name: 'Ana Pop',
      role: 'Branch manager',
      signaturePng: SIGNATURE,
    });
    await call('audits.reopen', { id: a.id, reason: 'Client disputes the wait time' });
    const after = await call('audits.signOffOf', { auditId: a.id });
    expect(after.current).toBeNull();
    expect(after.lost).toMatchObject({ name: 'Ana Pop', role: 'Branch manager', signedAt: signed.signedAt });
    expect((await call('reports.data', { auditId: a.id, photos: false })).signOff).toBeNull();
    expect((await call('trail.history', { auditId: a.id })).entries.at(-1)!.field).toBe('signoff.removed');
    expect((await call('trail.verify', { auditId: a.id })).ok).toBe(true);
  });

  it("the report's caption and the walk's caption are one text: written by either, read and searched by both", async () => {
    const a = await audit();
    const photo = await attach(a.id, await fixtureJpeg('none'));
    await call('reports.setCaption', { evidenceId: photo.id, caption: 'Coada la ghișeu' });
    expect((await call('audits.get', { id: a.id })).evidence[0]!.caption).toBe('Coada la ghișeu');
    expect((await call('search.findings', { query: 'ghiseu', clientId: null })).map((h) => h.kind)).toEqual([
      'caption',
    ]);
    await call('evidence.setCaption', { id: photo.id, caption: 'Queue at the counter' });
    expect((await call('reports.getWriting', { auditId: a.id })).captions).toEqual({
      [photo.id]: 'Queue at the counter',
    });
    const fields = (await call('trail.history', { auditId: a.id })).entries.map((e) => e.field);
    expect(fields.filter((f) => f === 'caption')).toHaveLength(2);
  });
});

describe('a purged trail in a package', () => {
  it('entries a privacy purge emptied travel with their hashes: the package is accepted and verifies on the other laptop', async () => {
    await call('trail.setIdentity', { actor: 'Maya Haddad', device: 'Laptop-7' });
    const client = await call('clients.create', { name: 'Cedar Bank' });
    await call('privacy.update', { clientId: client.id, changes: { retentionMonths: 12 } });
    const template = await call('templates.import', { fileName: 't.json', text: JSON.stringify(testTemplate()) });
    const old = await call('audits.create', {
      clientId: client.id,
      templateId: template.id,
      title: 'Visit Cluj',
      auditType: 'mystery-shop',
      auditDate: '2024-06-01',
      auditor: 'Rania',
    });
    await call('visits.update', { auditId: old.id, changes: { shopper: 'Rania', scenario: 'Open an account' } });
    await call('audits.setAnswer', {
      auditId: old.id,
      touchpointId: 'branch',
      criterionId: 'greeting',
      value: { kind: 'yesno', value: false },
    });
    await call('audits.setNote', {
      auditId: old.id,
      touchpointId: 'branch',
      criterionId: 'greeting',
      note: 'Manager Ion was rude',
    });
    const plan = await call('privacy.planPurge', { clientId: client.id });
    expect(plan.visits.map((v) => v.title)).toEqual(['Visit Cluj']);
    await call('privacy.purge', { clientId: client.id, token: plan.token });
    const here = await call('trail.verify', { auditId: old.id });
    expect(here.ok).toBe(true);
    expect(here.redactedEntries).toBeGreaterThan(0);

    const exported = await call('packages.export', {
      scope: { auditIds: [old.id] },
      name: 'Purged',
      destination: { kind: 'download' },
    });
    const pkg = readPackage(Buffer.from(exported.base64!, 'base64'));
    expect(JSON.stringify(pkg.trail)).not.toContain('Ion was rude');
    expect(JSON.stringify(pkg.trail)).not.toContain('\\"Rania\\"'); // the shopper's name, as a value
    const b = createBackend({ dataDir: tempDir('ja-photos-purged-'), host: 'web', version: 'test' });
    await dispatchOk(b, 'packages.import', { fileName: exported.fileName, base64: exported.base64! });
    const there = await dispatchOk(b, 'trail.verify', { auditId: old.id });
    expect(there).toMatchObject({ ok: true, head: here.head, redactedEntries: here.redactedEntries });
    expect((await dispatchOk(b, 'trail.history', { auditId: old.id })).entries.map((e) => e.actor)).toEqual(
      (await call('trail.history', { auditId: old.id })).entries.map((e) => e.actor),
    );
  });
});

describe('the trail in the CSV export', () => {
  it('one row per entry: who, when, what, old → new, why and the hashes, chained row to row', async () => {
    await call('trail.setIdentity', { actor: 'Maya Haddad', device: 'Laptop-7' });
    const a = await audit();
    await call('audits.setAnswer', {
      auditId: a.id,
      touchpointId: 'website',
      criterionId: 'ease',
      value: { kind: 'scale', value: 2 },
    });
    await call('audits.setNote', {
      auditId: a.id,
      touchpointId: 'website',
      criterionId: 'ease',
      note: 'Program "ascuns", în subsol',
    });
    const file = await call('exports.data', {
      scope: { auditId: a.id },
      format: 'csv',
      table: 'trail',
      destination: { kind: 'download' },
    });
    const text = downloadedBytes(file).toString('utf8');
    const lines = text
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .filter(Boolean);
    expect(lines[0]).toBe(
      '"audit_id","audit_title","entry","at","actor","device","field","touchpoint_id","criterion_id","old_value","new_value","reason","photo_sha256","prev_hash","hash"',
    );
    const history = await call('trail.history', { auditId: a.id });
    expect(file.rows).toBe(history.total);
    expect(lines).toHaveLength(history.total + 1);
    expect(lines[2]).toContain(`,2,"${history.entries[1]!.at}","Maya Haddad","Laptop-7","note","website","ease","",`);
    expect(lines[2]).toContain('"Program ""ascuns"", în subsol"');
    expect(lines[2]!.endsWith(`"${history.entries[0]!.hash}","${history.entries[1]!.hash}"`)).toBe(true);
  });
});

describe('a photo that cannot be used is refused in plain words, and nothing is written', () => {
  it("says the pixel limit with its number, or what the file is not, never the image library's words", async () => {
    const a = await audit();
    const small = sharp({ create: { width: 4, height: 4, channels: 3, background: '#f00' } });
    const jpeg = await fixtureJpeg('none');
    const notAPhoto = 'cannot be attached: it is not a JPEG, PNG or WebP photo. Nothing was attached.';
    const cases: [string, Buffer, string][] = [
      [
        'bomb.png',
        pngBomb(11_000, 11_000),
        `cannot be attached: it is 11000 × 11000 pixels, more than the ${LIMITS.evidence.pixels / 1e6} megapixels a photo can have. Nothing was attached.`,
      ],
      [
        'drawing.svg',
        Buffer.from(
          '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>',
        ),
        notAPhoto,
      ],
      ['moving.gif', await small.clone().gif().toBuffer(), notAPhoto],
      ['scan.tiff', await small.clone().tiff().toBuffer(), notAPhoto],
      ['notes.jpg', Buffer.from('hello, not an image'), notAPhoto],
      [
        'cut.jpg',
        jpeg.subarray(0, Math.floor(jpeg.length * 0.6)),
        'cannot be attached: it is damaged or cut short, so it could not be read. Nothing was attached.',
      ],
    ];
    expect(LIMITS.evidence.pixels).toBeLessThan(11_000 * 11_000);
    for (const [fileName, bytes, said] of cases) {
      const error = await dispatchFailure(backend, 'evidence.add', {
        auditId: a.id,
        touchpointId: 'branch',
        fileName,
        dataBase64: bytes.toString('base64'),
      });
      expect(error.code, fileName).toBe('UNSUPPORTED_IMAGE');
      expect(error.message, fileName).toBe(`"${fileName}" ${said}`);
      expect(error.message, fileName).not.toMatch(/\(|Input|vips|buffer|format [a-z]/);
      for (const t of [i18nFor('ar'), i18nFor('ro')]) {
        const inTheirWords = reasonText(t, error.reason!);
        expect(inTheirWords, fileName).toContain(fileName);
        expect(inTheirWords, fileName).not.toMatch(/\{\{|\}\}|reasons\.|cannot be attached|it is/);
      }
    }
    expect((await call('audits.get', { id: a.id })).evidence).toEqual([]);
    expect(backend.database!.db.prepare('SELECT count(*) FROM evidence').pluck().get()).toBe(0);
    expect(fs.existsSync(path.join(dataDir, 'evidence'))).toBe(false);
  });
});
