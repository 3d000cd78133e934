import { z } from 'zod';
import { calendarDateSchema } from '../rules/dates';
import { LIMITS } from '../rules/limits';
import { lineText, proseText, requiredLine } from '../rules/text';

/**
 * The action plan: what the client decided to fix after an audit, who does it and by when.
 * An action may point at the audit and the touchpoint (a template key) it came from, so the
 * re-audit of the same touchpoint shows what was planned there.
 */
export const ACTION_PRIORITIES = ['low', 'medium', 'high'] as const;
export type ActionPriority = (typeof ACTION_PRIORITIES)[number];
export const ACTION_STATUSES = ['open', 'in_progress', 'done', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
/** Still to do: the statuses an action can be overdue in. */
export const ACTIVE_ACTION_STATUSES: readonly ActionStatus[] = ['open', 'in_progress'];

export const ACTION_LIMITS = LIMITS.action;

const key = z.string().min(1).max(LIMITS.key);

/** Each field once, without defaults: a partial update must never fill missing fields. */
const actionFieldShapes = {
  auditId: z.uuid().nullable(),
  touchpointId: key.nullable(),
  criterionId: key.nullable(),
  title: requiredLine(ACTION_LIMITS.title),
  detail: proseText(ACTION_LIMITS.detail),
  owner: lineText(ACTION_LIMITS.owner),
  /** A calendar date, YYYY-MM-DD (no time, no zone): "due on the 3rd" wherever the laptop is. */
  dueDate: calendarDateSchema.nullable(),
  priority: z.enum(ACTION_PRIORITIES),
  status: z.enum(ACTION_STATUSES),
};

/** A new action: only the client and the title are needed. */
export const actionFieldsSchema = z
  .object({
    clientId: z.uuid(),
    auditId: actionFieldShapes.auditId.default(null),
    touchpointId: actionFieldShapes.touchpointId.default(null),
    criterionId: actionFieldShapes.criterionId.default(null),
    title: actionFieldShapes.title,
    detail: actionFieldShapes.detail.default(''),
    owner: actionFieldShapes.owner.default(''),
    dueDate: actionFieldShapes.dueDate.default(null),
    priority: actionFieldShapes.priority.default('medium'),
    status: actionFieldShapes.status.default('open'),
  })
  .strict();
export type ActionFields = z.output<typeof actionFieldsSchema>;
export type ActionFieldsInput = z.input<typeof actionFieldsSchema>;

/** Changes to an existing action: only the fields given are touched; the client never changes. */
export const actionChangesSchema = z.object(actionFieldShapes).partial().strict();
export type ActionChanges = z.output<typeof actionChangesSchema>;

export interface Action {
  id: string;
  clientId: string;
  auditId: string | null;
  /** The linked audit's title, joined for the list; null when there is none (or it was deleted). */
  auditTitle: string | null;
  touchpointId: string | null;
  criterionId: string | null;
  title: string;
  detail: string;
  owner: string;
  dueDate: string | null;
  priority: ActionPriority;
  status: ActionStatus;
  createdAt: string;
  updatedAt: string;
}

/** The calendar date of a moment in the local time zone, as YYYY-MM-DD. */
export function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Past its due date and still to do. Due today is not overdue yet; done or dropped never is. */
export function isOverdue(action: Pick<Action, 'dueDate' | 'status'>, todayIso: string): boolean {
  return action.dueDate !== null && action.dueDate < todayIso && ACTIVE_ACTION_STATUSES.includes(action.status);
}

const PRIORITY_RANK: Record<ActionPriority, number> = { high: 0, medium: 1, low: 2 };

/**
 * The plan's order: overdue first, then what is still to do before what is closed, then by due
 * date (soonest first, undated last), then by priority (high first), then oldest first.
 */
export function compareActions(todayIso: string) {
  return (a: Action, b: Action): number => {
    const overdue = Number(isOverdue(b, todayIso)) - Number(isOverdue(a, todayIso));
    if (overdue) return overdue;
    const active =
      Number(ACTIVE_ACTION_STATUSES.includes(b.status)) - Number(ACTIVE_ACTION_STATUSES.includes(a.status));
    if (active) return active;
    if (a.dueDate !== b.dueDate) {
      if (a.dueDate === null) return 1;
      if (b.dueDate === null) return -1;
      return a.dueDate < b.dueDate ? -1 : 1;
    }
    const priority = PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority];
    if (priority) return priority;
    return a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };
}

export function sortActions(actions: readonly Action[], todayIso: string): Action[] {
  return [...actions].sort(compareActions(todayIso));
}
