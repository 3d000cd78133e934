import { conflictSubjects } from './conflict-definitions';
import { createHash } from 'node:crypto';
import type { ConflictSummary, ImportAction, KindCounts, PackagePreview } from '../../../shared/api/exchange-api';
import { RECORD_KINDS, recordAuditId, type AnyRecord, type RecordKind } from '../../../shared/exchange/package-format';
import { reason, type Reason, type ReasonKey } from '../../../shared/reasons/reason';
import { AppError } from '../../../shared/result';
import { auditLock, type AuditLock } from '../../../shared/rules/locks';
import { packageContentRefusals } from '../../../shared/rules/package-rules';
import { packageSurroundings } from './package-surroundings';
import type { BackendContext } from '../context';
import {
  differences,
  EXT_BY_MIME,
  exists,
  getBase,
  originalPath,
  recordHash,
  recordKey,
  recordLabel,
  selectLocal,
} from './records';
import type { ReadPackage } from './read-package';

export interface PlannedItem {
  kind: RecordKind;
  key: string;
  row: AnyRecord;
  action: ImportAction;
  hash: string;
  local?: AnyRecord;
  /** Why a record is refused (action 'refused'): its audit is locked here. */
  reason?: Reason;
}

export interface ImportPlan {
  preview: PackagePreview;
  items: PlannedItem[];
  /** Package template id -> the local template its versions hang on (the same id, or the local copy of a built-in). */
  templateIds: Map<string, string>;
}

const emptyCounts = (): KindCounts => ({ add: 0, update: 0, unchanged: 0, conflict: 0, refused: 0 });

const refusePackage = (why: Reason): never => {
  throw AppError.because('INVALID_FILE', why, 'Nothing was imported.');
};

const LOCKED_HERE: Record<AuditLock | 'purged', ReasonKey> = {
  purged: 'lockedPurged',
  complete: 'lockedComplete',
  reviewed: 'lockedReviewed',
};

/**
 * The rule book's content checks (the same rules the API applies to input) and the id collisions
 * with this database: a package that breaks one is refused whole, naming the record.
 */
function refuseBrokenContent(ctx: BackendContext, pkg: ReadPackage): void {
  const refusals = packageContentRefusals(pkg.records, packageSurroundings(ctx));
  if (refusals.length) {
    const why = refusals[0]!.reason;
    refusePackage(
      refusals.length > 1
        ? reason('breaksRulesMore', { why, more: refusals.length - 1 })
        : reason('breaksRules', { why }),
    );
  }
  // An answer is known by audit, touchpoint and criterion; its id must not belong to another answer here.
  const answerById = ctx.db.prepare('SELECT audit_id, touchpoint_id, criterion_id FROM answers WHERE id = ?');
  for (const a of pkg.records.answers) {
    const local = answerById.get(a.id) as { audit_id: string; touchpoint_id: string; criterion_id: string } | undefined;
    if (
      local &&
      (local.audit_id !== a.audit_id ||
        local.touchpoint_id !== a.touchpoint_id ||
        local.criterion_id !== a.criterion_id)
    )
      refusePackage(
        reason('answerIdTaken', {
          id: a.id,
          criterion: `${a.touchpoint_id}/${a.criterion_id}`,
          localCriterion: `${local.touchpoint_id}/${local.criterion_id}`,
        }),
      );
  }
  // Evidence never changes: the same id with other content is another photo. The same photo may
  // come back as the redacted copy this laptop made of it (a package exported without originals).
  const evidenceById = ctx.db.prepare(
    'SELECT audit_id, touchpoint_id, sha256, redacted_sha256 FROM evidence WHERE id = ?',
  );
  for (const e of pkg.records.evidence) {
    const local = evidenceById.get(e.id) as
      { audit_id: string; touchpoint_id: string; sha256: string; redacted_sha256: string | null } | undefined;
    if (
      local &&
      (local.audit_id !== e.audit_id ||
        local.touchpoint_id !== e.touchpoint_id ||
        (local.sha256 !== e.sha256 && local.redacted_sha256 !== e.sha256))
    )
      refusePackage(reason('photoIdTaken', { id: e.id }));
  }
}

