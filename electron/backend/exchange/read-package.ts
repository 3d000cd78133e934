import { createHash } from 'node:crypto';
import zlib from 'node:zlib';
import { z } from 'zod';
import { EVIDENCE_MAX_BYTES } from '../../../shared/api/audits-api';
import {
  EVIDENCE_ENTRY,
  manifestSchema,
  MIME_BY_EXT,
  PACKAGE_FORMAT,
  PACKAGE_FORMAT_VERSION,
  PACKAGE_LIMITS as L,
  RECORD_KINDS,
  recordEntryPath,
  recordKey,
  recordSchemas,
  type AnyRecord,
  type PackageManifest,
  type PackageRecords,
  type RecordKind,
} from '../../../shared/exchange/package-format';
import { reason, type Reason, type ReasonKey } from '../../../shared/reasons/reason';
import { AppError } from '../../../shared/result';
import { describeFirstIssue } from '../../../shared/validation';
import { parsePackageTrail, TRAIL_ENTRY_PATH, verifyPackageTrail, type PackageTrailRow } from '../trail/package-trail';
import { SIG_CENTRAL, SIG_END, SIG_LOCAL } from './zip';

/** A photo of the package, checked (size, CRC, SHA-256) but not held: its bytes are taken from the package when needed. */
export interface PackagePhoto {
  ext: string;
  size: number;
  /** The photo's bytes (a view into the package when stored, inflated again when deflated). */
  bytes(): Buffer;
}

export interface ReadPackage {
  manifest: PackageManifest;
  records: PackageRecords;
  /** Original photos by SHA-256, read one at a time: the package's photos are never all in memory at once. */
  photos: Map<string, PackagePhoto>;
  /** The audits' hash-chained trails (verified); null in a package made before the trail existed. */
  trail: PackageTrailRow[] | null;
}

export interface CentralEntry {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
  /** Where entry data must end: the start of the central directory. */
  dataEnd: number;
}

const MB = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const refuse = (key: ReasonKey, params: Reason['params'] = {}): never => {
  throw AppError.because('INVALID_FILE', reason(key, params), 'Nothing was imported.');
};

/** Called with each photo of the package as soon as its size, CRC and SHA-256 are checked. */
export type OnPhoto = (sha256: string, photo: PackagePhoto) => void;

/**
 * Reads a package and refuses it whole at the first problem: nothing is ever extracted to disk, and
 * each photo is checked (size, CRC, SHA-256) and let go, to be taken again one at a time by the import.
 * Declared sizes and names are checked from the central directory before any entry is inflated;
 * inflating is capped at the declared size; then sizes, CRCs and the manifest's SHA-256s are checked
 * (the photos first), and every record is validated against its schema and against the other
 * records of the package.
 */
