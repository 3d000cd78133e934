import fs from 'node:fs';
import path from 'node:path';
import type { PackageImportResult } from '../../../shared/api/exchange-api';
import { recordAuditId, type AnyRecord } from '../../../shared/exchange/package-format';
import { AppError } from '../../../shared/result';
import { refreshStaleRollups } from '../audits/rollups';
import type { BackendContext } from '../context';
import { write } from '../db/write';
import { checkPhoto, type CheckedPhoto } from '../evidence/photo-processing';
import { inEnglish, reason } from '../../../shared/reasons/reason';
import { syncDirectoryAsync, writeFileAtomicAsync } from '../../files/write-file-atomic';
import { planFingerprint, planImport, type ImportPlan, type PlannedItem } from './plan-import';
import { readPackage, type ReadPackage } from './read-package';
import { applyPackageTrail } from '../trail/package-trail';
import { displayPath, insertRecord, originalPath, selectLocal, setBase, updateRecord } from './records';

/** Base64 with at most two '=' at its end (a regular expression over a 20 MB text took a quarter of a second). */
function isBase64(text: string): boolean {
  const padding = text.indexOf('=');
  if (padding !== -1 && (padding < text.length - 2 || text.slice(padding) !== '='.repeat(text.length - padding)))
    return false;
  return !/[^A-Za-z0-9+/=]/.test(text);
}

export function decodePackageBase64(text: string, fileName: string): Buffer {
  if (!isBase64(text))
    throw AppError.because('INVALID_FILE', reason('notBase64', { file: fileName }), 'Nothing was imported.');
  return Buffer.from(text, 'base64');
}

/** Reads and checks the package (each new photo decoded once) and reports what importing it would do; writes nothing. */
export async function previewPackage(ctx: BackendContext, bytes: Buffer): Promise<ImportPlan['preview']> {
  const pkg = readPackage(bytes);
  const plan = planImport(ctx, pkg);
  await checkPhotos(ctx, pkg, plan, null);
  return plan.preview;
}

/** Files an import wrote, to flush once per folder and to take back if it fails. */
interface ImportFiles {
  written: string[];
  /** Folders this import made (evidence/ itself on a first photo, else evidence/xx/): they go too on a failure. */
  madeDirs: string[];
  folders: Set<string>;
}

/** Makes a photo's folder (evidence/xx/, and evidence/ on a first photo), noting the highest one made. */
function madeDir(files: ImportFiles, dir: string): void {
  if (fs.existsSync(dir)) return;
  let top = dir;
  while (!fs.existsSync(path.dirname(top))) top = path.dirname(top);
  fs.mkdirSync(dir, { recursive: true });
  if (!files.madeDirs.some((made) => dir === made || dir.startsWith(made + path.sep))) files.madeDirs.push(top);
}

/**
 * Photos checked at once: enough to keep sharp's queue full (fewer left its threads waiting on each
 * hand-over), few enough that memory stays bounded (each holds one photo's bytes).
 */
const PHOTOS_IN_HAND = 16;
/** Originals written at once: their flushes wait in libuv's pool side by side. */
const WRITES_IN_FLIGHT = 32;

/** Runs `work` on every item, at most `lanes` at a time; all settle before the first failure is thrown. */
async function inLanes<T>(items: T[], lanes: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failed = false;
  const lane = async () => {
    while (!failed && next < items.length) await work(items[next++]!);
  };
  const settled = await Promise.allSettled(
    Array.from({ length: Math.min(lanes, items.length) }, () =>
      lane().catch((error: unknown) => {
        failed = true;
        throw error;
      }),
    ),
  );
  const failure = settled.find((l): l is PromiseRejectedResult => l.status === 'rejected');
  if (failure) throw failure.reason;
}

/**
 * The photos of evidence rows to add: each taken from the package and checked once (one sharp
 * decode: header, size, format, every pixel); when `files` is given, the checked originals are then
 * written (each flushed, side by side) and the folders flushed once each. A photo is held only while
 * it is checked or written: the package's photos are never all in memory. Their display copies and
 * thumbnails are left to the background job (ctx.photos).
 */
