import fs from 'node:fs';
import path from 'node:path';
import type { PackageImportResult } from '../../../shared/api/exchange-api';
import { recordAuditId, type AnyRecord } from '../../../shared/exchange/package-format';
import { AppError } from '../../../shared/result';
import { refreshStaleRollups } from '../audits/rollups';
import type { BackendContext } from '../context';
import type { Db } from '../db/db-handle';
import { write } from '../db/write';
import type { CheckedPhoto } from '../evidence/photo-processing';
import { reason } from '../../../shared/reasons/reason';
import { planFingerprint, planImport, type ImportPlan, type PlannedItem } from './plan-import';
import { ImportPhotos, type ImportFiles } from './import-photos';
import { readPackageAlongside, type ReadPackage } from './read-package';
import { applyPackageTrail } from '../trail/package-trail';
import { displayPath, insertRecord, originalPath, selectLocal, setBase, updateRecord } from './records';

/**
 * The package's bytes from its base64 text. Node's decoder skips what is not base64 and stops at an
 * '=' before the end, so a text that is not wholly base64 gives fewer bytes than its length promises:
 * one comparison, instead of a regular expression over the whole text (~20 MB) before decoding it.
 */
export function decodePackageBase64(text: string, fileName: string): Buffer {
  const bytes = Buffer.from(text, 'base64');
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  if (bytes.length !== Math.floor(((text.length - padding) * 3) / 4))
    throw AppError.because('INVALID_FILE', reason('notBase64', { file: fileName }), 'Nothing was imported.');
  return bytes;
}

/** Reads and checks the package (each new photo decoded once) and reports what importing it would do; writes nothing. */
export async function previewPackage(ctx: BackendContext, bytes: Buffer): Promise<ImportPlan['preview']> {
  const checks = new ImportPhotos(ctx.dataDir, null);
  try {
    const pkg = await readPackageAlongside(bytes, checks.onPhoto);
    const plan = planImport(ctx, pkg);
    await checkPhotos(checks, pkg, plan);
    return plan.preview;
  } finally {
    await checks.stop();
  }
}

/**
 * The photos of the evidence rows the import adds, each checked once (one sharp decode: header, size,
 * format, every pixel) and, when importing, its original written: started while the package was
 * still being read (ImportPhotos), settled here once the plan says which photos are added. Their
 * display copies and thumbnails are left to the background job (ctx.photos).
 */
async function checkPhotos(
  checks: ImportPhotos,
  pkg: ReadPackage,
  plan: ImportPlan,
): Promise<Map<string, CheckedPhoto>> {
  const records = plan.items.filter((i) => i.kind === 'evidence' && i.action === 'add');
  const wanted = new Map<string, string>();
  for (const item of records) wanted.set(String(item.row.sha256), String(item.row.mime));
  const out = await checks.checked(wanted, pkg.photos);
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
 * once and writes its original (content-hashed, each atomically) while the records are still being
 * read and planned, then applies every record in one IMMEDIATE transaction, planned again inside it,
 * which also queues the new photos' display copies and thumbnails for the background job. A failure
 * takes back the files this import wrote.
 */
export async function importPackage(
  ctx: BackendContext,
  bytes: Buffer,
  fileName: string,
  planHash?: string,
): Promise<PackageImportResult> {
  const files: ImportFiles = { written: [], madeDirs: [] };
  const checks = new ImportPhotos(ctx.dataDir, files);
  try {
    const pkg = await readPackageAlongside(bytes, checks.onPhoto);
    const firstPlan = planImport(ctx, pkg);
    const plannedAt = contentMark(ctx.db);
    if (planHash !== undefined && planHash !== firstPlan.preview.planHash) throw changedSincePreview();
    const packageName = pkg.manifest.name || fileName;
    const photos = await checkPhotos(checks, pkg, firstPlan);
    // The package passed every check and is about to change many records at once: keep the state before
    // it, while the last originals are flushed.
    const [backup, written] = await Promise.allSettled([ctx.backupBefore('before-import'), checks.written()]);
    if (written.status === 'rejected') throw written.reason;
    if (backup.status === 'rejected') throw backup.reason;
    const result = write(ctx.db, () => {
      // Nothing changed since the first plan (no row written by this connection, nothing committed by
      // another, the same database): the plan would come out the same. Otherwise it is made again.
      const unchanged = sameContent(contentMark(ctx.db), plannedAt);
      const plan = unchanged ? firstPlan : planImport(ctx, pkg);
      // The import does exactly what was planned (and previewed) or nothing.
      if (!unchanged && planFingerprint(plan.items) !== firstPlan.preview.planHash) throw changedSincePreview();
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
    // New photos as the preview counts them: those not held here before this import wrote them (the
    // plans were made while, or after, their originals were written).
    return {
      ...plan.preview,
      photos: { total: firstPlan.preview.photos.total, new: checks.newPhotos() },
      conflictsStored: result.conflictsStored,
      filesWritten: files.written.length,
    };
  } catch (error) {
    // Checks and writes still under way finish first: nothing they write is left behind.
    await checks.stop();
    takeBack(ctx, files);
    throw error;
  }
}

/**
 * Removes the files and folders an import wrote; one that cannot be removed does not keep the others.
 * A photo another import committed meanwhile (the same photo, in another package) stays, and so does
 * a folder that is not empty.
 */
function takeBack(ctx: BackendContext, files: ImportFiles): void {
  const held = (file: string) => {
    try {
      const sha = path.basename(file).split('.')[0];
      return ctx.db.prepare('SELECT 1 FROM evidence WHERE sha256 = ? LIMIT 1').get(sha) !== undefined;
    } catch {
      return false; // the database is closed (a restore): nothing can reference the file
    }
  };
  for (const file of files.written) {
    if (held(file)) continue;
    try {
      fs.rmSync(file, { force: true });
    } catch {
      // Never made (a file stood where its folder should be); anything left is swept at the next open.
    }
  }
  // Folders this import made (evidence/xx/, evidence/ itself), the deepest first, if nothing else is in them.
  for (const dir of [...files.madeDirs].reverse()) {
    try {
      fs.rmdirSync(dir);
    } catch {
      // Not empty (another import's photo), or not there.
    }
  }
}

/**
 * A mark of what a database handle holds that changes with any write: the rows this connection
 * changed (total_changes counts every insert, update and delete, triggers' included) and the
 * commits of any other connection (data_version). A restore opens another handle.
 */
function contentMark(db: Db): { db: Db; mark: string } {
  const changes = db.prepare('SELECT total_changes()').pluck().get() as number;
  return { db, mark: `${changes}:${db.pragma('data_version', { simple: true })}` };
}

const sameContent = (a: { db: Db; mark: string }, b: { db: Db; mark: string }) => a.db === b.db && a.mark === b.mark;

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
