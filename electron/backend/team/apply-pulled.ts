import fs from 'node:fs';
import { recordAuditId, type AnyRecord, type RecordKind } from '../../../shared/exchange/package-format';
import type { PulledChange, PulledConflict, PullResult } from '../../../shared/sync/hub-protocol';
import { mergeFields } from '../../../shared/sync/merge-fields';
import { withoutPurgedDetails } from '../../../shared/privacy/purged-fields';
import { AppError } from '../../../shared/result';
import type { BackendContext } from '../context';
import { write } from '../db/write';
import { processPhoto, type ProcessedPhoto } from '../evidence/photo-processing';
import {
  displayPath,
  EXT_BY_MIME,
  insertRecord,
  keyColumns,
  originalPath,
  pick,
  recordHash,
  selectLocal,
  updateRecord,
} from '../exchange/records';
import { writeFileAtomic } from '../../files/write-file-atomic';
import { dropBase, setBase, type BaseRow } from './local-changes';
import { HUB_CONFLICT_SOURCE, updateLink } from './team-link';

export interface AppliedPage {
  audits: Map<string, string>;
  clients: Set<string>;
  templates: Set<string>;
  conflicts: number;
}

/**
 * Photos of evidence this laptop does not have yet, fetched and checked (by hash and by decoding)
 * before the page's transaction: a photo never arrives half-written, a row never without its photo.
 */
export async function fetchPagePhotos(
  ctx: BackendContext,
  page: PullResult,
  getPhoto: (sha: string) => Promise<Uint8Array>,
): Promise<Map<string, ProcessedPhoto>> {
  const out = new Map<string, ProcessedPhoto>();
  const local = ctx.db.prepare('SELECT 1 FROM evidence WHERE id = ?');
  const purged = purgedVisits(ctx);
  for (const c of page.changes) {
    if (c.kind !== 'evidence' || c.deleted || local.get(c.row.id) || out.has(String(c.row.sha256))) continue;
    // A purged visit's photos never come back: not even their files are written.
    if (purged(String(c.row.audit_id))) continue;
    const sha = String(c.row.sha256);
    const ext = EXT_BY_MIME[String(c.row.mime)] ?? 'bin';
    const file = originalPath(ctx.dataDir, sha, ext);
    const bytes = fs.existsSync(file) ? fs.readFileSync(file) : Buffer.from(await getPhoto(sha));
    const photo = await processPhoto(String(c.row.original_name), bytes);
    if (photo.sha256 !== sha) throw new AppError('INVALID_FILE', `The hub sent photo ${sha} with other content.`);
    if (!fs.existsSync(file)) writeFileAtomic(file, photo.original);
    const display = displayPath(ctx.dataDir, sha);
    if (!fs.existsSync(display)) writeFileAtomic(display, photo.display);
    out.set(sha, photo);
  }
  return out;
}

/** Whether a visit here had its shopper's details removed by a privacy purge. */
function purgedVisits(ctx: BackendContext): (auditId: string | null) => boolean {
  const get = ctx.db.prepare('SELECT purged_at FROM audits WHERE id = ?').pluck();
  return (auditId) => auditId !== null && typeof get.get(auditId) === 'string';
}

/**
 * The hub's version of a record as this laptop may keep it: for a visit purged here, without the
 * names, free text and photos the purge removed (null: not kept at all). The hub may still hold
 * them (the purge travels only where the hub accepts it); a pull never brings them back.
 */
function keepable(purged: (auditId: string | null) => boolean, kind: RecordKind, row: AnyRecord): AnyRecord | null {
  return purged(recordAuditId(kind, row)) ? withoutPurgedDetails(kind, row) : row;
}

