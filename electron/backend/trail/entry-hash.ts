import { createHash } from 'node:crypto';

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

/** The chain's format version, hashed with every entry as the key "v". */
const VERSION = 1;

/** The hashed keys in canonicalJson's order (sorted), each with its JSON opening: `"key":`. */
const HASHED = [...CONTENT_KEYS, 'v' as const].sort().map((key) => ({ key, opening: `${JSON.stringify(key)}:` }));

/**
 * The text an entry's hash is taken over: canonicalJson of its content with the version tag, written out
 * directly (every value is a string or null). Each save hashes its entry: this builds no object, no key list
 * and no sort. A test holds it equal to canonicalJson for any content.
 */
export function entryHashText(row: ChainedContent): string {
  let text = '{';
  for (let i = 0; i < HASHED.length; i++) {
    const { key, opening } = HASHED[i]!;
    text += `${i > 0 ? ',' : ''}${opening}${key === 'v' ? VERSION : JSON.stringify(row[key] ?? null)}`;
  }
  return `${text}}`;
}

/** SHA-256 of the entry's canonical JSON (sorted keys, version tag), which includes the previous entry's hash. */
export function entryHash(row: ChainedContent): string {
  return createHash('sha256').update(entryHashText(row)).digest('hex');
}

export const sha256Hex = (data: Buffer | string): string => createHash('sha256').update(data).digest('hex');
