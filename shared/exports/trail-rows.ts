import type { TrailEntry } from '../trail/trail-types';
import { columnsOf, type ExportTable } from './export-table';

/** One row per trail entry: who, when, what changed from what to what, why, and the chain's hashes. */
export interface TrailExportRow {
  audit_id: string;
  audit_title: string;
  entry: number;
  at: string;
  actor: string;
  device: string;
  field: string;
  touchpoint_id: string | null;
  criterion_id: string | null;
  old_value: string | null;
  new_value: string | null;
  reason: string | null;
  photo_sha256: string | null;
  prev_hash: string | null;
  hash: string;
}

const TRAIL_COLUMNS = columnsOf<TrailExportRow>({
  audit_id: 'text',
  audit_title: 'text',
  entry: 'number',
  at: 'text',
  actor: 'text',
  device: 'text',
  field: 'text',
  touchpoint_id: 'text',
  criterion_id: 'text',
  old_value: 'text',
  new_value: 'text',
  reason: 'text',
  photo_sha256: 'text',
  prev_hash: 'text',
  hash: 'text',
});

/** A stored value as a reader wants it: text as itself, anything else as its JSON; null for none. */
function valueOf(json: string | null): string | null {
  if (json === null) return null;
  const value = JSON.parse(json) as unknown;
  if (value === null) return null;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export function trailTable(
  audits: readonly { id: string; title: string; entries: readonly TrailEntry[] }[],
): ExportTable<TrailExportRow> {
  const rows: TrailExportRow[] = [];
  for (const audit of audits)
    for (const e of audit.entries)
      rows.push({
        audit_id: audit.id,
        audit_title: audit.title,
        entry: e.index,
        at: e.at,
        actor: e.actor,
        device: e.device,
        field: e.field,
        touchpoint_id: e.touchpointId,
        criterion_id: e.criterionId,
        old_value: valueOf(e.oldJson),
        new_value: valueOf(e.newJson),
        reason: e.reason,
        photo_sha256: e.photoSha256,
        prev_hash: e.prevHash,
        hash: e.hash,
      });
  return { name: 'Trail', columns: TRAIL_COLUMNS, rows };
}
