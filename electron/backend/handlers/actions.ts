import type { ParsedInput } from '../../../shared/contract';
import type { Action, ActionChanges } from '../../../shared/domain/action';
import { AppError } from '../../../shared/result';
import { getAuditRow } from '../audits/audit-rows';
import type { BackendContext } from '../context';
import { write } from '../db/write';
import { getAction, listActions } from '../queries/actions';
import { versionDefinition } from '../templates/template-rows';

const COLUMN: Record<keyof ActionChanges, string> = {
  auditId: 'audit_id',
  touchpointId: 'touchpoint_id',
  criterionId: 'criterion_id',
  title: 'title',
  detail: 'detail',
  owner: 'owner',
  dueDate: 'due_date',
  priority: 'priority',
  status: 'status',
};

/**
 * The links must make sense together: the audit belongs to the action's client, and when both an
 * audit and a touchpoint are named, the touchpoint (and criterion) are in the audit's template.
 * A touchpoint without an audit is a template key and is kept as given.
 */
function checkLinks(
  ctx: BackendContext,
  clientId: string,
  links: { auditId: string | null; touchpointId: string | null; criterionId: string | null },
): void {
  if (links.criterionId !== null && links.touchpointId === null) {
    throw new AppError('VALIDATION', 'A criterion can only be linked together with its touchpoint.', [
      { field: 'criterionId', rule: 'invalid' },
    ]);
  }
  if (links.auditId === null) return;
  const audit = getAuditRow(ctx, links.auditId);
  if (audit.client_id !== clientId) {
    throw new AppError('VALIDATION', 'That audit belongs to another client, so the action cannot be linked to it.', [
      { field: 'auditId', rule: 'invalid' },
    ]);
  }
  if (links.touchpointId === null) return;
  const touchpoint = versionDefinition(ctx, audit.template_version_id).touchpoints.find(
    (tp) => tp.id === links.touchpointId,
  );
  if (!touchpoint)
    throw new AppError('VALIDATION', `Touchpoint "${links.touchpointId}" is not in this audit's template.`, [
      { field: 'touchpointId', rule: 'invalid' },
    ]);
  if (links.criterionId !== null && !touchpoint.criteria.some((c) => c.id === links.criterionId)) {
    throw new AppError(
      'VALIDATION',
      `Criterion "${links.criterionId}" is not part of touchpoint "${links.touchpointId}".`,
      [{ field: 'criterionId', rule: 'invalid' }],
    );
  }
}

export const actionHandlers = {
  'actions.list'(input: ParsedInput<'actions.list'>, ctx: BackendContext): Action[] {
    return listActions(ctx, input);
  },

  'actions.create'(input: ParsedInput<'actions.create'>, ctx: BackendContext): Action {
    const id = ctx.newId();
    const at = ctx.now().toISOString();
    write(ctx.db, () => {
      const client = ctx.db.prepare('SELECT id FROM clients WHERE id = ?').get(input.clientId);
      if (!client) throw new AppError('NOT_FOUND', 'That client no longer exists.');
      checkLinks(ctx, input.clientId, input);
      ctx.db
        .prepare(
          `INSERT INTO actions (id, client_id, audit_id, touchpoint_id, criterion_id, title, detail, owner, due_date, priority, status, created_at, updated_at)
           VALUES (@id, @clientId, @auditId, @touchpointId, @criterionId, @title, @detail, @owner, @dueDate, @priority, @status, @at, @at)`,
        )
        .run({ ...input, id, at });
    });
    ctx.emit('actions.changed', { id, clientId: input.clientId });
    return getAction(ctx, id);
  },

  'actions.update'(input: ParsedInput<'actions.update'>, ctx: BackendContext): Action {
    const entries = Object.entries(input.changes).filter(([, v]) => v !== undefined) as [
      keyof ActionChanges,
      string | null,
    ][];
    const before = write(ctx.db, () => {
      const before = getAction(ctx, input.id);
      if (!entries.length) return before;
      const after = { ...before, ...input.changes };
      if ('auditId' in input.changes || 'touchpointId' in input.changes || 'criterionId' in input.changes)
        checkLinks(ctx, before.clientId, after);
      const sets = entries.map(([k]) => `${COLUMN[k]} = ?`).join(', ');
      ctx.db
        .prepare(`UPDATE actions SET ${sets}, updated_at = ? WHERE id = ?`)
        .run(...entries.map(([, v]) => v), ctx.now().toISOString(), input.id);
      return before;
    });
    if (entries.length) ctx.emit('actions.changed', { id: input.id, clientId: before.clientId });
    return getAction(ctx, input.id);
  },

  'actions.delete'(input: ParsedInput<'actions.delete'>, ctx: BackendContext): { id: string } {
    const action = write(ctx.db, () => {
      const action = getAction(ctx, input.id);
      ctx.db.prepare('DELETE FROM actions WHERE id = ?').run(input.id);
      return action;
    });
    ctx.emit('actions.changed', { id: input.id, clientId: action.clientId });
    return { id: input.id };
  },
};
