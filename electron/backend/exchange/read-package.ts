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
  recordSchemas,
  type PackageManifest,
  type PackageRecords,
  type RecordKind,
} from '../../../shared/exchange/package-format';
import { AppError } from '../../../shared/result';
import { describeIssues, toFieldIssues } from '../../../shared/validation';
import { parsePackageTrail, TRAIL_ENTRY_PATH, verifyPackageTrail, type PackageTrailRow } from '../trail/package-trail';
import { SIG_CENTRAL, SIG_END, SIG_LOCAL } from './zip';

export interface ReadPackage {
  manifest: PackageManifest;
  records: PackageRecords;
  /** Original photos by SHA-256. */
  photos: Map<string, { ext: string; data: Buffer }>;
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
const refuse = (message: string): never => {
  throw new AppError('INVALID_FILE', `${message} Nothing was imported.`);
};

/**
 * Reads a package completely in memory and refuses it whole at the first problem: nothing is ever
 * extracted to disk. Declared sizes and names are checked from the central directory before any
 * entry is inflated; inflating is capped at the declared size; then sizes, CRCs and the
 * manifest's SHA-256s are checked, and every record is validated against its schema and against
 * the other records of the package.
 */
export function readPackage(bytes: Buffer): ReadPackage {
  if (bytes.length > L.packageBytes)
    refuse(`The package is ${MB(bytes.length)}; at most ${MB(L.packageBytes)} can be imported.`);
  if (bytes.length < 22) refuse('The file is not a package: it is too short to be a zip file (it may be truncated).');
  const entries = readCentralDirectory(bytes);

  const byName = new Map(entries.map((e) => [e.name, e]));
  const manifestEntry = byName.get('manifest.json');
  if (!manifestEntry) refuse('The package has no manifest.json, so it is not a Journey Audit package.');
  const manifest = parseManifest(inflate(bytes, manifestEntry!));

  // The manifest and the zip must name exactly the same entries.
  const listed = new Map<string, PackageManifest['entries'][number]>();
  for (const m of manifest.entries) {
    if (listed.has(m.path)) refuse(`The manifest lists "${m.path}" twice.`);
    listed.set(m.path, m);
  }
  for (const e of entries)
    if (e.name !== 'manifest.json' && !listed.has(e.name))
      refuse(`The entry "${e.name}" is in the zip but not in the manifest.`);
  for (const m of manifest.entries)
    if (!byName.has(m.path)) refuse(`The manifest lists "${m.path}", which is missing from the zip.`);

  const records = {} as PackageRecords;
  let trail: PackageTrailRow[] | null = null;
  const photos = new Map<string, { ext: string; data: Buffer }>();
  for (const kind of RECORD_KINDS) (records as Record<RecordKind, unknown[]>)[kind] = [];
  for (const m of manifest.entries) {
    const entry = byName.get(m.path)!;
    if (entry.size !== m.bytes) refuse(`"${m.path}" is ${entry.size} bytes in the zip but ${m.bytes} in the manifest.`);
    const data = inflate(bytes, entry);
    const sha = createHash('sha256').update(data).digest('hex');
    if (sha !== m.sha256)
      refuse(`The checksum of "${m.path}" does not match the manifest: the package was changed or damaged.`);
    const photo = EVIDENCE_ENTRY.exec(m.path);
    if (photo) {
      if (photo[1] !== sha) refuse(`The photo "${m.path}" is named for another checksum than its content.`);
      if (data.length > EVIDENCE_MAX_BYTES)
        refuse(`The photo "${m.path}" is ${MB(data.length)}; photos can be at most ${MB(EVIDENCE_MAX_BYTES)}.`);
      photos.set(sha, { ext: photo[2]!, data });
      continue;
    }
    if (m.path === TRAIL_ENTRY_PATH) {
      trail = parsePackageTrail(data);
      continue;
    }
    const kind = RECORD_KINDS.find((k) => recordEntryPath(k) === m.path);
    if (!kind) refuse(`The entry "${m.path}" is not part of the package format.`);
    (records as Record<RecordKind, unknown[]>)[kind!] = parseRecords(kind!, m.path, data);
  }
  for (const kind of RECORD_KINDS) {
    const declared = manifest.counts[kind] ?? 0;
    if (records[kind].length !== declared)
      refuse(`The manifest counts ${declared} ${kind} but "${recordEntryPath(kind)}" holds ${records[kind].length}.`);
  }
  checkReferences(records, photos);
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
  if (end < 0)
    refuse('The file is not a complete zip file (its end record is missing): it is truncated or not a package.');
  const disk = bytes.readUInt16LE(end + 4);
  const cdDisk = bytes.readUInt16LE(end + 6);
  const count = bytes.readUInt16LE(end + 10);
  const cdSize = bytes.readUInt32LE(end + 12);
  const cdOffset = bytes.readUInt32LE(end + 16);
  if (disk !== 0 || cdDisk !== 0 || bytes.readUInt16LE(end + 8) !== count)
    refuse('The package is split over several files (a multi-part zip), which is not supported.');
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff)
    refuse('The package is a ZIP64 file, which packages never are.');
  if (count > L.entries) refuse(`The package has ${count} entries; at most ${L.entries} are allowed.`);
  if (cdOffset + cdSize > end) refuse('The zip directory lies outside the file: the package is truncated or damaged.');

