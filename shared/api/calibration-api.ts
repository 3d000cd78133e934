import { z } from 'zod';
import { CALIBRATION_PACKAGE_MAX_BYTES, type CalibrationPackage } from '../calibration/calibration-package';
import type { CalibrationOverview, CalibrationSessionView } from '../calibration/calibration-types';
import { answerValueSchema } from '../domain/audit';
import { raterNameSchema, raterNamesSchema } from '../rules/calibration-rules';
import { LIMITS } from '../rules/limits';
import { proseText, requiredLine } from '../rules/text';
import { returns } from './returns';
import { id } from './ids';

const C = LIMITS.calibration;
const key = z.string().min(1).max(LIMITS.key);
const rater = raterNameSchema;

export interface CalibrationImportResult {
  sessionId: string;
  title: string;
  /** The session was new on this laptop. */
  created: boolean;
  /** Answers added or replaced by newer ones, and those left because this laptop's were newer or the same. */
  saved: number;
  unchanged: number;
  raters: string[];
}

export const calibrationApi = {
  'calibration.overview': { input: z.object({}).strict(), output: returns<CalibrationOverview>() },
  'calibration.create': {
    input: z
      .object({
        templateId: id,
        title: requiredLine(C.title),
        scenario: proseText(C.scenario),
        raters: raterNamesSchema,
      })
      .strict(),
    output: returns<CalibrationSessionView>(),
  },
  'calibration.get': { input: z.object({ id }).strict(), output: returns<CalibrationSessionView>() },
  'calibration.setAnswer': {
    input: z
      .object({
        sessionId: id,
        rater,
        touchpointId: key,
        criterionId: key,
        /** null clears the answer. */
        value: answerValueSchema.nullable(),
      })
      .strict(),
    output: returns<{ savedAt: string }>(),
  },
  'calibration.setConsensus': {
    input: z
      .object({
        sessionId: id,
        touchpointId: key,
        criterionId: key,
        /** null removes the consensus of this criterion. */
        value: answerValueSchema.nullable(),
        note: proseText(C.note),
      })
      .strict(),
    output: returns<{ savedAt: string }>(),
  },
  'calibration.exportPackage': {
    input: z.object({ sessionId: id, rater: rater.optional() }).strict(),
    output: returns<{ fileName: string; base64: string; answers: number }>(),
  },
  'calibration.importPackage': {
    input: z
      .object({
        fileName: z.string().max(260).default(''),
        base64: z.string().max(Math.ceil((CALIBRATION_PACKAGE_MAX_BYTES * 4) / 3) + 4),
      })
      .strict(),
    output: returns<CalibrationImportResult>(),
  },
} as const;

export type { CalibrationPackage };
