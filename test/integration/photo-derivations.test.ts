import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../electron/backend/backend';
import { displayPath, originalPath } from '../../electron/backend/evidence/photo-files';
import type { MethodInput, MethodName } from '../../shared/contract';
import { dispatchOk } from '../support/dispatch';
import { tempDir } from '../support/temp-dir';
import { testTemplate } from '../support/test-template';

/**
 * An import checks each photo once and leaves its display copy and thumbnail to a background job
 * (table photo_derivations): the photos are listed and viewable at once, the copies appear when the
 * job has run, a job cut short by closing the app finishes at the next open, a photo that cannot be
 * derived is reported and not tried again, and a photo redacted meanwhile never shows unredacted.
 */
const PHOTOS = 6;
let packageBase64 = '';
let shas: string[] = [];

const call = <M extends MethodName>(backend: Backend, method: M, input: MethodInput<M>) =>
  dispatchOk(backend, method, input);
const open = (dataDir: string) => createBackend({ dataDir, host: 'web', version: 'test' });
const pending = (b: Backend) =>
  b.database!.db.prepare('SELECT sha256, failed_at, failure FROM photo_derivations ORDER BY sha256').all() as {
    sha256: string;
    failed_at: string | null;
    failure: string | null;
  }[];
const thumbs = (b: Backend) =>
  b.database!.db.prepare('SELECT id, sha256, thumb_data_url AS thumb FROM evidence ORDER BY id').all() as {
    id: string;
    sha256: string;
    thumb: string;
  }[];