export function readPackage(bytes: Buffer, onPhoto?: OnPhoto): ReadPackage {
  const steps = readSteps(bytes, onPhoto);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * readPackage that lets the event loop run between entries, so that the photo checks `onPhoto`
 * starts go on (and hand their results back) while the records are still being read and validated.
 */
export async function readPackageAlongside(bytes: Buffer, onPhoto: OnPhoto): Promise<ReadPackage> {
  const steps = readSteps(bytes, onPhoto);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** Photos checked between two turns of the event loop (each is a SHA-256 of at most a few MB). */
const PHOTOS_PER_TURN = 8;

/** The reading, in steps: it yields where the event loop may run (after a few photos, after each record entry). */
function* readSteps(bytes: Buffer, onPhoto: OnPhoto | undefined): Generator<void, ReadPackage> {
  if (bytes.length > L.packageBytes) refuse('tooBig', { size: MB(bytes.length), limit: MB(L.packageBytes) });
  if (bytes.length < 22) refuse('tooShort');
  const entries = readCentralDirectory(bytes);

  const byName = new Map(entries.map((e) => [e.name, e]));
  const manifestEntry = byName.get('manifest.json');
  if (!manifestEntry) refuse('noManifest');
  const manifest = parseManifest(inflate(bytes, manifestEntry!));

  // The manifest and the zip must name exactly the same entries.
  const listed = new Map<string, PackageManifest['entries'][number]>();
  for (const m of manifest.entries) {
    if (listed.has(m.path)) refuse('manifestListsTwice', { path: m.path });
    listed.set(m.path, m);
  }
  for (const e of entries)
    if (e.name !== 'manifest.json' && !listed.has(e.name)) refuse('entryNotInManifest', { path: e.name });
  for (const m of manifest.entries) if (!byName.has(m.path)) refuse('entryMissing', { path: m.path });

  const checked = (m: PackageManifest['entries'][number]) => {
    const entry = byName.get(m.path)!;
    if (entry.size !== m.bytes) refuse('entrySizeDiffers', { path: m.path, size: entry.size, declared: m.bytes });
    const data = inflate(bytes, entry);
    const sha = createHash('sha256').update(data).digest('hex');
    if (sha !== m.sha256) refuse('checksumDiffers', { path: m.path });
    return { entry, data, sha };
  };
  // The photos first: whoever checks their pixels can start while the records are read.
  const photos = new Map<string, PackagePhoto>();
  let sinceTurn = 0;
  for (const m of manifest.entries) {
    const name = EVIDENCE_ENTRY.exec(m.path);
    if (!name) continue;
    const { entry, data, sha } = checked(m);
    if (name[1] !== sha) refuse('photoMisnamed', { path: m.path });
    if (data.length > EVIDENCE_MAX_BYTES)
      refuse('photoTooBig', { path: m.path, size: MB(data.length), limit: MB(EVIDENCE_MAX_BYTES) });
    const photo: PackagePhoto = { ext: name[2]!, size: data.length, bytes: () => entryBytes(bytes, entry) };
    photos.set(sha, photo);
    onPhoto?.(sha, photo);
    if (++sinceTurn === PHOTOS_PER_TURN) {
      sinceTurn = 0;
      yield;
    }
  }

  const records = {} as PackageRecords;
  let trail: PackageTrailRow[] | null = null;
  for (const kind of RECORD_KINDS) (records as Record<RecordKind, unknown[]>)[kind] = [];
  for (const m of manifest.entries) {
    if (EVIDENCE_ENTRY.test(m.path)) continue;
    yield;
    const { data } = checked(m);
    if (m.path === TRAIL_ENTRY_PATH) {
      trail = parsePackageTrail(data);
      continue;
    }
    const kind = RECORD_KINDS.find((k) => recordEntryPath(k) === m.path);
    if (!kind) refuse('entryUnknown', { path: m.path });
    (records as Record<RecordKind, unknown[]>)[kind!] = parseRecords(kind!, m.path, data);
  }
  for (const kind of RECORD_KINDS) {
    const declared = manifest.counts[kind] ?? 0;
    if (records[kind].length !== declared)
      refuse('countDiffers', { declared, entry: recordEntryPath(kind), count: records[kind].length });
  }
  yield;
  checkReferences(records, photos);
  yield;
  verifyPackageTrail(records, trail);
  return { manifest, records, photos, trail };
}

export function readCentralDirectory(bytes: Buffer): CentralEntry[] {
  // The end record is within the last 22 + 65535 bytes (its comment is at most 65535 bytes).
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (bytes.readUInt32LE(i) === SIG_END) {
      end = i;
      break;
    }
  }
  if (end < 0) refuse('noEndRecord');
  const disk = bytes.readUInt16LE(end + 4);
  const cdDisk = bytes.readUInt16LE(end + 6);
  const count = bytes.readUInt16LE(end + 10);
  const cdSize = bytes.readUInt32LE(end + 12);
  const cdOffset = bytes.readUInt32LE(end + 16);
  if (disk !== 0 || cdDisk !== 0 || bytes.readUInt16LE(end + 8) !== count) refuse('multiPart');
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) refuse('zip64');
  if (count > L.entries) refuse('tooManyEntries', { count, limit: L.entries });
  if (cdOffset + cdSize > end) refuse('directoryOutside');

  const entries: CentralEntry[] = [];
  const seen = new Set<string>();
  let total = 0;
  let totalCompressed = 0;
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > cdOffset + cdSize || bytes.readUInt32LE(p) !== SIG_CENTRAL) refuse('directoryDamaged');
    const madeBy = bytes.readUInt16LE(p + 4);
    const flags = bytes.readUInt16LE(p + 8);
    const method = bytes.readUInt16LE(p + 10);
    const crc = bytes.readUInt32LE(p + 16);
    const compressedSize = bytes.readUInt32LE(p + 20);
    const size = bytes.readUInt32LE(p + 24);
    const nameLength = bytes.readUInt16LE(p + 28);
    const extraLength = bytes.readUInt16LE(p + 30);
    const commentLength = bytes.readUInt16LE(p + 32);
    const external = bytes.readUInt32LE(p + 38);
    const localOffset = bytes.readUInt32LE(p + 42);
    if (p + 46 + nameLength > cdOffset + cdSize) refuse('directoryDamaged');
    const rawName = bytes.subarray(p + 46, p + 46 + nameLength);
    p += 46 + nameLength + extraLength + commentLength;

    const name = rawName.toString('utf8');
    checkName(name, rawName);
    const unixType = (external >>> 16) & 0o170000;
    const host = madeBy >>> 8;
    if ((host === 3 || host === 19) && unixType === 0o120000) refuse('entryIsLink', { name });
    if ((host === 3 || host === 19) && unixType !== 0 && unixType !== 0o100000) refuse('entryNotFile', { name });
    if (external & 0x10 || name.endsWith('/')) refuse('entryIsFolder', { name });
    if (flags & 0x1 || flags & 0x40) refuse('entryEncrypted', { name });
    if (method !== 0 && method !== 8) refuse('entryMethod', { name, method });
    const folded = name.toLowerCase();
    if (seen.has(folded)) refuse('entryNameTwice', { name });
    seen.add(folded);

    const limit =
      name === 'manifest.json' ? L.manifestBytes : name.startsWith('evidence/') ? L.photoEntryBytes : L.jsonEntryBytes;
    if (size > limit) refuse('entryTooBig', { name, size: MB(size), limit: MB(limit) });
    if (method === 0 && size !== compressedSize) refuse('storedSizesDiffer', { name });
    if (size > L.ratioFloorBytes && size > compressedSize * L.ratio) {
      refuse('entryBomb', { name, ratio: Math.round(size / Math.max(1, compressedSize)), limit: L.ratio });
    }
    total += size;
    totalCompressed += compressedSize;
    if (total > L.totalUncompressedBytes) refuse('unpacksTooBig', { limit: MB(L.totalUncompressedBytes) });
    if (localOffset + 30 > cdOffset) refuse('entryOutside', { name });
    entries.push({ name, method, crc, compressedSize, size, localOffset, dataEnd: cdOffset });
  }
  if (total > L.ratioFloorBytes && total > totalCompressed * L.ratio)
    refuse('packageBomb', { ratio: Math.round(total / Math.max(1, totalCompressed)), limit: L.ratio });
  return entries;
}

