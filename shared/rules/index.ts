/**
 * The rule book: every limit, invariant and threshold of the domain, defined once. Handlers, the
 * package import (and the team hub) call these before writing; views and reports read the same
 * thresholds. Files here import only zod, shared/domain and shared/reasons (why something is refused,
 * as a key the screen translates).
 */
export { LIMITS } from './limits';
export * from './text';
export * from './dates';
export * from './calibration-rules';
export * from './locks';
export * from './audit-rules';
export * from './audit-state';
export * from './record-links';
export * from './file-names';
export { DEFAULT_THRESHOLD, movementOf } from '../comparison/movement';
export * from './retention';
export * from './touchpoint-fails';
export { asSentence, inEnglish, reason, type Reason } from '../reasons/reason';
