import { isAnswered, touchpointsInScope, type AnswerValue, type AuditScope } from '../domain/audit';
import type { TemplateDefinition } from '../domain/template';
import { reason, type Reason } from '../reasons/reason';
import { visitTimesRefusal } from './record-links';

/**
 * The states an audit can be in, as the API makes them: completing needs every criterion answered
 * (or N/A) and stamps the time; only a completed mystery-shop visit is reviewed or returned, and
 * both stamp the time; only a visit has a wave, scenario, shopper, planned date, start and end or
 * timestamps. A stored audit (an import, a push) in any other state is refused with these reasons.
 */

export interface CriterionRef {
  touchpointId: string;
  criterionId: string;
}

/**
 * The criteria of the scope still to be answered (or marked N/A) before the audit can be completed,
 * in walk order: `audits.complete` refuses while there is one, and a stored complete audit may have none.
 */
export function unansweredCriteria(
  definition: TemplateDefinition,
  scope: AuditScope,
  valueOf: (touchpointId: string, criterionId: string) => AnswerValue | null | undefined,
): CriterionRef[] {
  const out: CriterionRef[] = [];
  for (const { touchpoint } of touchpointsInScope(definition, scope))
    for (const criterion of touchpoint.criteria)
      if (!isAnswered(valueOf(touchpoint.id, criterion.id), criterion))
        out.push({ touchpointId: touchpoint.id, criterionId: criterion.id });
  return out;
}

/** An audit's stored columns that say how far it went (the database's own names). */
export interface AuditStateRow {
  audit_type: string;
  status: string;
  completed_at: string | null;
  review_status: string;
  review_comment: string;
  reviewed_at: string | null;
  wave_id: string | null;
  scenario: string;
  shopper: string;
  planned_date: string | null;
  started_at: string | null;
  ended_at: string | null;
}

/**
 * Why no API call leaves an audit in this state, or null when one can. `unanswered` are the criteria
 * of its scope without an answer (see unansweredCriteria) and `timestamps` whether it has visit
 * timestamps. What a privacy purge empties later (notes, the review comment, photos) is not required
 * here, so a completed visit's later purge does not make it unacceptable; the fails' comments and the
 * photos' redaction, which `audits.complete` also checks, are for that reason left to the moment of completing.
 */
export function auditStateRefusal(
  audit: AuditStateRow,
  unanswered: readonly CriterionRef[],
  timestamps: boolean,
): Reason | null {
  const complete = audit.status === 'complete';
  if (complete && audit.completed_at === null) return reason('completeWithoutTime');
  if (!complete && audit.completed_at !== null) return reason('completedTimeNotComplete');
  if (complete && unanswered.length) {
    const first = unanswered[0]!;
    return reason('completeUnanswered', {
      count: unanswered.length,
      criterion: `${first.touchpointId}/${first.criterionId}`,
    });
  }
  const times = visitTimesRefusal(audit.started_at, audit.ended_at);
  if (times) return times;
  const visit = audit.audit_type === 'mystery-shop';
  if (audit.review_status !== 'none') {
    if (!visit) return reason('reviewNotVisit');
    if (audit.review_status === 'reviewed' && !complete) return reason('reviewedNotComplete');
    if (audit.reviewed_at === null) return reason('reviewWithoutTime');
  } else if (audit.reviewed_at !== null || audit.review_comment !== '') return reason('reviewFieldsUnreviewed');
  if (
    !visit &&
    (audit.wave_id !== null ||
      audit.scenario !== '' ||
      audit.shopper !== '' ||
      audit.planned_date !== null ||
      audit.started_at !== null ||
      audit.ended_at !== null ||
      timestamps)
  )
    return reason('visitFieldsOnWalkthrough');
  return null;
}
