import { withoutPurgedDetails } from '../../../shared/privacy/purged-fields';
import {
  RECORD_KINDS,
  recordAuditId,
  recordColumns,
  recordKey,
  type AnyRecord,
  type RecordKind,
} from '../../../shared/exchange/package-format';
import type { PushedChange, TeamRole } from '../../../shared/sync/hub-protocol';
import type { BackendContext } from '../context';
import { pick, recordHash } from '../exchange/records';
import { HUB_CONFLICT_SOURCE } from './team-link';

/** What a shopper's laptop sends: their visits and everything in them. */
const VISIT_KINDS: readonly RecordKind[] = [
  // A visit pins the version of the team's template it starts on, made on the shopper's laptop.
  'template_versions',
  'audits',
  'answers',
  'touchpoint_records',
  'visit_timestamps',
  'audit_metrics',
  'evidence',
  'actions',
];

export const pushedKinds = (role: TeamRole): readonly RecordKind[] =>
  role === 'lead' ? RECORD_KINDS : role === 'shopper' ? VISIT_KINDS : [];

export interface BaseRow {
  record_kind: RecordKind;
  record_key: string;
  base_json: string;
  base_hash: string;
  refused_hash: string | null;
  refused_reason: string | null;
}

/** The hash a deletion is refused under (a deleted record has no content). */
export const DELETED_HASH = 'deleted';

/**
 * Every record this laptop changed since the hub last had it: new ones (no base), changed ones
 * (hash differs from the base) and deleted ones (a base without a record), as tombstones. Records
 * with an open hub conflict wait for the person to settle it; a change the hub refused waits until
 * it changes again.
 */
/** A change the hub refused that is still as it was refused: the record here (null: deleted here) and its base row. */
export interface StillRefused {
  base: BaseRow;
  local: AnyRecord | null;
}

export function collectChanges(
  ctx: BackendContext,
  role: TeamRole,
): { changes: PushedChange[]; refused: StillRefused[] } {
  const bases = new Map<string, BaseRow>();
  for (const b of ctx.db.prepare('SELECT * FROM hub_base').all() as BaseRow[])
    bases.set(`${b.record_kind}/${b.record_key}`, b);
  const open = new Set(
    (
      ctx.db
        .prepare('SELECT record_kind, record_id FROM exchange_conflicts WHERE resolved_at IS NULL AND package_name = ?')
        .all(HUB_CONFLICT_SOURCE) as { record_kind: string; record_id: string }[]
    ).map((c) => `${c.record_kind}/${c.record_id}`),
  );
  const changes: PushedChange[] = [];
  const refused: StillRefused[] = [];
  const seen = new Set<string>();
  for (const kind of pushedKinds(role)) {
    const where = kind === 'actions' && role === 'shopper' ? ' WHERE audit_id IS NOT NULL' : '';
    const rows = ctx.db.prepare(`SELECT ${recordColumns[kind].join(', ')} FROM ${kind}${where}`).all() as AnyRecord[];
    for (const raw of rows) {
      const row = pick(kind, raw);
      const key = recordKey(kind, row);
      const id = `${kind}/${key}`;
      seen.add(id);
      const base = bases.get(id);
      const hash = recordHash(kind, row);
      // Template versions never change once made: only new ones travel.
      if (base?.base_hash === hash || open.has(id) || (kind === 'template_versions' && base)) continue;
      if (base?.refused_hash === hash) {
        refused.push({ base, local: row });
        continue;
      }
      changes.push({ kind, key, base: base ? (JSON.parse(base.base_json) as AnyRecord) : null, row });
    }
  }
  const kinds = new Set(pushedKinds(role));
  for (const [id, base] of bases) {
    if (seen.has(id) || !kinds.has(base.record_kind) || open.has(id)) continue;
    if (base.refused_hash === DELETED_HASH) {
      refused.push({ base, local: null });
      continue;
    }
    changes.push({
      kind: base.record_kind,
      key: base.record_key,
      base: JSON.parse(base.base_json) as AnyRecord,
      row: null,
      deleted: true,
    });
  }
  return { changes, refused };
}

export function setBase(ctx: BackendContext, kind: RecordKind, key: string, row: AnyRecord): void {
  ctx.db
    .prepare(
      `INSERT INTO hub_base (record_kind, record_key, base_json, base_hash) VALUES (?, ?, ?, ?)
       ON CONFLICT (record_kind, record_key) DO UPDATE SET base_json = excluded.base_json, base_hash = excluded.base_hash,
         refused_hash = NULL, refused_reason = NULL`,
    )
    .run(kind, key, JSON.stringify(pick(kind, row)), recordHash(kind, row));
}

export function dropBase(ctx: BackendContext, kind: RecordKind, key: string): void {
  ctx.db.prepare('DELETE FROM hub_base WHERE record_kind = ? AND record_key = ?').run(kind, key);
}

/**
 * Remembers that the hub refused this version of the record (a base row without one keeps an empty
 * base). When its visit was purged here, the kept base (the hub's version) loses the purged details
 * too: the hub may keep them, this laptop keeps no copy.
 */
export function markRefused(ctx: BackendContext, change: PushedChange, reason: string): void {
  const hash = change.deleted || !change.row ? DELETED_HASH : recordHash(change.kind, change.row);
  const auditId = recordAuditId(change.kind, change.row ?? change.base ?? {});
  const purged =
    auditId !== null &&
    typeof ctx.db.prepare('SELECT purged_at FROM audits WHERE id = ?').pluck().get(auditId) === 'string';
  // A photo's record holds none of the purged fields (the photo is gone): its base stays as it was.
  const kept = purged && change.base ? (withoutPurgedDetails(change.kind, change.base) ?? change.base) : null;
  const updated = kept
    ? ctx.db
        .prepare(
          'UPDATE hub_base SET refused_hash = ?, refused_reason = ?, base_json = ? WHERE record_kind = ? AND record_key = ?',
        )
        .run(hash, reason, JSON.stringify(kept), change.kind, change.key)
    : ctx.db
        .prepare('UPDATE hub_base SET refused_hash = ?, refused_reason = ? WHERE record_kind = ? AND record_key = ?')
        .run(hash, reason, change.kind, change.key);
  if (updated.changes === 0)
    ctx.db
      .prepare(
        "INSERT INTO hub_base (record_kind, record_key, base_json, base_hash, refused_hash, refused_reason) VALUES (?, ?, 'null', '', ?, ?)",
      )
      .run(change.kind, change.key, hash, reason);
}