  const entries: CentralEntry[] = [];
  const seen = new Set<string>();
  let total = 0;
  let totalCompressed = 0;
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > cdOffset + cdSize || bytes.readUInt32LE(p) !== SIG_CENTRAL)
      refuse('The zip directory is damaged or truncated.');
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
    if (p + 46 + nameLength > cdOffset + cdSize) refuse('The zip directory is damaged or truncated.');
    const rawName = bytes.subarray(p + 46, p + 46 + nameLength);
    p += 46 + nameLength + extraLength + commentLength;

    const name = rawName.toString('utf8');
    checkName(name, rawName);
    const unixType = (external >>> 16) & 0o170000;
    const host = madeBy >>> 8;
    if ((host === 3 || host === 19) && unixType === 0o120000)
      refuse(`The entry "${name}" is a symbolic link; packages never contain links.`);
    if ((host === 3 || host === 19) && unixType !== 0 && unixType !== 0o100000)
      refuse(`The entry "${name}" is not a regular file.`);
    if (external & 0x10 || name.endsWith('/')) refuse(`The entry "${name}" is a folder; packages contain only files.`);
    if (flags & 0x1 || flags & 0x40) refuse(`The entry "${name}" is encrypted; packages are never encrypted.`);
    if (method !== 0 && method !== 8)
      refuse(`The entry "${name}" uses compression method ${method}; only stored and deflate are allowed.`);
    const folded = name.toLowerCase();
    if (seen.has(folded)) refuse(`The entry name "${name}" appears twice in the package.`);
    seen.add(folded);

    const limit =
      name === 'manifest.json' ? L.manifestBytes : name.startsWith('evidence/') ? L.photoEntryBytes : L.jsonEntryBytes;
    if (size > limit)
      refuse(`The entry "${name}" would unpack to ${MB(size)}; at most ${MB(limit)} is allowed for it.`);
    if (method === 0 && size !== compressedSize) refuse(`The stored entry "${name}" declares two different sizes.`);
    if (size > L.ratioFloorBytes && size > compressedSize * L.ratio) {
      refuse(
        `The entry "${name}" would expand ${Math.round(size / Math.max(1, compressedSize))} times (at most ${L.ratio}): it looks like a zip bomb.`,
      );
    }
    total += size;
    totalCompressed += compressedSize;
    if (total > L.totalUncompressedBytes)
      refuse(`The package would unpack to more than ${MB(L.totalUncompressedBytes)}.`);
    if (localOffset + 30 > cdOffset)
      refuse(`The entry "${name}" lies outside the file: the package is truncated or damaged.`);
    entries.push({ name, method, crc, compressedSize, size, localOffset, dataEnd: cdOffset });
  }
  if (total > L.ratioFloorBytes && total > totalCompressed * L.ratio)
    refuse(
      `The package would expand ${Math.round(total / Math.max(1, totalCompressed))} times (at most ${L.ratio}): it looks like a zip bomb.`,
    );
  return entries;
}

