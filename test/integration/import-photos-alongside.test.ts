import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../electron/backend/backend';
import { readPackage } from '../../electron/backend/exchange/read-package';
import type { ZipEntryInput } from '../../electron/backend/exchange/zip';
import type { MethodInput, MethodName } from '../../shared/contract';
import { dispatchOk } from '../support/dispatch';
import { packageEditor, snapshotDir, type Rows } from '../support/package-builder';
import { tempDir } from '../support/temp-dir';
import { testTemplate, PASSING_ANSWERS } from '../support/test-template';

/**
 * The import checks and writes a package's photos while it still reads and plans its records, and
 * writes each original while others decode. Whatever part turns out bad (a photo near the end of
 * the package, a record read after the photos started, the transaction), the package is refused
 * whole and the receiving data folder is left byte-identical: no photo file, no evidence folder, no
 * backup, no row.
 */
const PHOTOS = 40;
const call = <M extends MethodName>(backend: Backend, method: M, input: MethodInput<M>) =>
  dispatchOk(backend, method, input);
const sha = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

let exported: Buffer;
let senderDir: string;
let sender: Backend;

beforeAll(async () => {
  senderDir = tempDir('ja-alongside-a-');
  sender = createBackend({ dataDir: senderDir, host: 'web', version: 'test' });
  const client = await call(sender, 'clients.create', { name: 'Cedar Bank' });
  const template = await call(sender, 'templates.import', {
    fileName: 't.json',
    text: JSON.stringify(testTemplate()),
  });
  const audit = await call(sender, 'audits.create', {
    clientId: client.id,
    templateId: template.id,
    title: 'Visit with many photos',
    auditDate: '2027-03-02',
  });
  await call(sender, 'audits.setAnswer', {
    auditId: audit.id,
    touchpointId: 'website',
    criterionId: 'ease',
    value: { kind: 'scale', value: 4 },
  });
  for (let i = 0; i < PHOTOS; i++) {
    const jpeg = await sharp({
      create: { width: 64, height: 48, channels: 3, background: { r: 5 * i, g: 100, b: 255 - 5 * i } },
    })
      .jpeg()
      .toBuffer();
    await call(sender, 'evidence.add', {
      auditId: audit.id,
      touchpointId: 'branch',
      fileName: `p${i}.jpg`,
      dataBase64: jpeg.toString('base64'),
    });
  }
  const pkg = await call(sender, 'packages.export', {
    scope: { auditIds: [audit.id] },
    name: 'Many photos',
    destination: { kind: 'download' },
  });
  exported = Buffer.from(pkg.base64!, 'base64');
}, 120_000);

afterAll(() => sender.close());

/** The exported package zipped again after `edit` (records and photos, in package order), with a matching manifest. */
const rebuilt = (edit: (rows: Rows, photos: ZipEntryInput[]) => void): string =>
  packageEditor(exported).build(edit).toString('base64');

/** The last photo of the package cut off half way (its record's SHA-256 and size made to match): it does not decode. */
const lastPhotoCut = () =>
  rebuilt((rows, photos) => {
    const last = photos.at(-1)!;
    const oldSha = /evidence\/([0-9a-f]{64})/.exec(last.name)![1]!;
    const cut = Buffer.from(last.data).subarray(0, Math.floor(last.data.length / 2));
    last.name = `evidence/${sha(cut)}.jpg`;
    last.data = cut;
    const record = rows.evidence!.find((e) => e.sha256 === oldSha)!;
    record.sha256 = sha(cut);
    record.bytes = cut.length;
  });

/** Refused by the preview (unless `importOnly`) and the import; the data folder (but `ignore`) stays byte-identical. */
async function refusedInFreshFolder(
  base64: string,
  expected: RegExp,
  options: {
    prepare?: (b: Backend, dir: string) => void;
    importOnly?: boolean;
    ignore?: string[];
    evidenceFolderStays?: boolean;
  } = {},
): Promise<void> {
  const dir = tempDir('ja-alongside-b-');
  const b = createBackend({ dataDir: dir, host: 'web', version: 'test' });
  try {
    options.prepare?.(b, dir);
    const rowsBefore = b.database!.db.prepare('SELECT COUNT(*) FROM evidence').pluck().get();
    // The WAL copied into the file now, not by a quiet-moment checkpoint in the middle of the comparison.
    b.database!.db.pragma('wal_checkpoint(TRUNCATE)');
    const before = snapshotDir(dir, options.ignore);
    const methods = options.importOnly
      ? ['packages.import' as const]
      : (['packages.preview', 'packages.import'] as const);
    for (const method of methods) {
      const r = await b.dispatch(method, { fileName: 'edited.zip', base64 });
      expect(r.ok, method).toBe(false);
      if (!r.ok) expect(r.error.message).toMatch(expected);
    }
    await b.photos.idle();
    if (!options.evidenceFolderStays) expect(fs.existsSync(path.join(dir, 'evidence'))).toBe(false);
    expect(b.database!.db.prepare('SELECT COUNT(*) FROM evidence').pluck().get()).toBe(rowsBefore);
    expect(snapshotDir(dir, options.ignore)).toEqual(before);
  } finally {
    b.close();
  }
}

