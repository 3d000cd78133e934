import { TRAIL_SYSTEM_REASONS } from './trail-types';

/** Trail fields whose values are free text someone typed: a privacy purge empties their old and new values. */
export const PURGED_TRAIL_TEXT_FIELDS: readonly string[] = [
  'note',
  'painPoints',
  'worked',
  'recommendation',
  'visit.shopper',
  'reviewed',
  'returned',
  'reopened',
];

const SYSTEM_REASONS: readonly string[] = Object.values(TRAIL_SYSTEM_REASONS);

/** The content of an entry that a purge leaves, and the time it was redacted. */
export interface RedactedEntry {
  at: string;
  field: string;
  old_json: string | null;
  new_json: string | null;
  actor: string;
  device: string;
  reason: string | null;
  redacted_at?: string | null;
}

/**
 * Whether an entry marked as redacted is one a privacy purge left: its names gone, its typed text gone, its reason
 * gone unless the app wrote it, and the purge's own entries later in the chain, written at the time it was
 * redacted. Its hash can no longer be checked against its content, so the mark must not be a free pass: an entry
 * merely marked redacted (an edited package, a hand edit) is reported, not skipped.
 */
export function isPurgeRedaction(entry: RedactedEntry, later: readonly Pick<RedactedEntry, 'at'>[]): boolean {
  const at = entry.redacted_at;
  if (!at) return false;
  if (entry.actor !== '' || entry.device !== '') return false;
  if (PURGED_TRAIL_TEXT_FIELDS.includes(entry.field) && (entry.old_json !== null || entry.new_json !== null))
    return false;
  if (entry.reason !== null && entry.reason !== '' && !SYSTEM_REASONS.includes(entry.reason)) return false;
  return later.some((e) => e.at === at);
}
