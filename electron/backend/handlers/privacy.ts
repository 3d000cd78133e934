import type { ParsedInput } from '../../../shared/contract';
import type { PurgePlan, PurgeResult } from '../../../shared/privacy/privacy-types';
import { AppError } from '../../../shared/result';
import { STALE_PREVIEW_MESSAGE } from '../../../shared/rules/retention';
import { localIsoDate } from '../../../shared/domain/action';
import type { BackendContext } from '../context';
import { write } from '../db/write';
import { readClientPrivacy, writeClientPrivacy } from '../privacy/client-privacy';
import { applyPurge, type PurgeReason } from '../privacy/apply-purge';
import { logPrivacyEvent, readPrivacyLog } from '../privacy/privacy-log';
import { planRetentionPurge, planShopperErasure } from '../privacy/purge-plan';
import { exportShopper } from '../privacy/shopper-export';
import { trailIdentity } from '../trail/identity';

function assertClient(ctx: BackendContext, clientId: string): void {
  if (!ctx.db.prepare('SELECT 1 FROM clients WHERE id = ?').get(clientId))
    throw new AppError('NOT_FOUND', 'That client no longer exists.');
}

/** Re-plans inside the write transaction and runs only a plan identical to the one previewed. */
function runPlan(ctx: BackendContext, plan: () => PurgePlan, token: string, reason: PurgeReason): PurgeResult {
  const { result, visits } = write(ctx.db, () => {
    const current = plan();
    if (current.token !== token) throw new AppError('NOT_ALLOWED', STALE_PREVIEW_MESSAGE);
    const at = ctx.now().toISOString();
    applyPurge(ctx.db, current, at, reason);
    const logId = ctx.newId();
    logPrivacyEvent(ctx.db, {
      id: logId,
      kind: reason,
      clientId: current.clientId,
      summary: { ...current.totals, cutoff: current.cutoff },
      actor: trailIdentity(ctx.db).actor,
      at,
    });
    return { result: { kind: current.kind, totals: current.totals, logId }, visits: current.visits };
  });
  for (const v of visits) ctx.emit('audits.changed', { id: v.auditId, clientId: v.clientId });
  return result;
}

export const privacyHandlers = {
  'privacy.get'(input: ParsedInput<'privacy.get'>, ctx: BackendContext) {
    assertClient(ctx, input.clientId);
    return readClientPrivacy(ctx.db, input.clientId);
  },
  'privacy.update'(input: ParsedInput<'privacy.update'>, ctx: BackendContext) {
    assertClient(ctx, input.clientId);
    return write(ctx.db, () => {
      const at = ctx.now().toISOString();
      const before = readClientPrivacy(ctx.db, input.clientId);
      const after = writeClientPrivacy(ctx.db, input.clientId, input.changes, at);
      if (before.retentionMonths !== after.retentionMonths || before.staffInformed !== after.staffInformed)
        logPrivacyEvent(ctx.db, {
          id: ctx.newId(),
          kind: 'policy-changed',
          clientId: input.clientId,
          summary: {},
          actor: trailIdentity(ctx.db).actor,
          at,
        });
      return after;
    });
  },
  'privacy.planPurge'(input: ParsedInput<'privacy.planPurge'>, ctx: BackendContext) {
    assertClient(ctx, input.clientId);
    return planRetentionPurge(ctx.db, input.clientId, localIsoDate(ctx.now()));
  },
  'privacy.purge'(input: ParsedInput<'privacy.purge'>, ctx: BackendContext) {
    assertClient(ctx, input.clientId);
    const today = localIsoDate(ctx.now());
    return runPlan(ctx, () => planRetentionPurge(ctx.db, input.clientId, today), input.token, 'retention-purge');
  },
  'privacy.shoppers'(_input: ParsedInput<'privacy.shoppers'>, ctx: BackendContext) {
    return ctx.db
      .prepare(
        `SELECT shopper, count(*) AS visits, count(DISTINCT client_id) AS clients FROM audits
         WHERE audit_type = 'mystery-shop' AND shopper <> '' GROUP BY shopper ORDER BY shopper COLLATE NOCASE`,
      )
      .all() as { shopper: string; visits: number; clients: number }[];
  },
  'privacy.planErasure'(input: ParsedInput<'privacy.planErasure'>, ctx: BackendContext) {
    return planShopperErasure(ctx.db, input.shopper);
  },
  'privacy.erase'(input: ParsedInput<'privacy.erase'>, ctx: BackendContext) {
    return runPlan(ctx, () => planShopperErasure(ctx.db, input.shopper), input.token, 'shopper-erasure');
  },
  'privacy.exportShopper'(input: ParsedInput<'privacy.exportShopper'>, ctx: BackendContext) {
    const result = exportShopper(ctx.db, input.shopper, ctx.now());
    write(ctx.db, () =>
      logPrivacyEvent(ctx.db, {
        id: ctx.newId(),
        kind: 'shopper-export',
        clientId: null,
        summary: { visits: (JSON.parse(result.json) as { visits: unknown[] }).visits.length },
        actor: trailIdentity(ctx.db).actor,
        at: ctx.now().toISOString(),
      }),
    );
    return result;
  },
  'privacy.log'(input: ParsedInput<'privacy.log'>, ctx: BackendContext) {
    return readPrivacyLog(ctx.db, input.clientId);
  },
};