async function checkPhotos(
  ctx: BackendContext,
  pkg: ReadPackage,
  plan: ImportPlan,
  files: ImportFiles | null,
): Promise<Map<string, CheckedPhoto>> {
  const wanted = new Map<string, string>();
  const records = plan.items.filter((i) => i.kind === 'evidence' && i.action === 'add');
  for (const item of records) wanted.set(String(item.row.sha256), String(item.row.mime));
  const out = new Map<string, CheckedPhoto>();
  // Checked first, written after: a flush waiting in libuv's pool would hold up sharp's decodes there.
  await inLanes([...wanted], PHOTOS_IN_HAND, async ([sha, mime]) => {
    const photo = pkg.photos.get(sha)!;
    const name = `evidence/${sha}.${photo.ext}`;
    let checked: CheckedPhoto;
    try {
      checked = await checkPhoto(name, photo.bytes());
    } catch (error) {
      // The English detail (format, size) stays in the message for the log; the screen says the reason.
      const detail = (error instanceof Error ? error.message : String(error)).replace(/ Nothing was attached\.$/, '');
      const why = reason('photoUnusable', { name });
      throw new AppError('INVALID_FILE', `${inEnglish(why)} (${detail}) Nothing was imported.`, undefined, why);
    }
    // The file's SHA-256 was checked against its name when the package was read.
    if (checked.mime !== mime)
      throw AppError.because('INVALID_FILE', reason('photoNotAsDescribed', { name, mime }), 'Nothing was imported.');
    out.set(sha, checked);
  });
  if (files) {
    const toWrite = [...out].filter(([sha, checked]) => !fs.existsSync(originalPath(ctx.dataDir, sha, checked.ext)));
    await inLanes(toWrite, WRITES_IN_FLIGHT, async ([sha, checked]) => {
      const file = originalPath(ctx.dataDir, sha, checked.ext);
      // The folder made here, on this thread, so that the clean-up knows it.
      madeDir(files, path.dirname(file));
      files.written.push(file);
      files.folders.add(path.dirname(file));
      await writeFileAtomicAsync(file, pkg.photos.get(sha)!.bytes(), { syncFolder: false });
    });
    // Each new name made durable once per folder (and the folders this import made, in theirs).
    const folders = new Set(files.folders);
    for (const dir of files.madeDirs) folders.add(path.dirname(dir));
    await Promise.all([...folders].map(syncDirectoryAsync));
  }
  // A record's stated size is the image's, as evidence.add would have stored it.
  for (const item of records) {
    const photo = out.get(String(item.row.sha256))!;
    if (photo.width !== item.row.width || photo.height !== item.row.height)
      throw AppError.because(
        'INVALID_FILE',
        reason('photoPixelsDiffer', {
          id: item.key,
          width: Number(item.row.width),
          height: Number(item.row.height),
          realWidth: photo.width,
          realHeight: photo.height,
        }),
        'Nothing was imported.',
      );
  }
  return out;
}

/**
 * Imports a package: reads and checks it again (the preview is never trusted), checks each new photo
 * once and writes its original (content-hashed, each atomically), then applies every record in one
 * IMMEDIATE transaction, planned again inside it, which also queues the new photos' display copies
 * and thumbnails for the background job. A failure removes the files this import wrote.
 */
