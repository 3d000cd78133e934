import type { RefusedChangeView } from '../../../shared/api/team-api';
import { recordAuditId, type AnyRecord, type RecordKind } from '../../../shared/exchange/package-format';
import { isRefusalCode } from '../../../shared/sync/hub-protocol';
import type { BackendContext } from '../context';
import { versionDefinition } from '../templates/template-rows';
import { collectChanges } from './local-changes';
import { readLink } from './team-link';

/**
 * The changes the hub refused, one by one: which record (in the template's words where it has
 * them), in which visit, and why. Exactly those the sync state counts: a record changed again
 * since is tried again at the next sync and is not listed.
 */
export function refusedChanges(ctx: BackendContext): RefusedChangeView[] {
  const link = readLink(ctx);
  if (!link) return [];
  const visit = ctx.db.prepare('SELECT id, title, template_version_id FROM audits WHERE id = ?');
  return collectChanges(ctx, link.role)
    .refused.map(({ base, local }): RefusedChangeView | null => {
      const row = local ?? (JSON.parse(base.base_json) as AnyRecord | null);
      if (!row) return null;
      const auditId = recordAuditId(base.record_kind, row);
      const audit = auditId
        ? (visit.get(auditId) as { id: string; title: string; template_version_id: string } | undefined)
        : undefined;
      const reason = base.refused_reason ?? '';
      return {
        kind: base.record_kind,
        key: base.record_key,
        visit: audit ? { id: audit.id, title: audit.title } : null,
        what: describe(ctx, base.record_kind, row, audit?.template_version_id),
        deleted: local === null,
        code: isRefusalCode(reason) ? reason : null,
        reason,
      };
    })
    .filter((r): r is RefusedChangeView => r !== null)
    .sort((a, b) => a.kind.localeCompare(b.kind) || a.key.localeCompare(b.key));
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

/** A template version this laptop cannot read only loses the words, not the list. */
function safe<T>(f: () => T): T | null {
  try {
    return f();
  } catch {
    return null;
  }
}
