import { createHash } from 'node:crypto';
import fs from 'node:fs';
import sharp from 'sharp';
import type { ParsedInput } from '../../../shared/contract';
import type { EvidenceItem } from '../../../shared/domain/audit';
import type { CaptureFacts } from '../../../shared/evidence/capture-facts';
import { touchpointsInScope } from '../../../shared/domain/audit';
import { reason } from '../../../shared/reasons/reason';
import { AppError } from '../../../shared/result';
import { assertAuditWritable } from '../audits/audit-guard';
import { auditDetail, getAuditRow } from '../audits/audit-rows';
import { appendChange, recordEdit } from '../audits/record-edit';
import type { BackendContext } from '../context';
import { write } from '../db/write';
import { DISPLAY_MAX_PX, processPhoto, THUMB_MAX_PX } from '../evidence/photo-processing';
import { renderDerivedCopy } from '../evidence/render-markup';
import { writeFileAtomic } from '../../files/write-file-atomic';
import { displayPath as displayFile, EXT_BY_MIME, originalPath as originalFile } from '../evidence/photo-files';
import { versionDefinition } from '../templates/template-rows';

/** Content-addressed: the same photo attached twice is stored once. */
const originalPath = (ctx: BackendContext, sha: string, ext: string) => originalFile(ctx.dataDir, sha, ext);
const displayPath = (ctx: BackendContext, sha: string) => displayFile(ctx.dataDir, sha);
/** A derived copy (markup drawn in) is a JPEG stored like an original under its own hash. */
const derivedPath = (ctx: BackendContext, sha: string) => originalPath(ctx, sha, 'jpg');

function decodeBase64(text: string, fileName: string): Buffer {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text))
    throw AppError.because('UNSUPPORTED_IMAGE', reason('photoNotIntact', { name: fileName }), 'Nothing was attached.');
  return Buffer.from(text, 'base64');
}

