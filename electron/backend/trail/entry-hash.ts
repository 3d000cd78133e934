import { createHash } from 'node:crypto';
import { canonicalJson } from '../../../shared/canonical-json';

/** The columns of an audit_changes row that the chain covers. The local seq and undo cursor are not content. */
export interface ChainedContent {
  audit_id: string;
  at: string;
  field: string;
  touchpoint_id: string | null;
  criterion_id: string | null;
  old_json: string | null;
  new_json: string | null;
  actor: string;
  device: string;
  reason: string | null;
  photo_sha256: string | null;
  prev_hash: string | null;
}

export interface ChainedRow extends ChainedContent {
  hash: string;
  /** Set when a privacy purge removed names and free text from the entry: its content can no longer give its hash. */
  redacted_at?: string | null;
}

const CONTENT_KEYS: (keyof ChainedContent)[] = [
  'audit_id',
  'at',
  'field',
  'touchpoint_id',
  'criterion_id',
  'old_json',
  'new_json',
  'actor',
  'device',
  'reason',
  'photo_sha256',
  'prev_hash',
];

/** SHA-256 of the entry's canonical JSON (sorted keys, version tag), which includes the previous entry's hash. */
export function entryHash(row: ChainedContent): string {
  const picked: Record<string, unknown> = { v: 1 };
  for (const k of CONTENT_KEYS) picked[k] = row[k] ?? null;
  return createHash('sha256').update(canonicalJson(picked)).digest('hex');
}

export const sha256Hex = (data: Buffer | string): string => createHash('sha256').update(data).digest('hex');
