import sharp from 'sharp';
import type { ParsedInput } from '../../../shared/contract';
import type { SignOff, SignOffState } from '../../../shared/evidence/sign-off';
import { AppError } from '../../../shared/result';
import { getAuditRow } from '../audits/audit-rows';
import type { BackendContext } from '../context';
import { write } from '../db/write';
import { readSignOff, writeSignOff } from '../evidence/sign-off-rows';

/** A drawn signature must be a PNG that decodes, of a sensible size: anything else is refused in words. */
async function assertSignatureImage(dataUrl: string): Promise<void> {
  const refuse = () =>
    new AppError('VALIDATION', 'The signature could not be read as a drawn image. Clear it, draw it again and sign.', [
      { field: 'signaturePng', rule: 'invalid' },
    ]);
  try {
    const meta = await sharp(Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64')).metadata();
    if (meta.format !== 'png' || !meta.width || !meta.height || meta.width > 4000 || meta.height > 2000) throw refuse();
  } catch (error) {
    throw error instanceof AppError ? error : refuse();
  }
}

export const signOffHandlers = {
  async 'audits.signOff'(input: ParsedInput<'audits.signOff'>, ctx: BackendContext): Promise<SignOff> {
    if (getAuditRow(ctx, input.auditId).status === 'complete') await assertSignatureImage(input.signaturePng);
    const { row, signOff } = write(ctx.db, () => {
      const row = getAuditRow(ctx, input.auditId);
      if (row.status !== 'complete')
        throw new AppError('NOT_ALLOWED', 'Only a completed audit can be signed. Complete it first.');
      const signOff = writeSignOff(ctx.db, {
        auditId: row.id,
        name: input.name,
        role: input.role,
        signaturePng: input.signaturePng,
        signedAt: ctx.now().toISOString(),
      });
      return { row, signOff };
    });
    ctx.emit('audits.changed', { id: row.id, clientId: row.client_id });
    return signOff;
  },
  'audits.signOffOf'(input: ParsedInput<'audits.signOffOf'>, ctx: BackendContext): SignOffState {
    getAuditRow(ctx, input.auditId);
    return readSignOff(ctx.db, input.auditId);
  },
};
