import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../electron/backend/backend';
import { readPackage, type PackagePhoto } from '../../electron/backend/exchange/read-package';
import { writeZip, type ZipEntryInput } from '../../electron/backend/exchange/zip';
import type { MethodInput, MethodName } from '../../shared/contract';
import { RECORD_KINDS, recordEntryPath, type PackageManifest } from '../../shared/exchange/package-format';
import { testTemplate } from '../support/test-template';
import { dispatchOk } from '../support/dispatch';
import { inEnglish } from '../../shared/reasons/reason';
import { i18nFor } from '../support/i18n-for';
import { pngBomb } from '../support/png-bomb';
import { reasonText } from '../../renderer/src/lib/reason-text';

const arabic = i18nFor('ar');
const romanian = i18nFor('ro');

/**
 * Broken and hostile packages, each built by hand: every one is refused whole with its own message,
 * the receiving data folder (database included) stays byte-identical, and nothing appears outside it.
 */
let a: Backend;
let b: Backend;
let root: string;
let dirB: string;
let valid: Buffer;
let records: Record<string, unknown[]>;
let photos: Map<string, PackagePhoto>;
let before: Record<string, string>;
let outsideBefore: string[];
const messages: string[] = [];

const call = <M extends MethodName>(backend: Backend, method: M, input: MethodInput<M>) =>
  dispatchOk(backend, method, input);

function hashDir(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      // The -shm file is SQLite's shared-memory index of the WAL (read marks), not data.
      else if (!e.name.endsWith('-shm'))
        out[path.relative(dir, p)] = createHash('sha256').update(fs.readFileSync(p)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'ja-hostile-'));
  const dirA = path.join(root, 'a');
  dirB = path.join(root, 'b');
  a = createBackend({ dataDir: dirA, host: 'web', version: 'test' });
  b = createBackend({ dataDir: dirB, host: 'web', version: 'test' });
  const client = await call(a, 'clients.create', { name: 'Cedar Bank' });
  const template = await call(a, 'templates.import', { fileName: 't.json', text: JSON.stringify(testTemplate()) });
  const audit = await call(a, 'audits.create', {
    clientId: client.id,
    templateId: template.id,
    title: 'Visit',
    auditDate: '2027-03-02',
  });
  await call(a, 'audits.setAnswer', {
    auditId: audit.id,
    touchpointId: 'website',
    criterionId: 'price-shown',
    value: { kind: 'yesno', value: true },
  });
  const jpeg = await sharp({ create: { width: 40, height: 30, channels: 3, background: { r: 10, g: 200, b: 30 } } })
    .jpeg()
    .toBuffer();
  await call(a, 'evidence.add', {
    auditId: audit.id,
    touchpointId: 'branch',
    fileName: 'p.jpg',
    dataBase64: jpeg.toString('base64'),
  });
  valid = Buffer.from(
    (
      await call(a, 'packages.export', {
        scope: { auditIds: [audit.id] },
        name: 'Valid',
        destination: { kind: 'download' },
      })
    ).base64!,
    'base64',
  );
  const read = readPackage(valid);
  records = read.records as unknown as Record<string, unknown[]>;
  photos = read.photos;
  // B already holds this package, so a changed template version can be tried against it.
  await call(b, 'packages.import', { fileName: 'valid.zip', base64: valid.toString('base64') });
  // Its photo's display copy and thumbnail are made in the background: the folder is compared once they are.
  await b.photos.idle();
  // The WAL copied into the file now, not by a quiet-moment checkpoint in the middle of the comparisons.
  b.database!.db.pragma('wal_checkpoint(TRUNCATE)');
  before = hashDir(dirB);
  outsideBefore = fs.readdirSync(root).concat(fs.readdirSync(os.tmpdir()).filter((n) => /evil/.test(n)));
});

afterAll(() => {
  a.close();
  b.close();
  fs.rmSync(root, { recursive: true, force: true });
});

const sha = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