function checkName(name: string, raw: Buffer): void {
  if (raw.length === 0) refuse('The package has an entry without a name.');
  if (/[\u0000-\u001f]/.test(name))
    refuse(`An entry name contains control characters ("${JSON.stringify(name).slice(1, -1)}").`);
  if (name.includes('\\')) refuse(`The entry "${name}" uses backslashes; entry names must use "/".`);
  if (/^[A-Za-z]:/.test(name)) refuse(`The entry "${name}" names a Windows drive; entry names must be relative.`);
  if (name.startsWith('/')) refuse(`The entry "${name}" is an absolute path; entry names must be relative.`);
  if (name.split('/').some((part) => part === '..')) refuse(`The entry "${name}" climbs out of the package with "..".`);
  if (name.endsWith('/')) refuse(`The entry "${name}" is a folder; packages contain only files.`);
  if (name.split('/').some((part) => part === '.' || part === ''))
    refuse(`The entry "${name}" has an empty or "." part in its path.`);
}

/** Inflates one entry, never past its declared size, and checks its size and CRC. */
export function inflate(bytes: Buffer, entry: CentralEntry): Buffer {
  const at = entry.localOffset;
  if (bytes.readUInt32LE(at) !== SIG_LOCAL)
    refuse(`The entry "${entry.name}" is damaged (its local header is missing).`);
  const nameLength = bytes.readUInt16LE(at + 26);
  const extraLength = bytes.readUInt16LE(at + 28);
  const localName = bytes.subarray(at + 30, at + 30 + nameLength).toString('utf8');
  if (localName !== entry.name)
    refuse(`The entry "${entry.name}" has another name in its local header ("${localName}").`);
  const start = at + 30 + nameLength + extraLength;
  if (start + entry.compressedSize > entry.dataEnd)
    refuse(`The entry "${entry.name}" is cut short: the package is truncated.`);
  const compressed = bytes.subarray(start, start + entry.compressedSize);
  let data: Buffer;
  if (entry.method === 0) data = compressed;
  else {
    try {
      data = zlib.inflateRawSync(compressed, { maxOutputLength: Math.max(1, entry.size) + 1 });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ERR_BUFFER_TOO_LARGE')
        refuse(`The entry "${entry.name}" unpacks to more than its declared ${entry.size} bytes.`);
      refuse(`The entry "${entry.name}" could not be decompressed: the package is damaged or truncated.`);
      throw error;
    }
  }
  if (data.length !== entry.size)
    refuse(`The entry "${entry.name}" unpacks to ${data.length} bytes, not the ${entry.size} it declares.`);
  if (zlib.crc32(data) >>> 0 !== entry.crc >>> 0)
    refuse(`The entry "${entry.name}" fails its zip CRC check: the package is damaged.`);
  return data;
}

function parseJson(path: string, data: Buffer): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(data));
  } catch {
    return refuse(`"${path}" is not valid JSON.`);
  }
}

function parseManifest(data: Buffer): PackageManifest {
  const raw = parseJson('manifest.json', data) as Record<string, unknown> | null;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) refuse('"manifest.json" is not a JSON object.');
  if (raw!.format !== PACKAGE_FORMAT)
    refuse(`"manifest.json" is not a Journey Audit package manifest (format ${JSON.stringify(raw!.format ?? null)}).`);
  if (raw!.formatVersion !== PACKAGE_FORMAT_VERSION) {
    refuse(
      `The package has format version ${JSON.stringify(raw!.formatVersion ?? null)}; this app reads version ${PACKAGE_FORMAT_VERSION}. Update the app that should read it, or export again.`,
    );
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) refuse(`"manifest.json" does not follow the format: ${describe(parsed.error, raw)}.`);
  return parsed.data!;
}

