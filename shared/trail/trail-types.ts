import { LIMITS } from '../rules/limits';

/**
 * The audit trail: every change to an audit is an entry chained to the previous one by SHA-256.
 * These are the shapes the trail screen, the report and the package import share.
 */

/** Why an entry was written by the app itself rather than typed by someone. */
export const TRAIL_SYSTEM_REASONS = {
  undo: 'undo',
  /** Entries added when the trail was introduced, for values saved before it existed. */
  introduced: 'trail-introduced',
  sample: 'sample',
  imported: 'imported',
} as const;

export const DEVICE_NAME_MAX = 80;
export const ACTOR_NAME_MAX = 120;
/** An entry's reason: a reopening's reason or a review's comment (the longer of the two limits). */
export const TRAIL_REASON_MAX = Math.max(LIMITS.audit.reopenReason, LIMITS.visit.reviewComment);
/** An entry's old or new value as JSON: the longest text the app keeps, every character escaped at most once. */
export const TRAIL_VALUE_MAX = 2 * LIMITS.report.text + 2;
/** What an entry changed: a name the app writes ("answer", "evidence.markup", "stamp.<moment>", "visit.<field>"). */
export const TRAIL_FIELD = /^[a-z][a-zA-Z]{0,31}(\.[a-zA-Z0-9][a-zA-Z0-9_-]{0,63})?$/;

export interface TrailEntry {
  /** 1-based position in the audit's chain. */
  index: number;
  at: string;
  field: string;
  touchpointId: string | null;
  criterionId: string | null;
  /** Old and new values as JSON text (null when the entry has none). */
  oldJson: string | null;
  newJson: string | null;
  actor: string;
  device: string;
  reason: string | null;
  photoSha256: string | null;
  prevHash: string | null;
  hash: string;
}

export type TrailProblemKind =
  | 'entry-altered' // the entry's content no longer gives its hash
  | 'redaction-unexplained' // marked as emptied by a privacy purge, but no purge left it so: its content is unchecked
  | 'link-broken' // the entry does not point at the hash of the one before (removed or reordered)
  | 'photo-altered' // the photo file's bytes no longer give the hash the entry recorded
  | 'photo-missing'
  | 'state-differs' // the audit holds a value the trail's last entry for it did not write
  | 'not-in-trail'; // the audit holds a value no entry ever wrote

export interface TrailProblem {
  kind: TrailProblemKind;
  /** The entry at fault (1-based), or null when no entry ever wrote the value. */
  entryIndex: number | null;
  at: string | null;
  field: string;
  touchpointId: string | null;
  criterionId: string | null;
}

export interface TrailVerification {
  auditId: string;
  ok: boolean;
  head: string | null;
  entries: number;
  /** Entries whose names and free text a privacy purge removed: their links are checked, their content cannot be. */
  redactedEntries: number;
  photosChecked: number;
  verifiedAt: string;
  /** The first entry that does not match (lowest index; values no entry wrote come last). */
  firstProblem: TrailProblem | null;
  problems: TrailProblem[];
}

export interface TrailHistory {
  auditId: string;
  head: string | null;
  /** Entries in the whole chain (the list may be narrowed to one criterion). */
  total: number;
  entries: TrailEntry[];
}

export interface TrailIdentity {
  actor: string;
  device: string;
}

/** Fields whose latest entry must equal what the audit holds now, keyed as `field|touchpoint|criterion`. */
export const STATE_FIELDS = [
  'answer',
  'note',
  'emotion',
  'painPoints',
  'worked',
  'recommendation',
  'evidence',
  'stamp',
] as const;