interface Build {
  /** Change the records before they are written. */
  records?: (r: Record<string, Record<string, unknown>[]>) => void;
  /** Change the entries (records and photos) before the manifest is made from them. */
  entries?: (e: ZipEntryInput[]) => ZipEntryInput[];
  manifest?: (m: PackageManifest) => unknown;
  /** Entries added to the zip after the manifest was made (so they are not in it). */
  unlisted?: ZipEntryInput[];
  noManifest?: boolean;
  manifestText?: string;
}

function build(options: Build = {}): Buffer {
  const r = JSON.parse(JSON.stringify(records)) as Record<string, Record<string, unknown>[]>;
  options.records?.(r);
  let entries: ZipEntryInput[] = RECORD_KINDS.map((k) => ({
    name: recordEntryPath(k),
    data: Buffer.from(JSON.stringify(r[k])),
  }));
  for (const [s, p] of photos) entries.push({ name: `evidence/${s}.${p.ext}`, data: p.bytes(), method: 0 });
  if (options.entries) entries = options.entries(entries);
  const manifest: PackageManifest = {
    format: 'journey-audit.package',
    formatVersion: 1,
    createdAt: '2027-03-02T10:00:00.000Z',
    appVersion: 'test',
    name: 'Crafted',
    entries: entries.map((e) => ({
      path: e.name,
      sha256: sha(e.data),
      bytes: e.raw?.uncompressedSize ?? e.data.length,
    })),
    counts: Object.fromEntries(RECORD_KINDS.map((k) => [k, r[k]!.length])) as PackageManifest['counts'],
  };
  const m = options.manifest ? options.manifest(manifest) : manifest;
  const manifestEntry = { name: 'manifest.json', data: Buffer.from(options.manifestText ?? JSON.stringify(m)) };
  return writeZip([...(options.noManifest ? [] : [manifestEntry]), ...entries, ...(options.unlisted ?? [])]);
}

const replace = (name: string, data: Buffer) => (entries: ZipEntryInput[]) =>
  entries.map((e) => (e.name === name ? { ...e, data } : e));
const auditRow = (r: Record<string, Record<string, unknown>[]>) => r.audits![0]!;

