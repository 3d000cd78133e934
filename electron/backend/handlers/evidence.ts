import fs from 'node:fs';
import path from 'node:path';
import type { ParsedInput } from '../../../shared/contract';
import type { EvidenceItem } from '../../../shared/domain/audit';
import { touchpointsInScope } from '../../../shared/domain/audit';
import { AppError } from '../../../shared/result';
import { assertAuditWritable } from '../audits/audit-guard';
import { getAuditRow } from '../audits/audit-rows';
import { appendChange, recordEdit } from '../audits/record-edit';
import type { BackendContext } from '../context';
import { write } from '../db/write';
import { processPhoto } from '../evidence/photo-processing';
import { writeFileAtomic } from '../../files/write-file-atomic';
import { versionDefinition } from '../templates/template-rows';

/** Content-addressed: the same photo attached twice is stored once. */
const evidenceDir = (ctx: BackendContext, sha: string) => path.join(ctx.dataDir, 'evidence', sha.slice(0, 2));
const originalPath = (ctx: BackendContext, sha: string, ext: string) =>
  path.join(evidenceDir(ctx, sha), `${sha}.${ext}`);
const displayPath = (ctx: BackendContext, sha: string) => path.join(evidenceDir(ctx, sha), `${sha}.display.webp`);
const EXT_BY_MIME: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/heic': 'heic',
};

function decodeBase64(text: string, fileName: string): Buffer {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text))
    throw new AppError('UNSUPPORTED_IMAGE', `"${fileName}" did not arrive intact. Nothing was attached; try again.`);
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
          'INSERT INTO evidence (id, audit_id, touchpoint_id, sha256, original_name, mime, bytes, width, height, thumb_data_url, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
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
    };
  },

  'evidence.image'(input: ParsedInput<'evidence.image'>, ctx: BackendContext): { dataUrl: string; mime: string } {
    const row = ctx.db.prepare('SELECT sha256, mime FROM evidence WHERE id = ?').get(input.id) as
      { sha256: string; mime: string } | undefined;
    if (!row) throw new AppError('NOT_FOUND', 'That photo no longer exists.');
    const file =
      input.variant === 'display'
        ? displayPath(ctx, row.sha256)
        : originalPath(ctx, row.sha256, EXT_BY_MIME[row.mime] ?? 'bin');
    const mime = input.variant === 'display' ? 'image/webp' : row.mime;
    if (!fs.existsSync(file)) throw new AppError('NOT_FOUND', 'The photo file is missing from the evidence folder.');
    return { dataUrl: `data:${mime};base64,${fs.readFileSync(file).toString('base64')}`, mime };
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