const imageOf = (dataUrl: string) => sharp(Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64'));

beforeAll(async () => {
  const a = open(tempDir('ja-derive-a-'));
  const client = await call(a, 'clients.create', { name: 'Cedar Bank' });
  const template = await call(a, 'templates.import', { fileName: 't.json', text: JSON.stringify(testTemplate()) });
  const audits: string[] = [];
  for (let v = 0; v < PHOTOS / 2; v++) {
    const audit = await call(a, 'audits.create', {
      clientId: client.id,
      templateId: template.id,
      title: `Visit ${v + 1}`,
      auditDate: '2027-01-15',
    });
    audits.push(audit.id);
    for (let p = 0; p < 2; p++) {
      // 2000 x 1500: the display copy is really made smaller (1600 px), the thumbnail 320 px.
      const photo = await sharp({
        create: {
          width: 2000,
          height: 1500,
          channels: 3,
          background: '#204060',
          noise: { type: 'gaussian', mean: 60 + v * 40 + p * 10, sigma: 20 },
        },
      })
        .jpeg({ quality: 80 })
        .toBuffer();
      await call(a, 'evidence.add', {
        auditId: audit.id,
        touchpointId: 'branch',
        fileName: `visit-${v}-${p}.jpg`,
        dataBase64: photo.toString('base64'),
      });
    }
  }
  const exported = await call(a, 'packages.export', {
    scope: { auditIds: audits },
    name: 'Wave',
    destination: { kind: 'download' },
  });
  packageBase64 = exported.base64!;
  shas = (a.database!.db.prepare('SELECT sha256 FROM evidence ORDER BY sha256').pluck().all() as string[]).slice();
  a.close();
});

describe('the background job after an import', () => {
  it('lists and shows the photos at once; the copies appear when the job has run', async () => {
    const dataDir = tempDir('ja-derive-b-');
    const b = open(dataDir);
    const result = await call(b, 'packages.import', { fileName: 'wave.zip', base64: packageBase64 });
    expect(result.filesWritten).toBe(PHOTOS); // the originals only
    // Right after the call: every photo queued, no display copy yet, every original on disk.
    expect(pending(b).map((p) => p.sha256)).toEqual(shas);
    for (const sha of shas) {
      expect(fs.existsSync(originalPath(dataDir, sha, 'jpg'))).toBe(true);
      expect(fs.existsSync(displayPath(dataDir, sha))).toBe(false);
    }
    const audits = await call(b, 'audits.list', {});
    expect(audits).toHaveLength(PHOTOS / 2);
    const detail = await call(b, 'audits.get', { id: audits[0]!.id });
    expect(detail.evidence).toHaveLength(2);
    expect(detail.evidence.map((e) => [e.thumbDataUrl, e.preview])).toEqual([
      ['', 'pending'],
      ['', 'pending'],
    ]);
    // Asked for before the job reached it: made on demand, never an error.
    const first = detail.evidence[0]!;
    const display = await call(b, 'evidence.image', { id: first.id, variant: 'display' });
    expect(display.mime).toBe('image/webp');
    expect(await imageOf(display.dataUrl).metadata()).toMatchObject({ format: 'webp', width: 1600, height: 1200 });
    const thumb = await call(b, 'evidence.image', { id: detail.evidence[1]!.id, variant: 'thumb' });
    expect(await imageOf(thumb.dataUrl).metadata()).toMatchObject({ format: 'webp', width: 320, height: 240 });

    await b.photos.idle();
    expect(pending(b)).toEqual([]);
    for (const sha of shas) expect(fs.existsSync(displayPath(dataDir, sha))).toBe(true);
    for (const row of thumbs(b)) {
      expect(row.thumb).toMatch(/^data:image\/webp;base64,/);
      expect(await imageOf(row.thumb).metadata()).toMatchObject({ width: 320, height: 240 });
    }
    const after = await call(b, 'audits.get', { id: audits[0]!.id });
    expect(after.evidence.map((e) => e.preview)).toEqual(['ready', 'ready']);
    // The thumbnail asked for on demand is the one the list now holds.
    expect(thumbs(b).find((r) => r.id === detail.evidence[1]!.id)!.thumb).toBe(thumb.dataUrl);
    b.close();
  });

  it('a backend closed mid-job finishes the rest when it is opened again', async () => {
    const dataDir = tempDir('ja-derive-c-');
    const b = open(dataDir);
    await call(b, 'packages.import', { fileName: 'wave.zip', base64: packageBase64 });
    // Close as soon as the first display copy is on disk: the job is cut short in the middle.
    const dir = path.join(dataDir, 'evidence');
    const madeSoFar = () => shas.filter((sha) => fs.existsSync(displayPath(dataDir, sha))).length;
    for (let waited = 0; madeSoFar() === 0 && waited < 60_000; waited += 5) await new Promise((r) => setTimeout(r, 5));
    b.close();
    await b.photos.idle();
    const left = PHOTOS - madeSoFar();
    expect(left).toBeGreaterThan(0);
    expect(fs.existsSync(dir)).toBe(true);

    const again = open(dataDir);
    // The queue is in the database: what was not finished is still there.
    expect(pending(again).length).toBeGreaterThanOrEqual(left);
    await again.photos.idle();
    expect(pending(again)).toEqual([]);
    expect(madeSoFar()).toBe(PHOTOS);
    expect(thumbs(again).every((r) => r.thumb.startsWith('data:image/webp;base64,'))).toBe(true);
    again.close();
  });

  it('reports a photo it cannot derive and does not try it again', async () => {
    const dataDir = tempDir('ja-derive-d-');
    const b = open(dataDir);
    await call(b, 'packages.import', { fileName: 'wave.zip', base64: packageBase64 });
    // Before the job starts (it waits for the call to have answered), one original is damaged on disk.
    const broken = shas[2]!;
    fs.writeFileSync(originalPath(dataDir, broken, 'jpg'), Buffer.from('not a photo any more'));
    await b.photos.idle();
    const rows = pending(b);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ sha256: broken });
    expect(rows[0]!.failed_at).not.toBeNull();
    expect(rows[0]!.failure).toMatch(/unsupported image format|Input buffer/i);
    const brokenRow = thumbs(b).find((r) => r.sha256 === broken)!;
    expect(brokenRow.thumb).toBe('');
    const auditId = b.database!.db.prepare('SELECT audit_id FROM evidence WHERE id = ?').pluck().get(brokenRow.id);
    const detail = await call(b, 'audits.get', { id: String(auditId) });
    expect(detail.evidence.find((e) => e.id === brokenRow.id)!.preview).toBe('failed');
    // Viewing it is not an error: the original as it is on disk.
    const shown = await call(b, 'evidence.image', { id: brokenRow.id, variant: 'display' });
    expect(shown).toEqual({
      dataUrl: `data:image/jpeg;base64,${Buffer.from('not a photo any more').toString('base64')}`,
      mime: 'image/jpeg',
    });
    const thumb = await call(b, 'evidence.image', { id: brokenRow.id, variant: 'thumb' });
    expect(thumb.mime).toBe('image/jpeg');
    const failedAt = rows[0]!.failed_at;
    b.close();

    // Opened again: the failure stays reported, and it is not tried again.
    const again = open(dataDir);
    await again.photos.idle();
    expect(pending(again)).toEqual(rows);
    expect(pending(again)[0]!.failed_at).toBe(failedAt);
    expect(thumbs(again).filter((r) => r.thumb === '')).toHaveLength(1);
    again.close();
  });

  it('owes nothing for a photo removed (and its file swept) before the job reached it', async () => {
    const dataDir = tempDir('ja-derive-f-');
    const b = open(dataDir);
    await call(b, 'packages.import', { fileName: 'wave.zip', base64: packageBase64 });
    // Before the job starts: the row goes (as a privacy purge takes it) and so does its file.
    const gone = thumbs(b)[0]!;
    b.database!.db.prepare('DELETE FROM evidence WHERE id = ?').run(gone.id);
    fs.rmSync(originalPath(dataDir, gone.sha256, 'jpg'));
    await b.photos.idle();
    // Not reported as a failure: the queue is simply empty.
    expect(pending(b)).toEqual([]);
    expect(thumbs(b).every((r) => r.thumb.startsWith('data:image/webp;base64,'))).toBe(true);
    b.close();
  });

  it('never shows a photo redacted before the job reached it unredacted', async () => {
    const dataDir = tempDir('ja-derive-e-');
    const b = open(dataDir);
    await call(b, 'packages.import', { fileName: 'wave.zip', base64: packageBase64 });
    const id = thumbs(b)[0]!.id;
    const marked = await call(b, 'evidence.setMarkup', {
      id,
      markup: [{ kind: 'redact', x: 0, y: 0, w: 1, h: 1, style: 'solid' }],
    });
    expect(marked.redacted).toBe(true);
    await b.photos.idle();
    expect(pending(b)).toEqual([]);
    // The job filled in only the empty thumbnails: this one stays the redacted copy's.
    expect(thumbs(b).find((r) => r.id === id)!.thumb).toBe(marked.thumbDataUrl);
    for (const variant of ['display', 'thumb'] as const) {
      const shown = await call(b, 'evidence.image', { id, variant });
      const { data, info } = await imageOf(shown.dataUrl).raw().toBuffer({ resolveWithObject: true });
      // Fully boxed in black: no pixel of the photo's noise shows.
      let brightest = 0;
      for (let i = 0; i < data.length; i += info.channels) brightest = Math.max(brightest, data[i]!, data[i + 1]!);
      expect(brightest, variant).toBeLessThan(40);
    }
    b.close();
  });
});
