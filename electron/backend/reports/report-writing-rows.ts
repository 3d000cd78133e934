import type { ReportWriting } from '../../../shared/api/report-writing-api';
import type { BackendContext } from '../context';

/** The consultant's writing for an audit's report; empty texts when nothing was written yet. */
export function readReportWriting(ctx: BackendContext, auditId: string): ReportWriting {
  const row = ctx.db
    .prepare('SELECT summary, recommendations, updated_at FROM report_texts WHERE audit_id = ?')
    .get(auditId) as { summary: string; recommendations: string; updated_at: string } | undefined;
  const captions = ctx.db
    .prepare("SELECT id AS evidence_id, caption FROM evidence WHERE audit_id = ? AND caption <> ''")
    .all(auditId) as { evidence_id: string; caption: string }[];
  return {
    summary: row?.summary ?? '',
    recommendations: row?.recommendations ?? '',
    captions: Object.fromEntries(captions.map((c) => [c.evidence_id, c.caption])),
    updatedAt: row?.updated_at ?? null,
  };
}
