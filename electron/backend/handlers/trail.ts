import type { ParsedInput } from '../../../shared/contract';
import type { TrailEntry, TrailHistory, TrailIdentity, TrailVerification } from '../../../shared/trail/trail-types';
import { getAuditRow } from '../audits/audit-rows';
import type { BackendContext } from '../context';
import { write } from '../db/write';
import { setTrailIdentity, trailIdentity } from '../trail/identity';
import { readChain } from '../trail/trail-state';
import { verifyTrail } from '../trail/verify-trail';

export const trailHandlers = {
  'trail.history'(input: ParsedInput<'trail.history'>, ctx: BackendContext): TrailHistory {
    getAuditRow(ctx, input.auditId);
    const rows = readChain(ctx.db, input.auditId);
    const entries: TrailEntry[] = rows.map((r, i) => ({
      index: i + 1,
      at: r.at,
      field: r.field,
      touchpointId: r.touchpoint_id,
      criterionId: r.criterion_id,
      oldJson: r.old_json,
      newJson: r.new_json,
      actor: r.actor,
      device: r.device,
      reason: r.reason,
      photoSha256: r.photo_sha256,
      prevHash: r.prev_hash,
      hash: r.hash,
    }));
    return {
      auditId: input.auditId,
      head: rows.at(-1)?.hash ?? null,
      total: rows.length,
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