export const evidenceHandlers = {
  async 'evidence.add'(input: ParsedInput<'evidence.add'>, ctx: BackendContext): Promise<EvidenceItem> {
    const row = getAuditRow(ctx, input.auditId);
    assertAuditWritable(row, 'This audit is complete and read-only. Reopen it to add photos.');
    const definition = versionDefinition(ctx, row.template_version_id);
    if (
      !touchpointsInScope(definition, JSON.parse(row.scope_json)).some((e) => e.touchpoint.id === input.touchpointId)
    ) {
      throw new AppError('NOT_FOUND', `Touchpoint "${input.touchpointId}" is not part of this audit.`);
    }
    const photo = await processPhoto(input.fileName, decodeBase64(input.dataBase64, input.fileName));
    // Files first (each atomic), then the row in one transaction: a failure leaves at worst an unreferenced file, never a row without its photo.
    const original = originalPath(ctx, photo.sha256, photo.ext);
    if (!fs.existsSync(original)) writeFileAtomic(original, photo.original);
    const display = displayPath(ctx, photo.sha256);
    if (!fs.existsSync(display)) writeFileAtomic(display, photo.display);
    const id = ctx.newId();
    const at = ctx.now().toISOString();
    write(ctx.db, () => {
      const current = getAuditRow(ctx, input.auditId);
      assertAuditWritable(current, 'This audit was completed meanwhile; reopen it to add photos.');
      ctx.db
        .prepare(
          'INSERT INTO evidence (id, audit_id, touchpoint_id, sha256, original_name, mime, bytes, width, height, thumb_data_url, created_at, capture_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        )
        .run(
          id,
          input.auditId,
          input.touchpointId,
          photo.sha256,
          input.fileName,
          photo.mime,
          photo.original.length,
          photo.width,
          photo.height,
          photo.thumbDataUrl,
          at,
          JSON.stringify(photo.capture),
        );
      recordEdit(ctx, {
        auditId: input.auditId,
        field: 'evidence',
        touchpointId: input.touchpointId,
        criterionId: null,
        oldValue: null,
        newValue: id,
        photoSha256: photo.sha256,
        at,
      });
    });
    return {
      id,
      touchpointId: input.touchpointId,
      originalName: input.fileName,
      mime: photo.mime,
      bytes: photo.original.length,
      width: photo.width,
      height: photo.height,
      thumbDataUrl: photo.thumbDataUrl,
      createdAt: at,
      caption: '',
      capture: photo.capture,
      markup: null,
      redacted: false,
      preview: 'ready',
    };
  },

  /**
   * display: what the app shows (the redacted copy when there is one); editor: the upright unredacted
   * copy; original: the bytes as attached; thumb: the list's thumbnail (the redacted one when redacted).
   * A display copy or thumbnail the background job has not made yet is made now; one it could not
   * make is answered with the original (never the unredacted photo for a redacted one).
   */
  async 'evidence.image'(
    input: ParsedInput<'evidence.image'>,
    ctx: BackendContext,
  ): Promise<{ dataUrl: string; mime: string }> {
    const select = ctx.db.prepare('SELECT sha256, mime, redacted_sha256, thumb_data_url FROM evidence WHERE id = ?');
    type Row = { sha256: string; mime: string; redacted_sha256: string | null; thumb_data_url: string };
    let row = select.get(input.id) as Row | undefined;
    if (!row) throw new AppError('NOT_FOUND', 'That photo no longer exists.');
    const missing = () => new AppError('NOT_FOUND', 'The photo file is missing from the evidence folder.');
    if (input.variant === 'thumb' && !row.thumb_data_url) {
      await ctx.photos.deriveNow(row.sha256);
      row = (select.get(input.id) as Row | undefined) ?? row;
    }
    if (input.variant === 'thumb' && row.thumb_data_url)
      return { dataUrl: row.thumb_data_url, mime: row.thumb_data_url.slice(5, row.thumb_data_url.indexOf(';')) };
    if ((input.variant === 'display' || input.variant === 'thumb') && row.redacted_sha256) {
      const file = derivedPath(ctx, row.redacted_sha256);
      if (!fs.existsSync(file)) throw missing(); // never the unredacted photo in its place
      const data = await sharp(file)
        .resize({ width: DISPLAY_MAX_PX, height: DISPLAY_MAX_PX, fit: 'inside', withoutEnlargement: true })
        .jpeg({ quality: 85 })
        .toBuffer();
      return { dataUrl: `data:image/jpeg;base64,${data.toString('base64')}`, mime: 'image/jpeg' };
    }
    const original = originalPath(ctx, row.sha256, EXT_BY_MIME[row.mime] ?? 'bin');
    let file = input.variant === 'original' ? original : displayPath(ctx, row.sha256);
    if (file !== original && !fs.existsSync(file) && !(await ctx.photos.deriveNow(row.sha256))) file = original;
    if (!fs.existsSync(file)) throw missing();
    const mime = file === original ? row.mime : 'image/webp';
    return { dataUrl: `data:${mime};base64,${fs.readFileSync(file).toString('base64')}`, mime };
  },

  async 'evidence.setMarkup'(input: ParsedInput<'evidence.setMarkup'>, ctx: BackendContext): Promise<EvidenceItem> {
    const lock = 'This audit is complete and read-only. Reopen it to mark up or redact photos.';
    const row = ctx.db
      .prepare('SELECT audit_id, touchpoint_id, sha256, mime, capture_json FROM evidence WHERE id = ?')
      .get(input.id) as
      | { audit_id: string; touchpoint_id: string; sha256: string; mime: string; capture_json: string | null }
      | undefined;
    if (!row) throw new AppError('NOT_FOUND', 'That photo no longer exists.');
    assertAuditWritable(getAuditRow(ctx, row.audit_id), lock);
    let derived: { sha: string; thumb: string } | null = null;
    if (input.markup !== null) {
      const original = originalPath(ctx, row.sha256, EXT_BY_MIME[row.mime] ?? 'bin');
      if (!fs.existsSync(original))
        throw new AppError('NOT_FOUND', 'The photo file is missing from the evidence folder.');
      const capture = row.capture_json === null ? null : (JSON.parse(row.capture_json) as CaptureFacts);
      const bytes = await renderDerivedCopy(fs.readFileSync(original), input.markup, capture);
      const sha = createHash('sha256').update(bytes).digest('hex');
      const file = derivedPath(ctx, sha);
      if (!fs.existsSync(file)) writeFileAtomic(file, bytes);
      const thumb = await sharp(bytes)
        .resize({ width: THUMB_MAX_PX, height: THUMB_MAX_PX, fit: 'inside', withoutEnlargement: true })
        .webp({ quality: 70 })
        .toBuffer();
      derived = { sha, thumb: `data:image/webp;base64,${thumb.toString('base64')}` };
    }
    // The original's own thumbnail again when the markup is cleared (its display copy made now if the job has not yet).
    if (!derived) await ctx.photos.deriveNow(row.sha256);
    const plainSource = fs.existsSync(displayPath(ctx, row.sha256))
      ? displayPath(ctx, row.sha256)
      : originalPath(ctx, row.sha256, EXT_BY_MIME[row.mime] ?? 'bin');
    const plainThumb = derived
      ? null
      : `data:image/webp;base64,${(
          await sharp(plainSource)
            .rotate()
            .resize({ width: THUMB_MAX_PX, height: THUMB_MAX_PX, fit: 'inside', withoutEnlargement: true })
            .webp({ quality: 70 })
            .toBuffer()
        ).toString('base64')}`;
    const audit = write(ctx.db, () => {
      const audit = getAuditRow(ctx, row.audit_id);
      assertAuditWritable(audit, lock);
      ctx.db
        .prepare('UPDATE evidence SET markup_json = ?, redacted_sha256 = ?, thumb_data_url = ? WHERE id = ?')
        .run(
          input.markup === null ? null : JSON.stringify(input.markup),
          derived?.sha ?? null,
          derived?.thumb ?? plainThumb,
          input.id,
        );
      recordEdit(ctx, {
        auditId: row.audit_id,
        field: 'evidence.markup',
        touchpointId: row.touchpoint_id,
        criterionId: input.id,
        oldValue: null,
        newValue: input.markup,
        photoSha256: derived?.sha ?? null,
        at: ctx.now().toISOString(),
      });
      return audit;
    });
    ctx.emit('audits.changed', { id: audit.id, clientId: audit.client_id });
    return auditDetail(ctx, row.audit_id).evidence.find((e) => e.id === input.id)!;
  },

  'evidence.remove'(input: ParsedInput<'evidence.remove'>, ctx: BackendContext): { id: string } {
    write(ctx.db, () => {
      const row = ctx.db.prepare('SELECT audit_id, touchpoint_id, sha256 FROM evidence WHERE id = ?').get(input.id) as
        { audit_id: string; touchpoint_id: string; sha256: string } | undefined;
      if (!row) throw new AppError('NOT_FOUND', 'That photo no longer exists.');
      assertAuditWritable(
        getAuditRow(ctx, row.audit_id),
        'This audit is complete and read-only. Reopen it to remove photos.',
      );
      ctx.db.prepare('DELETE FROM evidence WHERE id = ?').run(input.id);
      appendChange(ctx, {
        auditId: row.audit_id,
        at: ctx.now().toISOString(),
        field: 'evidence.removed',
        touchpointId: row.touchpoint_id,
        criterionId: null,
        oldValue: input.id,
        newValue: null,
        photoSha256: row.sha256,
      });
      // The file stays: another audit may hold the same photo, and an export may still refer to it.
    });
    return { id: input.id };
  },
};