describe('photos checked and written while the package is read', () => {
  it('imports all 40 photos: each original stored byte for byte, each display copy made by the background job', async () => {
    const dir = tempDir('ja-alongside-ok-');
    const b = createBackend({ dataDir: dir, host: 'web', version: 'test' });
    try {
      const base64 = exported.toString('base64');
      const preview = await call(b, 'packages.preview', { fileName: 'x.zip', base64 });
      expect(preview.photos).toEqual({ total: PHOTOS, new: PHOTOS });
      // The preview checked every photo and wrote none.
      expect(fs.existsSync(path.join(dir, 'evidence'))).toBe(false);
      const result = await call(b, 'packages.import', { fileName: 'x.zip', base64 });
      expect(result.filesWritten).toBe(PHOTOS);
      await b.photos.idle();
      for (const [s, photo] of readPackage(exported).photos) {
        const original = path.join(dir, 'evidence', s.slice(0, 2), `${s}.${photo.ext}`);
        expect(sha(fs.readFileSync(original))).toBe(s);
        expect(fs.existsSync(path.join(dir, 'evidence', s.slice(0, 2), `${s}.display.webp`))).toBe(true);
      }
      // No temporary file is left beside them.
      const names = fs.readdirSync(path.join(dir, 'evidence'), { recursive: true }).map(String);
      expect(names.filter((n) => n.endsWith('.tmp'))).toEqual([]);
    } finally {
      b.close();
    }
  });

  it('the last photo does not decode: refused whole, and none of the 39 others (checked and written meanwhile) is left behind', async () => {
    await refusedInFreshFolder(
      lastPhotoCut(),
      /The photo "evidence\/[0-9a-f]{64}\.jpg" cannot be used.*Nothing was imported\.$/s,
    );
  });

  it('a record found broken after the photos started decoding: refused whole, no photo file written', async () => {
    const base64 = rebuilt((rows) => {
      const answer = rows.answers!.find((a) => a.criterion_id === 'ease')!;
      answer.value_json = JSON.stringify({ kind: 'scale', value: 99 });
    });
    await refusedInFreshFolder(base64, /Nothing was imported\.$/);
  });

  it('the last original cannot be written (a file in the way of its folder): the others written before it are taken back', async () => {
    const last = [...readPackage(exported).photos.keys()].at(-1)!;
    await refusedInFreshFolder(exported.toString('base64'), /Something went wrong inside the app/, {
      importOnly: true,
      // Every photo passed its check before the write failed: the backup taken then is meant to stay.
      ignore: ['backups'],
      prepare: (_b, dir) => {
        fs.mkdirSync(path.join(dir, 'evidence'));
        fs.writeFileSync(path.join(dir, 'evidence', last.slice(0, 2)), 'not a folder');
      },
      evidenceFolderStays: true,
    });
  });

  it('a photo written before the plan said the import does not add it (its visit is completed here) is taken back', async () => {
    const dir = tempDir('ja-alongside-locked-');
    const b = createBackend({ dataDir: dir, host: 'web', version: 'test' });
    try {
      await call(b, 'packages.import', { fileName: 'x.zip', base64: exported.toString('base64') });
      const visit = String(readPackage(exported).records.audits[0]!.id);
      for (const [touchpointId, criterionId, value] of PASSING_ANSWERS)
        await call(b, 'audits.setAnswer', { auditId: visit, touchpointId, criterionId, value });
      await call(b, 'audits.complete', { id: visit });
      await b.photos.idle();
      const before = snapshotDir(path.join(dir, 'evidence'));
      // The same visit with one more photo, which this laptop does not hold: checked and written as soon
      // as it is read, then refused with its record (the visit is complete here).
      const extra = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#123456' } })
        .jpeg()
        .toBuffer();
      const base64 = rebuilt((rows, photos) => {
        rows.evidence!.push({
          ...rows.evidence![0]!,
          id: '6a1f0c3e-2b4d-4e5f-8a9b-0c1d2e3f4a5b',
          sha256: sha(extra),
          bytes: extra.length,
        });
        photos.push({ name: `evidence/${sha(extra)}.jpg`, data: extra, method: 0 });
      });
      const result = await call(b, 'packages.import', { fileName: 'y.zip', base64 });
      expect(result.totals.refused).toBeGreaterThan(0);
      expect(result.filesWritten).toBe(0);
      await b.photos.idle();
      expect(snapshotDir(path.join(dir, 'evidence'))).toEqual(before);
    } finally {
      b.close();
    }
  });

  it('the transaction fails after every photo was written: the 40 files and their folders are taken back', async () => {
    // The backup taken before the import is meant to stay; everything else is as it was.
    await refusedInFreshFolder(exported.toString('base64'), /Something went wrong inside the app/, {
      importOnly: true,
      ignore: ['backups'],
      prepare: (b) =>
        b.database!.db.exec(
          "CREATE TRIGGER no_answers BEFORE INSERT ON answers BEGIN SELECT RAISE(ABORT, 'disk said no'); END",
        ),
    });
  });
});