function parseRecords(kind: RecordKind, path: string, data: Buffer): unknown[] {
  const raw = parseJson(path, data);
  const parsed = z.array(recordSchemas[kind]).max(1_000_000).safeParse(raw);
  if (!parsed.success) refuse(`"${path}" does not follow the format: ${describe(parsed.error, raw)}.`);
  return parsed.data!;
}

/** The first problem in the rule book's words (the same the API uses), with its row number and field. */
function describe(error: z.ZodError, raw: unknown): string {
  const issue = toFieldIssues(error, raw)[0]!;
  const words = describeIssues([issue]);
  return issue.field === '(input)' ? `the whole file ${words.slice('(input) '.length)}` : words;
}

/** Every reference inside the package resolves inside the package (a baseline may point outside: it is dropped if unknown). */
function checkReferences(r: PackageRecords, photos: Map<string, { ext: string; data: Buffer }>): void {
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
    set.size !== n && refuse(`"${recordEntryPath(kind)}" holds the same id twice.`);
  unique('clients', clients, r.clients.length);
  unique('sites', sites, r.sites.length);
  unique('waves', waves, r.waves.length);
  unique('templates', templates, r.templates.length);
  unique('template_versions', versions, r.template_versions.length);
  unique('audits', audits, r.audits.length);
  unique('evidence', ids(r.evidence), r.evidence.length);
  unique('actions', ids(r.actions), r.actions.length);
  const missing = (what: string, from: string, id: string) =>
    refuse(`${from} refers to ${what} ${id}, which is not in the package.`);
  for (const s of r.sites) if (!clients.has(s.client_id)) missing('client', `Site ${s.id}`, s.client_id);
  for (const w of r.waves) if (!clients.has(w.client_id)) missing('client', `Wave ${w.id}`, w.client_id);
  for (const v of r.template_versions)
    if (!templates.has(v.template_id)) missing('template', `Template version ${v.id}`, v.template_id);
  for (const a of r.audits) {
    if (!clients.has(a.client_id)) missing('client', `Visit "${a.title}"`, a.client_id);
    if (!versions.has(a.template_version_id)) missing('template version', `Visit "${a.title}"`, a.template_version_id);
    if (a.site_id && !sites.has(a.site_id)) missing('site', `Visit "${a.title}"`, a.site_id);
    if (a.wave_id && !waves.has(a.wave_id)) missing('wave', `Visit "${a.title}"`, a.wave_id);
  }
  for (const kind of ['answers', 'touchpoint_records', 'visit_timestamps', 'audit_metrics', 'evidence'] as const) {
    for (const row of r[kind] as { audit_id: string }[])
      if (!audits.has(row.audit_id)) missing('visit', `A row of "${recordEntryPath(kind)}"`, row.audit_id);
  }
  for (const a of r.actions) {
    if (!clients.has(a.client_id)) missing('client', `Action "${a.title}"`, a.client_id);
    if (a.audit_id && !audits.has(a.audit_id)) missing('visit', `Action "${a.title}"`, a.audit_id);
  }
  const natural = (kind: RecordKind, key: (row: Record<string, unknown>) => string) => {
    const seen = new Set<string>();
    for (const row of r[kind] as Record<string, unknown>[]) {
      const k = key(row);
      if (seen.has(k)) refuse(`"${recordEntryPath(kind)}" holds the same record twice (${k}).`);
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
    if (!photo) refuse(`The photo ${e.sha256} of visit ${e.audit_id} is missing from the package.`);
    if (MIME_BY_EXT[photo!.ext as keyof typeof MIME_BY_EXT] !== e.mime)
      refuse(`The photo ${e.sha256} is stored as .${photo!.ext} but described as ${e.mime}.`);
    if (photo!.data.length !== e.bytes)
      refuse(`The photo ${e.sha256} is ${photo!.data.length} bytes but described as ${e.bytes}.`);
    used.add(e.sha256);
  }
  for (const sha of photos.keys())
    if (!used.has(sha)) refuse(`The photo "evidence/${sha}" belongs to no record in the package.`);
}