/** Applies one pulled page and moves the cursor past it, in one transaction: all of it or none. */
export function applyPulledPage(
  ctx: BackendContext,
  page: PullResult,
  deviceId: string,
  photos: Map<string, ProcessedPhoto>,
): AppliedPage {
  const applied: AppliedPage = { audits: new Map(), clients: new Set(), templates: new Set(), conflicts: 0 };
  write(ctx.db, () => {
    ctx.db.pragma('defer_foreign_keys = ON');
    const items: (PulledChange | (PulledConflict & { conflict: true }))[] = [
      ...page.changes,
      ...page.conflicts.map((c) => ({ ...c, conflict: true as const })),
    ].sort((a, b) => a.seq - b.seq);
    const purged = purgedVisits(ctx);
    for (const item of items) {
      if ('conflict' in item) {
        const hubRow = keepable(purged, item.kind, item.hubRow);
        const pushedRow = keepable(purged, item.kind, item.pushedRow);
        if (hubRow && pushedRow) applyConflict(ctx, { ...item, hubRow, pushedRow }, deviceId, applied);
      } else if (item.deleted) applyChange(ctx, item, photos, applied);
      else {
        const row = keepable(purged, item.kind, item.row);
        if (row) applyChange(ctx, { ...item, row }, photos, applied);
      }
    }
    const violations = ctx.db.pragma('foreign_key_check') as unknown[];
    if (violations.length > 0)
      throw new AppError(
        'INVALID_FILE',
        `The hub sent records that refer to records this laptop does not have (${violations.length}).`,
      );
    updateLink(ctx, { cursor: page.cursor });
  });
  return applied;
}

const baseOf = (ctx: BackendContext, kind: RecordKind, key: string) =>
  ctx.db.prepare('SELECT * FROM hub_base WHERE record_kind = ? AND record_key = ?').get(kind, key) as
    BaseRow | undefined;

function touched(ctx: BackendContext, kind: RecordKind, row: AnyRecord, applied: AppliedPage): void {
  if (kind === 'clients') applied.clients.add(String(row.id));
  if (kind === 'templates') applied.templates.add(String(row.id));
  const auditId = recordAuditId(kind, row);
  if (!auditId) return;
  const clientId =
    kind === 'audits'
      ? row.client_id
      : ctx.db.prepare('SELECT client_id FROM audits WHERE id = ?').pluck().get(auditId);
  if (typeof clientId === 'string') applied.audits.set(auditId, clientId);
}

function applyChange(
  ctx: BackendContext,
  c: PulledChange,
  photos: Map<string, ProcessedPhoto>,
  applied: AppliedPage,
): void {
  const incoming = pick(c.kind, c.row);
  const local = selectLocal(ctx, c.kind, incoming);
  const base = baseOf(ctx, c.kind, c.key);
  if (c.deleted) {
    if (!local) return dropBase(ctx, c.kind, c.key);
    // Deleted on the hub: gone here too, unless it was changed here since (then it travels back).
    if (base && base.base_hash === recordHash(c.kind, local)) {
      const keys = keyColumns(c.kind);
      ctx.db
        .prepare(`DELETE FROM ${c.kind} WHERE ${keys.map((k) => `${k} = ?`).join(' AND ')}`)
        .run(...keys.map((k) => local[k]));
      touched(ctx, c.kind, local, applied);
    }
    return dropBase(ctx, c.kind, c.key);
  }
  if (!local) {
    insertPulled(ctx, c.kind, incoming, photos);
    touched(ctx, c.kind, incoming, applied);
  } else {
    // Local changes not yet on the hub stay; fields only the hub changed come in.
    const m = mergeFields(c.kind, base ? (JSON.parse(base.base_json) as AnyRecord | null) : null, incoming, local);
    if (m.changed) {
      updateRecord(ctx, c.kind, m.merged);
      touched(ctx, c.kind, m.merged, applied);
    }
    if (m.conflicts.length > 0) storeConflict(ctx, c.kind, c.key, local, incoming, applied);
  }
  setBase(ctx, c.kind, c.key, incoming);
}