function checkName(name: string, raw: Buffer): void {
  if (raw.length === 0) refuse('entryNoName');
  if (/[\u0000-\u001f]/.test(name)) refuse('entryNameControl', { name: JSON.stringify(name).slice(1, -1) });
  if (name.includes('\\')) refuse('entryBackslash', { name });
  if (/^[A-Za-z]:/.test(name)) refuse('entryDrive', { name });
  if (name.startsWith('/')) refuse('entryAbsolute', { name });
  if (name.split('/').some((part) => part === '..')) refuse('entryClimbs', { name });
  if (name.endsWith('/')) refuse('entryIsFolder', { name });
  if (name.split('/').some((part) => part === '.' || part === '')) refuse('entryEmptyPart', { name });
}

/** Inflates one entry, never past its declared size, and checks its size and CRC. */
export function inflate(bytes: Buffer, entry: CentralEntry): Buffer {
  const data = entryBytes(bytes, entry);
  if (data.length !== entry.size)
    refuse('entrySizeWrong', { name: entry.name, size: data.length, declared: entry.size });
  if (zlib.crc32(data) >>> 0 !== entry.crc >>> 0) refuse('entryCrc', { name: entry.name });
  return data;
}

/** An entry's data: a view of a stored entry, a deflated one inflated (never past its declared size). */
function entryBytes(bytes: Buffer, entry: CentralEntry): Buffer {
  const at = entry.localOffset;
  if (bytes.readUInt32LE(at) !== SIG_LOCAL) refuse('entryNoLocalHeader', { name: entry.name });
  const nameLength = bytes.readUInt16LE(at + 26);
  const extraLength = bytes.readUInt16LE(at + 28);
  const localName = bytes.subarray(at + 30, at + 30 + nameLength).toString('utf8');
  if (localName !== entry.name) refuse('entryOtherName', { name: entry.name, localName });
  const start = at + 30 + nameLength + extraLength;
  if (start + entry.compressedSize > entry.dataEnd) refuse('entryCut', { name: entry.name });
  const compressed = bytes.subarray(start, start + entry.compressedSize);
  let data: Buffer;
  if (entry.method === 0) data = compressed;
  else {
    try {
      data = zlib.inflateRawSync(compressed, { maxOutputLength: Math.max(1, entry.size) + 1 });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ERR_BUFFER_TOO_LARGE') refuse('entryOverflows', { name: entry.name, size: entry.size });
      refuse('entryUndecompressable', { name: entry.name });
      throw error;
    }
  }
  return data;
}

function parseJson(path: string, data: Buffer): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(data));
  } catch {
    return refuse('notJson', { path });
  }
}

function parseManifest(data: Buffer): PackageManifest {
  const raw = parseJson('manifest.json', data) as Record<string, unknown> | null;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) refuse('manifestNotObject');
  if (raw!.format !== PACKAGE_FORMAT) refuse('manifestOtherFormat', { format: JSON.stringify(raw!.format ?? null) });
  if (raw!.formatVersion !== PACKAGE_FORMAT_VERSION) {
    refuse('formatVersion', {
      version: JSON.stringify(raw!.formatVersion ?? null),
      supported: PACKAGE_FORMAT_VERSION,
    });
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success)
    refuse('breaksFormat', { path: 'manifest.json', details: describeFirstIssue(parsed.error, raw) });
  return parsed.data!;
}

