import { z } from 'zod';
import { ACTION_STATUSES, actionChangesSchema, actionFieldsSchema, type Action } from '../domain/action';
import { returns } from './returns';
import { id } from './ids';

export const actionsApi = {
  /** A client's actions in the plan's order (overdue first, then by due date, then by priority); filters combine. */
  'actions.list': {
    input: z
      .object({
        clientId: id,
        status: z.array(z.enum(ACTION_STATUSES)).max(ACTION_STATUSES.length).optional(),
        auditId: id.optional(),
        touchpointId: z.string().min(1).max(64).optional(),
      })
      .strict(),
    output: returns<Action[]>(),
  },
  'actions.create': { input: actionFieldsSchema, output: returns<Action>() },
  'actions.update': { input: z.object({ id, changes: actionChangesSchema }).strict(), output: returns<Action>() },
  'actions.delete': { input: z.object({ id }).strict(), output: returns<{ id: string }>() },
} as const;
