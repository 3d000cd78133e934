import { z } from 'zod';
import { answerValueSchema } from '../domain/audit';
import { templateDefinitionSchema } from '../domain/template';
import { isoInstantSchema } from '../rules/dates';
import { raterNameSchema } from '../rules/calibration-rules';
import { LIMITS } from '../rules/limits';
import { storedProse, storedRequiredLine } from '../rules/text';

/**
 * The calibration package: how a session reaches the raters' laptops and how their answers come
 * back, like visits in a visit package. One zip file holding one entry, calibration.json:
 *
 *   {format, formatVersion, createdAt, session: {id, title, scenario, templateId, templateName,
 *    definition, raters, createdAt}, answers: [{rater, touchpointId, criterionId, value, updatedAt}]}
 *
 * Importing it creates the session when the laptop does not have it and keeps, per rater and
 * criterion, the answer changed last (compared as instants). Refused whole: a package naming a rater
 * twice (the same apart from case and spaces: the screen's rule), an answer from a rater the session
 * does not name, an answer dated later than this laptop's clock allows (CLOCK_ALLOWANCE_MS), and, for
 * a session this laptop holds, another definition than the one stored here.
 */
export const CALIBRATION_PACKAGE_FORMAT = 'journey-audit.calibration';
export const CALIBRATION_PACKAGE_VERSION = 1;
export const CALIBRATION_ENTRY = 'calibration.json';
export const CALIBRATION_PACKAGE_MIME = 'application/zip';
/** One session's JSON: a 200-criterion template answered by 20 raters stays far below this. */
export const CALIBRATION_PACKAGE_MAX_BYTES = 16 * 1024 * 1024;

const C = LIMITS.calibration;
/** The screen's rule for a rater's name (trimmed); each named once is checked when the package is read, to say which name. */
const rater = raterNameSchema;

export const calibrationPackageSchema = z
  .object({
    format: z.literal(CALIBRATION_PACKAGE_FORMAT),
    formatVersion: z.literal(CALIBRATION_PACKAGE_VERSION),
    createdAt: isoInstantSchema,
    session: z
      .object({
        id: z.uuid(),
        title: storedRequiredLine(C.title),
        scenario: storedProse(C.scenario),
        templateId: z.uuid(),
        templateName: storedRequiredLine(LIMITS.templateName),
        definition: templateDefinitionSchema,
        raters: z.array(rater).min(2).max(C.raters),
        createdAt: isoInstantSchema,
      })
      .strict(),
    answers: z
      .array(
        z
          .object({
            rater,
            touchpointId: z.string().min(1).max(LIMITS.key),
            criterionId: z.string().min(1).max(LIMITS.key),
            value: answerValueSchema.nullable(),
            updatedAt: isoInstantSchema,
          })
          .strict(),
      )
      .max(200_000),
  })
  .strict();
export type CalibrationPackage = z.infer<typeof calibrationPackageSchema>;
