import type { TouchpointRecord } from '../domain/audit';
import type { AuditScore, TouchpointScore } from '../scoring/score-types';
import { touchpointFails } from '../rules/touchpoint-fails';

/** Why a touchpoint is in the report's findings (several may apply). */
export type FindingReason = 'knockout' | 'fails' | 'painPoints' | 'momentOfTruth';

export interface FocusedFinding {
  touchpointId: string;
  reasons: FindingReason[];
  /** The criteria worth the client's attention: failed ones (knock-outs first); the rest are in the appendix. */
  criterionIds: string[];
}

/**
 * The findings a client reads: only touchpoints that matter (a failed knock-out, a failing
 * score, pain points written, or a moment of truth), each with its failed criteria. Every answer
 * stays in the appendix. In walk order.
 */
export function focusedFindings(score: AuditScore, records: readonly TouchpointRecord[]): FocusedFinding[] {
  const pains = new Set(records.filter((r) => r.painPoints.trim() !== '').map((r) => r.touchpointId));
  const reasonsOf = (tp: TouchpointScore): FindingReason[] => {
    const out: FindingReason[] = [];
    if (tp.criticalFailed) out.push('knockout');
    else if (touchpointFails(tp)) out.push('fails');
    if (pains.has(tp.touchpointId)) out.push('painPoints');
    if (tp.momentOfTruth) out.push('momentOfTruth');
    return out;
  };
  const out: FocusedFinding[] = [];
  for (const tp of score.touchpoints) {
    const reasons = reasonsOf(tp);
    if (!reasons.length) continue;
    const failed = tp.criteria.filter((c) => c.failed);
    out.push({
      touchpointId: tp.touchpointId,
      reasons,
      criterionIds: [...failed.filter((c) => c.criticalFailed), ...failed.filter((c) => !c.criticalFailed)].map(
        (c) => c.criterionId,
      ),
    });
  }
  return out;
}