/**
 * A package's records are not changed once read, and an import plans twice (before its photos are
 * checked, then inside its transaction): each record's hash is computed once.
 */
const packageHashes = new WeakMap<AnyRecord, string>();
function packageRowHash(kind: RecordKind, row: AnyRecord): string {
  let hash = packageHashes.get(row);
  if (hash === undefined) packageHashes.set(row, (hash = recordHash(kind, row)));
  return hash;
}

/**
 * What importing the package would do, record by record, from content hashes: unchanged when both
 * sides are equal; update when only the package changed since the last exchange; kept when only the
 * local record did; conflict when both did (or when the record never travelled yet both exist).
 * Reads only; refuses a template version whose id is known here with other content.
 */
export function planImport(ctx: BackendContext, pkg: ReadPackage): ImportPlan {
  refuseBrokenContent(ctx, pkg);
  const items: PlannedItem[] = [];
  const templateIds = new Map<string, string>();
  const r = pkg.records;
  const lockOf = ctx.db.prepare('SELECT status, review_status, title, purged_at FROM audits WHERE id = ?');
  const locks = new Map<string, { lock: AuditLock | 'purged'; title: string } | null>();
  /** The lock of a local audit a record would write to (actions belong to the client's plan, not the audit). */
  const lockFor = (kind: RecordKind, row: AnyRecord) => {
    const auditId = kind === 'actions' ? null : recordAuditId(kind, row);
    if (!auditId) return null;
    if (!locks.has(auditId)) {
      const local = lockOf.get(auditId) as
        { status: string; review_status: string; title: string; purged_at: string | null } | undefined;
      // A visit whose shopper's details a privacy purge removed takes no older copy of them back.
      const lock = local ? (local.purged_at ? 'purged' : auditLock(local)) : null;
      locks.set(auditId, lock && local ? { lock, title: local.title } : null);
    }
    return locks.get(auditId)!;
  };
  const localAudit = ctx.db.prepare('SELECT 1 FROM audits WHERE id = ?');
  const packageAudits = new Set(r.audits.map((a) => a.id));

  for (const t of r.templates) {
    const row = t as unknown as AnyRecord;
    const hash = recordHash('templates', row);
    if (ctx.db.prepare('SELECT 1 FROM templates WHERE id = ?').get(t.id)) {
      templateIds.set(t.id, t.id);
      items.push({ kind: 'templates', key: t.id, row, action: 'unchanged', hash });
      continue;
    }
    const builtin = t.builtin_key
      ? (ctx.db
          .prepare('SELECT id FROM templates WHERE builtin_key = ? AND language = ?')
          .pluck()
          .get(t.builtin_key, t.language) as string | undefined)
      : undefined;
    templateIds.set(t.id, builtin ?? t.id);
    items.push({ kind: 'templates', key: t.id, row, action: builtin ? 'unchanged' : 'add', hash });
  }
  for (const v of r.template_versions) {
    const row = v as unknown as AnyRecord;
    const local = ctx.db.prepare('SELECT definition_json FROM template_versions WHERE id = ?').pluck().get(v.id) as
      string | undefined;
    if (local !== undefined && local !== v.definition_json) {
      refusePackage(reason('versionChanged', { id: v.id }));
    }
    items.push({
      kind: 'template_versions',
      key: v.id,
      row,
      action: local === undefined ? 'add' : 'unchanged',
      hash: recordHash('template_versions', row),
    });
  }

  for (const kind of RECORD_KINDS) {
    if (kind === 'templates' || kind === 'template_versions') continue;
    for (const original of r[kind] as unknown as AnyRecord[]) {
      let row = original;
      // A baseline that is neither in the package nor here cannot be linked.
      if (
        kind === 'audits' &&
        row.baseline_audit_id &&
        !packageAudits.has(String(row.baseline_audit_id)) &&
        !localAudit.get(row.baseline_audit_id)
      )
        row = { ...row, baseline_audit_id: null };
      const key = recordKey(kind, row);
      const hash = row === original ? packageRowHash(kind, row) : recordHash(kind, row);
      const local = selectLocal(ctx, kind, row);
      let action: ImportAction;
      if (!local) action = 'add';
      else {
        const localHash = recordHash(kind, local);
        if (localHash === hash || kind === 'evidence') action = 'unchanged';
        else {
          const base = getBase(ctx, kind, key);
          if (base === localHash) action = 'update';
          else if (base === hash) action = 'unchanged';
          else action = 'conflict';
        }
      }
      const locked = action === 'unchanged' ? null : lockFor(kind, row);
      if (locked) {
        const why = reason(LOCKED_HERE[locked.lock], { title: locked.title });
        items.push(
          local
            ? { kind, key, row, action: 'refused', hash, local, reason: why }
            : { kind, key, row, action: 'refused', hash, reason: why },
        );
      } else items.push(local ? { kind, key, row, action, hash, local } : { kind, key, row, action, hash });
    }
  }

  const counts: Partial<Record<RecordKind, KindCounts>> = {};
  const totals = emptyCounts();
  for (const item of items) {
    (counts[item.kind] ??= emptyCounts())[item.action]++;
    totals[item.action]++;
  }
  const titles = new Map(r.audits.map((a) => [a.id, a.title]));
  const subjectOf = conflictSubjects(ctx);
  const conflicts: ConflictSummary[] = items
    .filter((i) => i.action === 'conflict')
    .map((i) => {
      const auditId = recordAuditId(i.kind, i.row);
      return {
        kind: i.kind,
        recordId: i.key,
        auditId,
        auditTitle: auditId ? (titles.get(auditId) ?? null) : null,
        label: recordLabel(i.kind, i.row),
        subject: subjectOf(i.kind, i.row),
        differences: differences(i.kind, i.local ?? null, i.row),
      };
    });
  const perAudit = new Map<string, ImportAction>();
  const rank: Record<ImportAction, number> = { unchanged: 0, refused: 1, update: 2, conflict: 3, add: 4 };
  for (const item of items) {
    const auditId = recordAuditId(item.kind, item.row);
    if (!auditId || !titles.has(auditId)) continue;
    const was = perAudit.get(auditId) ?? 'unchanged';
    const next =
      item.kind === 'audits' && item.action === 'add' ? 'add' : item.action === 'add' ? 'update' : item.action;
    if (rank[next] > rank[was]) perAudit.set(auditId, next);
  }
  const shas = new Map<string, string>();
  for (const e of r.evidence) shas.set(e.sha256, EXT_BY_MIME[e.mime] ?? 'bin');
  // A photo is new when a record that will be added brings it and its file is not here yet.
  const added = new Set(
    items.filter((i) => i.kind === 'evidence' && i.action === 'add').map((i) => String(i.row.sha256)),
  );
  const newPhotos = [...shas].filter(
    ([sha, ext]) => added.has(sha) && !exists(originalPath(ctx.dataDir, sha, ext)),
  ).length;
  const refused = items
    .filter((i) => i.action === 'refused')
    .map((i) => {
      const auditId = recordAuditId(i.kind, i.row);
      return {
        kind: i.kind,
        recordId: i.key,
        auditId,
        auditTitle: auditId ? (titles.get(auditId) ?? null) : null,
        label: recordLabel(i.kind, i.row),
        reason: i.reason!,
      };
    });
  const preview: PackagePreview = {
    name: pkg.manifest.name,
    createdAt: pkg.manifest.createdAt,
    appVersion: pkg.manifest.appVersion,
    counts,
    totals,
    audits: r.audits.map((a) => ({
      id: a.id,
      title: a.title,
      auditDate: a.audit_date,
      action: perAudit.get(a.id) ?? 'unchanged',
    })),
    conflicts,
    refused,
    photos: { total: shas.size, new: newPhotos },
    planHash: planFingerprint(items),
  };
  return { preview, items, templateIds };
}

/** One string for what a plan does to each record: the preview's promise, checked again by the import. */
export function planFingerprint(items: readonly PlannedItem[]): string {
  return createHash('sha256')
    .update(items.map((i) => `${i.kind}\u0000${i.key}\u0000${i.action}\u0000${i.hash}`).join('\n'))
    .digest('hex');
}
