import { compareActions, localIsoDate, type Action } from '../../../shared/domain/action';
import { AppError } from '../../../shared/result';
import type { BackendContext } from '../context';

/** The actions read model: what the actions handlers, the report and the XLSX export all list. */
interface ActionRow {
  id: string;
  client_id: string;
  audit_id: string | null;
  audit_title: string | null;
  touchpoint_id: string | null;
  criterion_id: string | null;
  title: string;
  detail: string;
  owner: string;
  due_date: string | null;
  priority: Action['priority'];
  status: Action['status'];
  created_at: string;
  updated_at: string;
}

const toAction = (r: ActionRow): Action => ({
  id: r.id,
  clientId: r.client_id,
  auditId: r.audit_id,
  auditTitle: r.audit_title,
  touchpointId: r.touchpoint_id,
  criterionId: r.criterion_id,
  title: r.title,
  detail: r.detail,
  owner: r.owner,
  dueDate: r.due_date,
  priority: r.priority,
  status: r.status,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const SELECT =
  'SELECT actions.*, audits.title AS audit_title FROM actions LEFT JOIN audits ON audits.id = actions.audit_id';

export function getAction(ctx: BackendContext, id: string): Action {
  const row = ctx.db.prepare(`${SELECT} WHERE actions.id = ?`).get(id) as ActionRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', `No action with id ${id}. It may have been deleted.`);
  return toAction(row);
}

export interface ActionFilter {
  clientId: string;
  status?: readonly Action['status'][] | undefined;
  auditId?: string | undefined;
  touchpointId?: string | undefined;
}

/** A client's actions in the order people work through them (overdue first, then by due date). */
export function listActions(ctx: BackendContext, filter: ActionFilter): Action[] {
  const where = ['actions.client_id = ?'];
  const params: string[] = [filter.clientId];
  if (filter.status) {
    if (filter.status.length === 0) return [];
    where.push(`actions.status IN (${filter.status.map(() => '?').join(', ')})`);
    params.push(...filter.status);
  }
  if (filter.auditId) {
    where.push('actions.audit_id = ?');
    params.push(filter.auditId);
  }
  if (filter.touchpointId) {
    where.push('actions.touchpoint_id = ?');
    params.push(filter.touchpointId);
  }
  const rows = ctx.db.prepare(`${SELECT} WHERE ${where.join(' AND ')}`).all(...params) as ActionRow[];
  return rows.map(toAction).sort(compareActions(localIsoDate(ctx.now())));
}