const CASES: [string, () => Buffer, RegExp][] = [
  [
    'an entry climbing out with ..',
    () => build({ entries: (e) => [...e, { name: 'records/../../evil.txt', data: Buffer.from('x') }] }),
    /climbs out of the package/,
  ],
  [
    'an absolute path',
    () => build({ entries: (e) => [...e, { name: '/tmp/evil.txt', data: Buffer.from('x') }] }),
    /is an absolute path/,
  ],
  [
    'a Windows drive path',
    () => build({ entries: (e) => [...e, { name: 'C:/evil.txt', data: Buffer.from('x') }] }),
    /names a Windows drive/,
  ],
  [
    'a backslash path',
    () => build({ entries: (e) => [...e, { name: 'evidence\\..\\evil.txt', data: Buffer.from('x') }] }),
    /uses backslashes/,
  ],
  [
    'a symbolic link',
    () =>
      build({
        entries: (e) => [
          ...e,
          {
            name: 'evidence/evil-link',
            data: Buffer.from('/etc/passwd'),
            method: 0,
            raw: { externalAttributes: (0o120777 << 16) >>> 0 },
          },
        ],
      }),
    /is a symbolic link/,
  ],
  [
    'a folder entry',
    () => build({ entries: (e) => [...e, { name: 'evidence/', data: Buffer.alloc(0), method: 0 }] }),
    /is a folder/,
  ],
  [
    'a zip bomb (high ratio)',
    () =>
      build({
        entries: replace(
          'records/answers.json',
          Buffer.concat([Buffer.from('['), Buffer.alloc(20 * 1024 * 1024, 0x20), Buffer.from(']')]),
        ),
      }),
    /looks like a zip bomb/,
  ],
  [
    'a huge declared size',
    () =>
      build({
        entries: (e) =>
          e.map((x) => (x.name === 'records/audits.json' ? { ...x, raw: { uncompressedSize: 3_000_000_000 } } : x)),
      }),
    /would unpack to 2861\.0 MB/,
  ],
  [
    'more bytes than declared',
    () =>
      build({
        entries: (e) => e.map((x) => (x.name === 'records/clients.json' ? { ...x, raw: { uncompressedSize: 10 } } : x)),
        manifest: (m) => m,
      }),
    /unpacks to more than its declared 10 bytes/,
  ],
  [
    'a truncated file',
    () => valid.subarray(0, Math.floor(valid.length / 2)),
    /end record is missing\): it is truncated/,
  ],
  [
    'an entry cut short',
    () => {
      const zip = build();
      // Keep the directory but drop the bytes of the photo before it: the offsets now point past the data.
      const end = zip.length - 22;
      const cdOffset = zip.readUInt32LE(end + 16);
      const cut = Buffer.concat([zip.subarray(0, cdOffset - 200), zip.subarray(cdOffset)]);
      cut.writeUInt32LE(cdOffset - 200, cut.length - 22 + 16);
      return cut;
    },
    /is cut short: the package is truncated|lies outside the file/,
  ],
  [
    'a wrong checksum',
    () =>
      build({
        manifest: (m) => ({
          ...m,
          entries: m.entries.map((e) => (e.path === 'records/clients.json' ? { ...e, sha256: '0'.repeat(64) } : e)),
        }),
      }),
    /checksum of "records\/clients.json" does not match/,
  ],
  [
    'a size that differs from the manifest',
    () =>
      build({
        manifest: (m) => ({
          ...m,
          entries: m.entries.map((e) => (e.path === 'records/waves.json' ? { ...e, bytes: e.bytes + 1 } : e)),
        }),
      }),
    /bytes in the zip but/,
  ],
  [
    'a wrong zip CRC',
    () =>
      build({ entries: (e) => e.map((x) => (x.name === 'records/sites.json' ? { ...x, raw: { crc32: 12345 } } : x)) }),
    /fails its zip CRC check/,
  ],
  [
    'an unknown format version',
    () => build({ manifest: (m) => ({ ...m, formatVersion: 2 }) }),
    /format version 2; this app reads version 1/,
  ],
  [
    'another format',
    () => build({ manifest: (m) => ({ ...m, format: 'something.else' }) }),
    /is not a Journey Audit package manifest/,
  ],
  ['no manifest', () => build({ noManifest: true }), /has no manifest\.json/],
  [
    'a manifest that is not JSON',
    () => build({ manifestText: '{"format": "journey-audit.package", ' }),
    /"manifest\.json" is not valid JSON/,
  ],
  [
    'a manifest with unknown fields',
    () => build({ manifest: (m) => ({ ...m, run: 'rm -rf /' }) }),
    /"manifest\.json" does not follow the format/,
  ],
  [
    'an entry not in the manifest',
    () => build({ unlisted: [{ name: 'records/extra.json', data: Buffer.from('[]') }] }),
    /"records\/extra\.json" is in the zip but not in the manifest/,
  ],
  [
    'a manifest entry missing from the zip',
    () =>
      build({
        manifest: (m) => ({
          ...m,
          entries: [...m.entries, { path: 'records/ghost.json', sha256: 'a'.repeat(64), bytes: 2 }],
        }),
      }),
    /lists "records\/ghost\.json", which is missing/,
  ],
  [
    'an entry outside the format',
    () => build({ entries: (e) => [...e, { name: 'notes/readme.txt', data: Buffer.from('hi') }] }),
    /"notes\/readme\.txt" is not part of the package format/,
  ],
  [
    'invalid JSON in a record file',
    () => build({ entries: replace('records/audits.json', Buffer.from('[{"id": ')) }),
    /"records\/audits\.json" is not valid JSON/,
  ],
  [
    'a schema violation',
    () => build({ records: (r) => void (auditRow(r).audit_type = 'hack') }),
    /"records\/audits\.json" does not follow the format: 0\.audit_type/,
  ],
  [
    'an answer that is not an answer',
    () => build({ records: (r) => void (r.answers![0]!.value_json = '{"kind":"yesno","value":"drop table"}') }),
    /"records\/answers\.json" does not follow the format: 0\.value_json/,
  ],
  [
    'counts that do not match',
    () => build({ manifest: (m) => ({ ...m, counts: { ...m.counts, audits: 7 } }) }),
    /counts 7 records for "records\/audits\.json" but/,
  ],
  [
    'a reference to a visit not in the package',
    () => build({ records: (r) => void (r.answers![0]!.audit_id = '5f0c6f6e-3f7c-4a55-9a43-2b8a3c1f9e11') }),
    /refers to the visit 5f0c6f6e.* which is not in the package/,
  ],
  [
    'an oversized image',
    () => {
      const big = Buffer.alloc(26 * 1024 * 1024, 7);
      const s = sha(big);
      return build({
        records: (r) =>
          r.evidence!.push({
            ...r.evidence![0]!,
            id: '6a1d2c3b-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
            sha256: s,
            bytes: big.length,
          }),
        entries: (e) => [...e, { name: `evidence/${s}.jpg`, data: big, method: 0 }],
      });
    },
    /photos can be at most 25\.0 MB/,
  ],
  [
    'a photo that is not an image',
    () => {
      const junk = Buffer.from('this is not a jpeg at all');
      const s = sha(junk);
      return build({
        records: (r) =>
          r.evidence!.push({
            ...r.evidence![0]!,
            id: '6a1d2c3b-4e5f-4a6b-8c7d-9e0f1a2b3c4e',
            sha256: s,
            bytes: junk.length,
          }),
        entries: (e) => [...e, { name: `evidence/${s}.jpg`, data: junk, method: 0 }],
      });
    },
    /^The photo "evidence\/[0-9a-f]{64}\.jpg" cannot be used: it is not a JPEG, PNG or WebP photo\. Nothing was imported\.$/,
  ],
  [
    'a photo cut off half way (checked by decoding every pixel once)',
    () => {
      const whole = [...photos.values()][0]!.bytes();
      const cut = whole.subarray(0, Math.floor(whole.length / 2));
      const s = sha(cut);
      return build({
        records: (r) =>
          r.evidence!.push({
            ...r.evidence![0]!,
            id: '7b2e3d4c-5f60-4b7c-9d8e-0f1a2b3c4d5f',
            sha256: s,
            bytes: cut.length,
          }),
        entries: (e) => [...e, { name: `evidence/${s}.jpg`, data: cut, method: 0 }],
      });
    },
    /^The photo "evidence\/[0-9a-f]{64}\.jpg" cannot be used: it is damaged or cut short, so it could not be read\. Nothing was imported\.$/,
  ],
  [
    "a photo of 121 megapixels in 15 KB (a decompression bomb), said without the image library's words",
    () => {
      const bomb = pngBomb(11_000, 11_000);
      const s = sha(bomb);
      return build({
        records: (r) =>
          r.evidence!.push({
            ...r.evidence![0]!,
            id: '9d4a5f6e-7182-4d9e-8fa0-2b3c4d5e6f71',
            sha256: s,
            mime: 'image/png',
            bytes: bomb.length,
            width: 11_000,
            height: 11_000,
          }),
        entries: (e) => [...e, { name: `evidence/${s}.png`, data: bomb, method: 0 }],
      });
    },
    /^The photo "evidence\/[0-9a-f]{64}\.png" cannot be used: it is 11000 × 11000 pixels, more than the 120 megapixels a photo can have\. Nothing was imported\.$/,
  ],
  [
    'a PNG described as a JPEG',
    () => {
      const png = Buffer.from(
        'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
        'base64',
      );
      const s = sha(png);
      return build({
        records: (r) =>
          r.evidence!.push({
            ...r.evidence![0]!,
            id: '8c3f4e5d-6071-4c8d-8e9f-1a2b3c4d5e60',
            sha256: s,
            bytes: png.length,
            width: 1,
            height: 1,
          }),
        entries: (e) => [...e, { name: `evidence/${s}.jpg`, data: png, method: 0 }],
      });
    },
    /The photo "evidence\/[0-9a-f]{64}\.jpg" is not the image\/jpeg its record describes/,
  ],
  [
    'a photo named for another checksum',
    () =>
      build({
        entries: (e) =>
          e.map((x) => (x.name.startsWith('evidence/') ? { ...x, name: `evidence/${'b'.repeat(64)}.jpg` } : x)),
      }),
    /is named for another checksum/,
  ],
  [
    'duplicate entry names',
    () => build({ entries: (e) => [...e, { name: 'records/clients.json', data: Buffer.from('[]') }] }),
    /"records\/clients\.json" appears twice/,
  ],
  [
    'duplicate names differing in case',
    () => build({ entries: (e) => [...e, { name: 'Records/Clients.json', data: Buffer.from('[]') }] }),
    /"Records\/Clients\.json" appears twice/,
  ],
  [
    'an encrypted entry',
    () =>
      build({ entries: (e) => e.map((x) => (x.name === 'records/waves.json' ? { ...x, raw: { flags: 0x0801 } } : x)) }),
    /is encrypted/,
  ],
  [
    'an unsupported compression method',
    () => {
      const zip = build();
      // Mark the first entry after the manifest as bzip2 (12) in the directory.
      const cdOffset = zip.readUInt32LE(zip.length - 22 + 16);
      let p = cdOffset;
      p += 46 + zip.readUInt16LE(p + 28);
      zip.writeUInt16LE(12, p + 10);
      return zip;
    },
    /uses compression method 12/,
  ],
  [
    'a template version with a known id but other content',
    () =>
      build({
        records: (r) => {
          const v = r.template_versions![0]!;
          v.definition_json = JSON.stringify({ ...JSON.parse(String(v.definition_json)), name: 'Tampered journey' });
        },
      }),
    /template version .* has other content than the same version here/,
  ],
];

