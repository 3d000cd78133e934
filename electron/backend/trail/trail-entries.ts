import type { TrailEntry } from '../../../shared/trail/trail-types';
import type { Db } from '../db/db-handle';
import { readChain } from './trail-state';

/** An audit's whole chain as entries, oldest first (1-based index): what the history and the CSV show. */
export function readTrailEntries(db: Db, auditId: string): TrailEntry[] {
  return readChain(db, auditId).map((r, i) => ({
    index: i + 1,
    at: r.at,
    field: r.field,
    touchpointId: r.touchpoint_id,
    criterionId: r.criterion_id,
    oldJson: r.old_json,
    newJson: r.new_json,
    actor: r.actor,
    device: r.device,
    reason: r.reason,
    photoSha256: r.photo_sha256,
    prevHash: r.prev_hash,
    hash: r.hash,
  }));
}