export async function importPackage(
  ctx: BackendContext,
  bytes: Buffer,
  fileName: string,
  planHash?: string,
): Promise<PackageImportResult> {
  const pkg = readPackage(bytes);
  const firstPlan = planImport(ctx, pkg);
  if (planHash !== undefined && planHash !== firstPlan.preview.planHash) throw changedSincePreview();
  const files: ImportFiles = { written: [], madeDirs: [], folders: new Set() };
  const packageName = pkg.manifest.name || fileName;
  try {
    const photos = await checkPhotos(ctx, pkg, firstPlan, files);
    // The package passed every check and is about to change many records at once: keep the state before it.
    await ctx.backupBefore('before-import');
    const result = write(ctx.db, () => {
      const plan = planImport(ctx, pkg);
      // The import does exactly what was planned (and previewed) or nothing.
      if (planFingerprint(plan.items) !== firstPlan.preview.planHash) throw changedSincePreview();
      ctx.db.pragma('defer_foreign_keys = ON');
      const at = ctx.now().toISOString();
      let conflictsStored = 0;
      for (const item of plan.items) {
        if (item.action === 'refused') continue;
        if (item.kind === 'templates') applyTemplate(ctx, item, plan);
        else if (item.kind === 'template_versions') applyVersion(ctx, item, plan);
        else if (item.kind === 'evidence') {
          if (item.action === 'add') applyEvidence(ctx, item, photos, at);
        } else if (item.action === 'add') insertRecord(ctx, item.kind, item.row);
        else if (item.action === 'update') updateRecord(ctx, item.kind, item.row);
        if (item.action === 'conflict') {
          const incoming = JSON.stringify(item.row);
          const open = ctx.db
            .prepare(
              'SELECT 1 FROM exchange_conflicts WHERE record_kind = ? AND record_id = ? AND resolved_at IS NULL AND incoming_json = ?',
            )
            .get(item.kind, item.key, incoming);
          if (!open) {
            ctx.db
              .prepare(
                'INSERT INTO exchange_conflicts (id, record_kind, record_id, audit_id, local_json, incoming_json, package_name, detected_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
              )
              .run(
                ctx.newId(),
                item.kind,
                item.key,
                recordAuditId(item.kind, item.row),
                JSON.stringify(item.local ?? null),
                incoming,
                packageName,
                at,
              );
            conflictsStored++;
          }
        } else setBase(ctx, item.kind, item.key, item.hash, at);
      }
      applyPackageTrail(
        ctx.db,
        pkg.records.audits.map((a) => String(a.id)),
        pkg.trail,
        at,
      );
      const violations = ctx.db.pragma('foreign_key_check') as unknown[];
      if (violations.length > 0)
        throw AppError.because(
          'INVALID_FILE',
          reason('danglingReferences', { count: violations.length }),
          'Nothing was imported.',
        );
      // Imported answers, versions and scopes change scores: the roll-ups are stored in the same transaction.
      refreshStaleRollups(ctx);
      return { plan, conflictsStored };
    });
    const { plan } = result;
    ctx.photos.wake();
    emitChanges(ctx, plan);
    // The first plan's photo count: planned again inside the transaction, the files already exist.
    return {
      ...plan.preview,
      photos: firstPlan.preview.photos,
      conflictsStored: result.conflictsStored,
      filesWritten: files.written.length,
    };
  } catch (error) {
    for (const file of files.written) fs.rmSync(file, { force: true });
    // Folders this import made (evidence/xx/) go too: nothing is left behind.
    for (const dir of files.madeDirs.reverse()) fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

const changedSincePreview = () =>
  new AppError(
    'NOT_ALLOWED',
    'The data here changed since the preview, so the import would no longer do what it showed. Preview the package again. Nothing was imported.',
  );

function applyTemplate(ctx: BackendContext, item: PlannedItem, plan: ImportPlan): void {
  if (item.action !== 'add') return;
  const row = item.row;
  // A built-in key already used here by another template would break (builtin_key, language) uniqueness: the copy travels as a user template.
  const clash = row.builtin_key
    ? ctx.db
        .prepare('SELECT 1 FROM templates WHERE builtin_key = ? AND language = ?')
        .get(row.builtin_key, row.language)
    : undefined;
  insertRecord(ctx, 'templates', clash ? { ...row, builtin_key: null } : row);
  void plan;
}

function applyVersion(ctx: BackendContext, item: PlannedItem, plan: ImportPlan): void {
  if (item.action !== 'add') return;
  const templateId = plan.templateIds.get(String(item.row.template_id)) ?? String(item.row.template_id);
  let version = Number(item.row.version);
  // Version numbers are per template and only for display; the id is the identity. Two copies that both made "version 2" keep both.
  if (
    ctx.db.prepare('SELECT 1 FROM template_versions WHERE template_id = ? AND version = ?').get(templateId, version)
  ) {
    version =
      1 +
      ((ctx.db.prepare('SELECT MAX(version) FROM template_versions WHERE template_id = ?').pluck().get(templateId) as
        number | null) ?? 0);
  }
  insertRecord(ctx, 'template_versions', { ...item.row, template_id: templateId, version });
}

function applyEvidence(ctx: BackendContext, item: PlannedItem, photos: Map<string, CheckedPhoto>, at: string): void {
  const sha = String(item.row.sha256);
  const photo = photos.get(sha);
  if (!photo || !fs.existsSync(originalPath(ctx.dataDir, sha, photo.ext))) {
    throw new AppError('INVALID_FILE', `The photo ${sha} could not be stored. Nothing was imported.`);
  }
  // The same photo derived here already (another row holds it): its thumbnail is taken as it is.
  const thumb = fs.existsSync(displayPath(ctx.dataDir, sha))
    ? ((ctx.db
        .prepare(
          "SELECT thumb_data_url FROM evidence WHERE sha256 = ? AND thumb_data_url != '' AND redacted_sha256 IS NULL LIMIT 1",
        )
        .pluck()
        .get(sha) as string | undefined) ?? '')
    : '';
  insertRecord(ctx, 'evidence', item.row, { thumb_data_url: thumb, capture_json: JSON.stringify(photo.capture) });
  // Otherwise the background job makes the display copy and thumbnail; until then they are made on demand.
  if (!thumb)
    ctx.db
      .prepare('INSERT OR IGNORE INTO photo_derivations (sha256, ext, queued_at) VALUES (?, ?, ?)')
      .run(sha, photo.ext, at);
}

function emitChanges(ctx: BackendContext, plan: ImportPlan): void {
  const audits = new Map<string, string>();
  const clients = new Set<string>();
  const auditClient = new Map(
    plan.items.filter((i) => i.kind === 'audits').map((i) => [String(i.row.id), String(i.row.client_id)]),
  );
  for (const item of plan.items) {
    if (item.action !== 'add' && item.action !== 'update') continue;
    if (item.kind === 'clients') clients.add(String(item.row.id));
    if (item.kind === 'templates') ctx.emit('templates.changed', { id: String(item.row.id) });
    const auditId = recordAuditId(item.kind, item.row);
    if (auditId && auditClient.has(auditId)) audits.set(auditId, auditClient.get(auditId)!);
  }
  for (const id of clients) ctx.emit('clients.changed', { id, change: 'created' });
  for (const [id, clientId] of audits) ctx.emit('audits.changed', { id, clientId });
}

export type { AnyRecord };
export { selectLocal };