function parseRecords(kind: RecordKind, path: string, data: Buffer): unknown[] {
  const raw = parseJson(path, data);
  const parsed = z.array(recordSchemas[kind]).max(1_000_000).safeParse(raw);
  if (!parsed.success) refuse('breaksFormat', { path, details: describeFirstIssue(parsed.error, raw) });
  return parsed.data!;
}

/** Every reference inside the package resolves inside the package (a baseline may point outside: it is dropped if unknown). */
function checkReferences(r: PackageRecords, photos: Map<string, PackagePhoto>): void {
  const ids = (rows: { id: string }[]) => {
    const set = new Set<string>();
    for (const row of rows) set.add(row.id);
    return set;
  };
  const clients = ids(r.clients);
  const sites = ids(r.sites);
  const waves = ids(r.waves);
  const templates = ids(r.templates);
  const versions = ids(r.template_versions);
  const audits = ids(r.audits);
  const unique = (kind: RecordKind, set: Set<string>, n: number) =>
    set.size !== n && refuse('sameIdTwice', { entry: recordEntryPath(kind) });
  unique('clients', clients, r.clients.length);
  unique('sites', sites, r.sites.length);
  unique('waves', waves, r.waves.length);
  unique('templates', templates, r.templates.length);
  unique('template_versions', versions, r.template_versions.length);
  unique('audits', audits, r.audits.length);
  unique('evidence', ids(r.evidence), r.evidence.length);
  unique('actions', ids(r.actions), r.actions.length);
  const missing = (key: ReasonKey, kind: RecordKind, record: string, id: string) =>
    refuse(key, { entry: recordEntryPath(kind), record, id });
  for (const s of r.sites) if (!clients.has(s.client_id)) missing('missingClient', 'sites', s.id, s.client_id);
  for (const w of r.waves) if (!clients.has(w.client_id)) missing('missingClient', 'waves', w.id, w.client_id);
  for (const v of r.template_versions)
    if (!templates.has(v.template_id)) missing('missingTemplate', 'template_versions', v.id, v.template_id);
  for (const a of r.audits) {
    if (!clients.has(a.client_id)) missing('missingClient', 'audits', a.title, a.client_id);
    if (!versions.has(a.template_version_id)) missing('missingVersion', 'audits', a.title, a.template_version_id);
    if (a.site_id && !sites.has(a.site_id)) missing('missingSite', 'audits', a.title, a.site_id);
    if (a.wave_id && !waves.has(a.wave_id)) missing('missingWave', 'audits', a.title, a.wave_id);
  }
  for (const kind of ['answers', 'touchpoint_records', 'visit_timestamps', 'audit_metrics', 'evidence'] as const) {
    for (const row of r[kind] as { audit_id: string }[])
      if (!audits.has(row.audit_id)) missing('missingVisit', kind, recordKey(kind, row as AnyRecord), row.audit_id);
  }
  for (const a of r.actions) {
    if (!clients.has(a.client_id)) missing('missingClient', 'actions', a.title, a.client_id);
    if (a.audit_id && !audits.has(a.audit_id)) missing('missingVisit', 'actions', a.title, a.audit_id);
  }
  const natural = (kind: RecordKind, key: (row: Record<string, unknown>) => string) => {
    const seen = new Set<string>();
    for (const row of r[kind] as Record<string, unknown>[]) {
      const k = key(row);
      if (seen.has(k)) refuse('sameRecordTwice', { entry: recordEntryPath(kind), key: k });
      seen.add(k);
    }
  };
  natural('answers', (x) => `${x.audit_id}/${x.touchpoint_id}/${x.criterion_id}`);
  natural('touchpoint_records', (x) => `${x.audit_id}/${x.touchpoint_id}`);
  natural('visit_timestamps', (x) => `${x.audit_id}/${x.moment}`);
  natural('audit_metrics', (x) => `${x.audit_id}`);
  const used = new Set<string>();
  for (const e of r.evidence) {
    const photo = photos.get(e.sha256);
    if (!photo) refuse('photoMissing', { sha: e.sha256, audit: e.audit_id });
    if (MIME_BY_EXT[photo!.ext as keyof typeof MIME_BY_EXT] !== e.mime)
      refuse('photoExtDiffers', { sha: e.sha256, ext: photo!.ext, mime: e.mime });
    if (photo!.size !== e.bytes) refuse('photoBytesDiffer', { sha: e.sha256, size: photo!.size, declared: e.bytes });
    used.add(e.sha256);
  }
  for (const sha of photos.keys()) if (!used.has(sha)) refuse('photoOrphan', { sha });
}
