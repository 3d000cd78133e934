import type { ParsedInput } from '../../../shared/contract';
import type { SignOff, SignOffState } from '../../../shared/evidence/sign-off';
import { AppError } from '../../../shared/result';
import { getAuditRow } from '../audits/audit-rows';
import type { BackendContext } from '../context';
import { write } from '../db/write';
import { readSignOff, writeSignOff } from '../evidence/sign-off-rows';

export const signOffHandlers = {
  'audits.signOff'(input: ParsedInput<'audits.signOff'>, ctx: BackendContext): SignOff {
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