describe('hostile and broken packages', () => {
  it('the valid package round-trips as the baseline', async () => {
    const again = await call(b, 'packages.preview', { fileName: 'valid.zip', base64: build().toString('base64') });
    expect(again.totals.add + again.totals.update + again.totals.conflict).toBe(0);
  });

  it.each(CASES)('refuses %s', async (_label, make, expected) => {
    const base64 = make().toString('base64');
    for (const method of ['packages.preview', 'packages.import'] as const) {
      const r = await b.dispatch(method, { fileName: 'crafted.zip', base64 });
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.error.code).toBe('INVALID_FILE');
      expect(r.error.message).toMatch(expected);
      expect(r.error.message).toMatch(/Nothing was imported\.$/);
      if (method === 'packages.import') {
        messages.push(r.error.message);
        // The screen says the same refusal in the user's language: every one has its reason, whole.
        expect(r.error.reason).toBeDefined();
        expect(r.error.message.startsWith(inEnglish(r.error.reason!))).toBe(true);
        for (const t of [arabic, romanian]) {
          const said = reasonText(t, r.error.reason!);
          expect(said).not.toMatch(/\{\{|\}\}|^reasons\./);
          expect(said).not.toBe(inEnglish(r.error.reason!));
        }
      }
    }
    expect(hashDir(dirB)).toEqual(before);
  });

  it('refuses text that is not base64', async () => {
    const r = await b.dispatch('packages.import', { fileName: 'x.zip', base64: '%%%not base64%%%' });
    expect(r.ok || r.error.message).toMatch(/did not arrive intact/);
  });

  it('gave every package its own message, and left the data folder and its surroundings untouched', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(15);
    expect(messages).toHaveLength(CASES.length);
    expect(new Set(messages).size).toBe(messages.length);
    expect(hashDir(dirB)).toEqual(before);
    expect(fs.readdirSync(root).concat(fs.readdirSync(os.tmpdir()).filter((n) => /evil/.test(n)))).toEqual(
      outsideBefore,
    );
    expect(fs.existsSync('/tmp/evil.txt')).toBe(false);
    expect(fs.existsSync(path.resolve(dirB, '..', 'evil.txt'))).toBe(false);
    void zlib;
  });
});
