import { z } from 'zod';
import { LIMITS } from './limits';
import { requiredLine } from './text';

const C = LIMITS.calibration;

/** A rater's name, as typed on the screen and as it arrives in a calibration package: one line, trimmed. */
export const raterNameSchema = requiredLine(C.rater);

/** The same person, whatever the case and the spaces around the name. */
const sameRater = (name: string) => name.trim().toLocaleLowerCase();

/** The first name given again (the same apart from case and surrounding spaces), or null when each rater is named once. */
export function raterNamedTwice(names: readonly string[]): string | null {
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(sameRater(name))) return name.trim();
    seen.add(sameRater(name));
  }
  return null;
}

export const RATER_TWICE_MESSAGE = 'names each rater once';

/** A session's raters: two to `raters` names, each once (the screen's refusal; the package says which name, see raterNamedTwice). */
export const raterNamesSchema = z
  .array(raterNameSchema)
  .min(2)
  .max(C.raters)
  .refine((names) => raterNamedTwice(names) === null, RATER_TWICE_MESSAGE);
