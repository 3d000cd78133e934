import type { Db } from '../db/db-handle';
import { statement } from '../db/statements';
import { entryHash, type ChainedContent } from './entry-hash';
import { trailIdentity } from './identity';

export interface TrailEntryInput {
  auditId: string;
  at: string;
  field: string;
  touchpointId?: string | null;
  criterionId?: string | null;
  /** Old and new values (serialised as JSON; undefined is stored as null). */
  oldValue?: unknown;
  newValue?: unknown;
  reason?: string | null;
  photoSha256?: string | null;
  /** Marks the entry as already undone (an undo's own entry is never undone again). */
  undone?: boolean;
  /**
   * The audit's latest entry hash when the caller already read it in the same transaction (the save
   * path folds that read into its audit touch); absent, it is read here.
   */
  prevHash?: string | null;
}

/**
 * The one way a change enters an audit's trail: the change-log row, chained to the audit's latest entry.
 * Call it inside the write transaction of the change itself, so the change and its entry commit together.
 */
export function appendTrailEntry(db: Db, input: TrailEntryInput): { seq: number; hash: string } {
  const prev = input.prevHash !== undefined ? input.prevHash : latestHash(db, input.auditId);
  const { actor, device } = trailIdentity(db);
  const content: ChainedContent = {
    audit_id: input.auditId,
    at: input.at,
    field: input.field,
    touchpoint_id: input.touchpointId ?? null,
    criterion_id: input.criterionId ?? null,
    old_json: JSON.stringify(input.oldValue ?? null),
    new_json: JSON.stringify(input.newValue ?? null),
    actor,
    device,
    reason: input.reason ?? null,
    photo_sha256: input.photoSha256 ?? null,
    prev_hash: prev ?? null,
  };
  return insertChained(db, content, input.undone ?? false);
}

/** SQL for an audit's latest trail hash, to fold into another statement (`audits.id` in scope). */
export const LATEST_HASH_OF_AUDIT =
  '(SELECT hash FROM audit_changes WHERE audit_id = audits.id ORDER BY seq DESC LIMIT 1)';

function latestHash(db: Db, auditId: string): string | null {
  const row = statement(db, 'SELECT hash FROM audit_changes WHERE audit_id = ? ORDER BY seq DESC LIMIT 1').get(
    auditId,
  ) as { hash: string | null } | undefined;
  return row?.hash ?? null;
}

/**
 * Writes a row whose content is already complete (an imported entry keeps its own actor, device and time).
 * `verifiedHash`: the entry's hash, already checked to be entryHash(content) (a package's verified chain).
 */
export function insertChained(
  db: Db,
  content: ChainedContent,
  undone = false,
  verifiedHash?: string,
): { seq: number; hash: string } {
  const hash = verifiedHash ?? entryHash(content);
  const info = statement(
    db,
    `INSERT INTO audit_changes (audit_id, touchpoint_id, criterion_id, field, old_json, new_json, at, undone, actor, device, reason, photo_sha256, prev_hash, hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    content.audit_id,
    content.touchpoint_id,
    content.criterion_id,
    content.field,
    content.old_json,
    content.new_json,
    content.at,
    undone ? 1 : 0,
    content.actor,
    content.device,
    content.reason,
    content.photo_sha256,
    content.prev_hash,
    hash,
  );
  return { seq: Number(info.lastInsertRowid), hash };
}

/** An entry a privacy purge already emptied elsewhere: stored with its original hash and the purge's time. */
export function insertRedacted(
  db: Db,
  content: ChainedContent,
  hash: string,
  redactedAt: string,
  undone: boolean,
): void {
  const { seq } = insertChained(db, content, undone);
  db.prepare('UPDATE audit_changes SET hash = ?, redacted_at = ? WHERE seq = ?').run(hash, redactedAt, seq);
}
