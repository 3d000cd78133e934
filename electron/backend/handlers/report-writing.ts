import type { MethodName, MethodOutput, ParsedInput } from '../../../shared/contract';
import { AppError } from '../../../shared/result';
import { getAuditRow } from '../audits/audit-rows';
import type { BackendContext } from '../context';
import { write } from '../db/write';
import { writeCaption } from '../evidence/evidence-caption';
import { readReportWriting } from '../reports/report-writing-rows';

type WritingMethod = 'reports.getWriting' | 'reports.setText' | 'reports.setCaption';
type WritingHandlers = {
  [M in WritingMethod & MethodName]: (input: ParsedInput<M>, ctx: BackendContext) => MethodOutput<M>;
};

const COLUMN = { summary: 'summary', recommendations: 'recommendations' } as const;

/**
 * The report's own text, written by the consultant for the client. It is editorial, not a finding:
 * it can be written after the audit is complete (that is when reports are written), so the audit's
 * lock does not apply; it never changes a score.
 */
export const reportWritingHandlers: WritingHandlers = {
  'reports.getWriting'(input, ctx) {
    getAuditRow(ctx, input.auditId);
    return readReportWriting(ctx, input.auditId);
  },
  'reports.setText'(input, ctx) {
    const at = ctx.now().toISOString();
    const row = write(ctx.db, () => {
      const row = getAuditRow(ctx, input.auditId);
      ctx.db
        .prepare(
          `INSERT INTO report_texts (audit_id, ${COLUMN[input.field]}, updated_at) VALUES (?, ?, ?)
           ON CONFLICT (audit_id) DO UPDATE SET ${COLUMN[input.field]} = excluded.${COLUMN[input.field]}, updated_at = excluded.updated_at`,
        )
        .run(row.id, input.text, at);
      return row;
    });
    ctx.emit('audits.changed', { id: row.id, clientId: row.client_id });
    return { savedAt: at };
  },
  'reports.setCaption'(input, ctx) {
    const at = ctx.now().toISOString();
    // Editorial: written after completion too (no lock), into the photo's one caption.
    const row = write(ctx.db, () => writeCaption(ctx, input.evidenceId, input.caption, null));
    ctx.emit('audits.changed', { id: row.id, clientId: row.client_id });
    return { savedAt: at };
  },
};
