import type { ParsedInput } from '../../../shared/contract';
import type { TrailHistory, TrailIdentity, TrailVerification } from '../../../shared/trail/trail-types';
import { getAuditRow } from '../audits/audit-rows';
import type { BackendContext } from '../context';
import { write } from '../db/write';
import { setTrailIdentity, trailIdentity } from '../trail/identity';
import { readTrailEntries } from '../trail/trail-entries';
import { verifyTrail } from '../trail/verify-trail';

export const trailHandlers = {
  'trail.history'(input: ParsedInput<'trail.history'>, ctx: BackendContext): TrailHistory {
    getAuditRow(ctx, input.auditId);
    const entries = readTrailEntries(ctx.db, input.auditId);
    return {
      auditId: input.auditId,
      head: entries.at(-1)?.hash ?? null,
      total: entries.length,
      entries: entries.filter(
        (e) =>
          (input.touchpointId === undefined || e.touchpointId === input.touchpointId) &&
          (input.criterionId === undefined || e.criterionId === input.criterionId),
      ),
    };
  },

  'trail.verify'(input: ParsedInput<'trail.verify'>, ctx: BackendContext): TrailVerification {
    getAuditRow(ctx, input.auditId);
    return verifyTrail(ctx.db, ctx.dataDir, input.auditId, ctx.now());
  },

  'trail.identity'(_input: ParsedInput<'trail.identity'>, ctx: BackendContext): TrailIdentity {
    return trailIdentity(ctx.db);
  },

  'trail.setIdentity'(input: ParsedInput<'trail.setIdentity'>, ctx: BackendContext): TrailIdentity {
    return write(ctx.db, () => setTrailIdentity(ctx.db, { ...trailIdentity(ctx.db), ...input }));
  },
};
