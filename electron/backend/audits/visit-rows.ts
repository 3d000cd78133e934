import { visitDurations, type ReviewStatus, type VisitInfo, type VisitTimestamps } from '../../../shared/domain/visit';
import type { BackendContext } from '../context';
import type { AuditRow } from './audit-row';

export function readTimestamps(ctx: BackendContext, auditId: string): VisitTimestamps {
  const rows = ctx.db.prepare('SELECT moment, at FROM visit_timestamps WHERE audit_id = ?').all(auditId) as {
    moment: string;
    at: string;
  }[];
  return Object.fromEntries(rows.map((r) => [r.moment, r.at]));
}

/** The tapped moments of many visits in one query (a wave view shows hundreds). */
export function readTimestampsOf(ctx: BackendContext, auditIds: readonly string[]): Map<string, VisitTimestamps> {
  const rows = ctx.db
    .prepare('SELECT audit_id, moment, at FROM visit_timestamps WHERE audit_id IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify(auditIds)) as { audit_id: string; moment: string; at: string }[];
  const out = new Map<string, VisitTimestamps>(auditIds.map((id) => [id, {}]));
  for (const r of rows) out.get(r.audit_id)![r.moment] = r.at;
  return out;
}

/** The visit part of an audit: its fields, tapped moments, derived durations and review. */
export function readVisit(ctx: BackendContext, row: AuditRow): VisitInfo {
  const site = row.site_id
    ? (ctx.db.prepare('SELECT name, region FROM sites WHERE id = ?').get(row.site_id) as
        { name: string; region: string } | undefined)
    : undefined;
  const wave = row.wave_id
    ? (ctx.db.prepare('SELECT name FROM waves WHERE id = ?').get(row.wave_id) as { name: string } | undefined)
    : undefined;
  const timestamps = readTimestamps(ctx, row.id);
  return {
    siteId: site ? row.site_id! : null,
    siteName: site?.name ?? null,
    siteRegion: site?.region ?? null,
    waveId: wave ? row.wave_id! : null,
    waveName: wave?.name ?? null,
    scenario: row.scenario ?? '',
    shopper: row.shopper ?? '',
    plannedDate: row.planned_date ?? null,
    startedAt: row.started_at ?? null,
    endedAt: row.ended_at ?? null,
    timestamps,
    durations: visitDurations(timestamps),
    review: {
      status: (row.review_status ?? 'none') as ReviewStatus,
      comment: row.review_comment ?? '',
      at: row.reviewed_at ?? null,
    },
  };
}
