import type { RefusedChangeView } from '../../../shared/api/team-api';
import { recordAuditId, type AnyRecord, type RecordKind } from '../../../shared/exchange/package-format';
import { isRefusalCode } from '../../../shared/sync/hub-protocol';
import type { BackendContext } from '../context';
import { keyColumns, selectLocal } from '../exchange/records';
import { versionDefinition } from '../templates/template-rows';
import { type BaseRow } from './local-changes';

/**
 * The changes the hub refused, one by one: which record (in the template's words where it has
 * them), in which visit, and why. Only those still waiting: a record changed again since is tried
 * again at the next sync and leaves this list.
 */
export function refusedChanges(ctx: BackendContext): RefusedChangeView[] {
  const rows = ctx.db
    .prepare('SELECT * FROM hub_base WHERE refused_hash IS NOT NULL ORDER BY record_kind, record_key')
    .all() as BaseRow[];
  const visit = ctx.db.prepare('SELECT id, title, template_version_id FROM audits WHERE id = ?');
  const out: RefusedChangeView[] = [];
  for (const r of rows) {
    const base = JSON.parse(r.base_json) as AnyRecord | null;
    const local = base ? selectLocal(ctx, r.record_kind, base) : selectLocalByKey(ctx, r.record_kind, r.record_key);
    const row = local ?? base;
    // Still refused only while the record is as it was pushed.
    if (!row) continue;
    const auditId = recordAuditId(r.record_kind, row);
    const audit = auditId
      ? (visit.get(auditId) as { id: string; title: string; template_version_id: string } | undefined)
      : undefined;
    out.push({
      kind: r.record_kind,
      key: r.record_key,
      visit: audit ? { id: audit.id, title: audit.title } : null,
      what: describe(ctx, r.record_kind, row, audit?.template_version_id),
      deleted: !local,
      code: r.refused_reason && isRefusalCode(r.refused_reason) ? r.refused_reason : null,
      reason: r.refused_reason ?? '',
    });
  }
  return out;
}

/** A record never synced has an empty base: find it here by its key (the key columns joined by "/"). */
function selectLocalByKey(ctx: BackendContext, kind: RecordKind, key: string): AnyRecord | undefined {
  const columns = keyColumns(kind);
  const parts = columns.length === 1 ? [key] : key.split('/');
  if (parts.length !== columns.length) return undefined;
  return selectLocal(ctx, kind, Object.fromEntries(columns.map((c, i) => [c, parts[i]!])));
}

function describe(ctx: BackendContext, kind: RecordKind, row: AnyRecord, versionId: string | undefined): string {
  const definition = versionId ? safe(() => versionDefinition(ctx, versionId)) : null;
  const touchpoint = definition?.touchpoints.find((t) => t.id === row.touchpoint_id);
  const tp = touchpoint?.name ?? String(row.touchpoint_id ?? '');
  switch (kind) {
    case 'answers':
      return `${tp}: ${touchpoint?.criteria.find((c) => c.id === row.criterion_id)?.question ?? String(row.criterion_id)}`;
    case 'touchpoint_records':
      return tp;
    case 'evidence':
      return `${String(row.original_name)} (${tp})`;
    case 'visit_timestamps':
      return String(row.moment);
    case 'audit_metrics':
      return '';
    default:
      return String(row.title ?? row.name ?? row.id ?? '');
  }
}

function safe<T>(f: () => T): T | null {
  try {
    return f();
  } catch {
    return null;
  }
}
