import type { Action } from '../domain/action';

/**
 * Which actions belong to the report of an audit: the ones planned from that audit, the ones planned
 * from its baseline (a follow-up is where the client sees what became of them), and the client's
 * plan items tied to no audit. Every report and export of an audit uses this one rule, so the PDF
 * and the spreadsheet never list different plans. A whole-client export takes every action.
 */
export function actionsOfReport<A extends Pick<Action, 'auditId'>>(
  actions: readonly A[],
  report: { auditId: string; baselineId: string | null },
): A[] {
  return actions.filter((a) => a.auditId === null || a.auditId === report.auditId || a.auditId === report.baselineId);
}
