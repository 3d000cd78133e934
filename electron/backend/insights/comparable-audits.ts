import type { ComparableAudit } from '../../../shared/comparison/comparison-types';
import { auditScopeSchema } from '../../../shared/domain/audit';
import { scoreAudit } from '../../../shared/scoring/score-audit';
import type { AuditScore } from '../../../shared/scoring/score-types';
import type { BackendContext } from '../context';
import { readAnswers, readRecords, type AuditRow } from '../audits/audit-rows';
import { versionDefinition } from '../templates/template-rows';

export interface LoadedAudit extends ComparableAudit {
  clientId: string;
  templateId: string;
  status: AuditRow['status'];
  auditType: AuditRow['audit_type'];
  siteId: string | null;
  isTest: boolean;
  createdAt: string;
  score: AuditScore;
}

type Row = AuditRow & { template_id: string; last_seq: string | null };

/**
 * Scored audits, cached by id and version: a dashboard over hundreds of audits re-reads only the
 * ones written since. The version is the audit's stamp plus its last logged (or undone) change,
 * because two writes can share a millisecond.
 */
const cache = new WeakMap<BackendContext['db'], Map<string, { version: string; audit: LoadedAudit }>>();

function cacheFor(ctx: BackendContext) {
  let map = cache.get(ctx.db);
  if (!map) cache.set(ctx.db, (map = new Map()));
  return map;
}

function load(ctx: BackendContext, row: Row): LoadedAudit {
  const entries = cacheFor(ctx);
  const version = `${row.updated_at}#${row.last_seq ?? 0}`;
  const hit = entries.get(row.id);
  if (hit && hit.version === version) return hit.audit;
  const definition = versionDefinition(ctx, row.template_version_id);
  const scope = auditScopeSchema.parse(JSON.parse(row.scope_json));
  const answers = readAnswers(ctx, row.id);
  const audit: LoadedAudit = {
    id: row.id,
    clientId: row.client_id,
    templateId: row.template_id,
    status: row.status,
    auditType: row.audit_type,
    siteId: row.site_id ?? null,
    isTest: Boolean(row.is_test),
    createdAt: row.created_at,
    title: row.title,
    site: row.site,
    auditDate: row.audit_date,
    templateVersionId: row.template_version_id,
    definition,
    scope,
    answers,
    records: readRecords(ctx, row.id),
    score: scoreAudit(definition, scope, answers),
  };
  entries.set(row.id, { version, audit });
  return audit;
}

const SELECT = `SELECT a.*, v.template_id, (SELECT max(seq) || '.' || sum(undone) FROM audit_changes c WHERE c.audit_id = a.id) AS last_seq
  FROM audits a JOIN template_versions v ON v.id = a.template_version_id`;

/** A client's audits, oldest first (audit date, then creation), scored. */
export function loadClientAudits(ctx: BackendContext, clientId: string): LoadedAudit[] {
  const rows = ctx.db
    .prepare(`${SELECT} WHERE a.client_id = ? ORDER BY a.audit_date, a.created_at`)
    .all(clientId) as Row[];
  return rows.map((row) => load(ctx, row));
}

export function loadAudit(ctx: BackendContext, id: string): LoadedAudit | null {
  const row = ctx.db.prepare(`${SELECT} WHERE a.id = ?`).get(id) as Row | undefined;
  return row ? load(ctx, row) : null;
}

/**
 * The audit a follow-up is measured against: the one chosen for it, else the latest earlier audit
 * of the same client on the same template (any version) and, when there is one, the same site.
 */
export function baselineOf(ctx: BackendContext, audit: LoadedAudit): LoadedAudit | null {
  const chosen = (
    ctx.db.prepare('SELECT baseline_audit_id AS id FROM audits WHERE id = ?').get(audit.id) as
      { id: string | null } | undefined
  )?.id;
  if (chosen) return loadAudit(ctx, chosen);
  const earlier = ctx.db
    .prepare(
      `${SELECT} WHERE a.client_id = ? AND v.template_id = ? AND a.id != ? AND (a.audit_date < ? OR (a.audit_date = ? AND a.created_at < ?)) ORDER BY a.audit_date DESC, a.created_at DESC`,
    )
    .all(audit.clientId, audit.templateId, audit.id, audit.auditDate, audit.auditDate, audit.createdAt) as Row[];
  const row = earlier.find((r) => r.site === audit.site) ?? earlier[0];
  return row ? load(ctx, row) : null;
}
