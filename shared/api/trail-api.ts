import { z } from 'zod';
import { lineText, requiredLine } from '../rules/text';
import {
  ACTOR_NAME_MAX,
  DEVICE_NAME_MAX,
  type TrailHistory,
  type TrailIdentity,
  type TrailVerification,
} from '../trail/trail-types';
import { returns } from './returns';
import { id } from './ids';

const key = z.string().min(1).max(64);

export const trailApi = {
  /** The audit's entries, oldest first; narrowed to one touchpoint or one criterion when given. */
  'trail.history': {
    input: z.object({ auditId: id, touchpointId: key.optional(), criterionId: key.optional() }).strict(),
    output: returns<TrailHistory>(),
  },
  /** Recomputes the chain, the photo hashes and the audit's values against it. */
  'trail.verify': { input: z.object({ auditId: id }).strict(), output: returns<TrailVerification>() },
  'trail.identity': { input: z.object({}).strict(), output: returns<TrailIdentity>() },
  'trail.setIdentity': {
    input: z
      .object({ actor: lineText(ACTOR_NAME_MAX), device: requiredLine(DEVICE_NAME_MAX) })
      .partial()
      .strict(),
    output: returns<TrailIdentity>(),
  },
} as const;
