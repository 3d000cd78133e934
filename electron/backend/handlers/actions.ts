import type { ParsedInput } from '../../../shared/contract';
import type { Action, ActionChanges } from '../../../shared/domain/action';
import { asSentence } from '../../../shared/reasons/reason';
import { AppError } from '../../../shared/result';
import { actionLinksRefusal } from '../../../shared/rules/record-links';
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

/** The links must make sense together (the rule book's actionLinksRefusal), checked against this database. */
function checkLinks(
  ctx: BackendContext,
  clientId: string,
  links: { auditId: string | null; touchpointId: string | null; criterionId: string | null },
): void {
  const audit = links.auditId === null ? null : getAuditRow(ctx, links.auditId);
  const refusal = actionLinksRefusal(
    clientId,
    links,
    audit
      ? {
          clientId: audit.client_id,
          definition: links.touchpointId === null ? undefined : versionDefinition(ctx, audit.template_version_id),
        }
      : undefined,
  );
  if (refusal)
    throw new AppError(
      'VALIDATION',
      asSentence(refusal.reason),
      [{ field: refusal.field, rule: 'invalid' }],
      refusal.reason,
    );
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