function insertPulled(
  ctx: BackendContext,
  kind: RecordKind,
  row: AnyRecord,
  photos: Map<string, ProcessedPhoto>,
): void {
  if (kind === 'evidence') {
    const photo = photos.get(String(row.sha256));
    if (!photo) throw new AppError('INVALID_FILE', `The photo ${row.sha256} did not arrive from the hub.`);
    return insertRecord(ctx, kind, row, { thumb_data_url: photo.thumbDataUrl });
  }
  if (kind === 'templates' && row.builtin_key) {
    // This laptop has its own copy of the built-in: the team's travels as a user template.
    const clash = ctx.db
      .prepare('SELECT 1 FROM templates WHERE builtin_key = ? AND language = ?')
      .get(row.builtin_key, row.language);
    if (clash) return insertRecord(ctx, kind, { ...row, builtin_key: null });
  }
  if (kind === 'template_versions') {
    const taken = ctx.db
      .prepare('SELECT 1 FROM template_versions WHERE template_id = ? AND version = ?')
      .get(row.template_id, row.version);
    if (taken) {
      const next =
        (ctx.db
          .prepare('SELECT MAX(version) FROM template_versions WHERE template_id = ?')
          .pluck()
          .get(row.template_id) as number) + 1;
      return insertRecord(ctx, kind, { ...row, version: next });
    }
  }
  if (
    kind === 'audits' &&
    row.baseline_audit_id &&
    !ctx.db.prepare('SELECT 1 FROM audits WHERE id = ?').get(row.baseline_audit_id)
  )
    return insertRecord(ctx, kind, { ...row, baseline_audit_id: null });
  insertRecord(ctx, kind, row);
}

/**
 * The same field was changed here and on another laptop: the hub kept one version, and both
 * laptops keep the other as an open conflict for a person to settle (as with packages). The base
 * becomes the hub's version, so whichever side is kept travels as the newer one.
 */
function applyConflict(ctx: BackendContext, c: PulledConflict, deviceId: string, applied: AppliedPage): void {
  const other = pick(c.kind, c.pushedByDevice === deviceId ? c.hubRow : c.pushedRow);
  const local = selectLocal(ctx, c.kind, other);
  setBase(ctx, c.kind, c.key, c.hubRow);
  if (!local || recordHash(c.kind, local) === recordHash(c.kind, other)) return;
  storeConflict(ctx, c.kind, c.key, local, other, applied);
}

function storeConflict(
  ctx: BackendContext,
  kind: RecordKind,
  key: string,
  local: AnyRecord,
  incoming: AnyRecord,
  applied: AppliedPage,
): void {
  // One open hub conflict per record: a newer version from the hub replaces the one waiting.
  const open = ctx.db
    .prepare(
      'SELECT id, incoming_json FROM exchange_conflicts WHERE record_kind = ? AND record_id = ? AND resolved_at IS NULL AND package_name = ?',
    )
    .get(kind, key, HUB_CONFLICT_SOURCE) as { id: string; incoming_json: string } | undefined;
  if (open) {
    if (recordHash(kind, JSON.parse(open.incoming_json) as AnyRecord) !== recordHash(kind, incoming))
      ctx.db
        .prepare('UPDATE exchange_conflicts SET incoming_json = ?, local_json = ?, detected_at = ? WHERE id = ?')
        .run(JSON.stringify(incoming), JSON.stringify(local), ctx.now().toISOString(), open.id);
    return;
  }
  ctx.db
    .prepare(
      'INSERT INTO exchange_conflicts (id, record_kind, record_id, audit_id, local_json, incoming_json, package_name, detected_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    )
    .run(
      ctx.newId(),
      kind,
      key,
      recordAuditId(kind, incoming),
      JSON.stringify(local),
      JSON.stringify(incoming),
      HUB_CONFLICT_SOURCE,
      ctx.now().toISOString(),
    );
  applied.conflicts++;
  touched(ctx, kind, local, applied);
}
