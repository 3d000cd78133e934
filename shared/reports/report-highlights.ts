import type { TouchpointRecord } from '../domain/audit';
import type { TemplateDefinition } from '../domain/template';
import type { AuditScore, TouchpointScore } from '../scoring/score-types';
import { touchpointFails } from '../rules/touchpoint-fails';

/** A touchpoint singled out in the executive summary, with what the auditor wrote about it. */
export interface Highlight {
  touchpointId: string;
  name: string;
  stageName: string;
  percent: number | null;
  knockout: boolean;
  momentOfTruth: boolean;
  emotion: number | null;
  /** "What worked" for a strength, the pain points for a pain point; '' when nothing was written. */
  text: string;
}


/**
 * The executive summary's top strengths and pain points.
 *
 * - Strengths: scored touchpoints that do not fail, best score first; on a tie a moment of truth,
 *   then a happier customer, then one where "what worked" was written, then walk order.
 * - Pain points: touchpoints that fail, or where pain points were written; knock-outs first, then
 *   failing ones, then the lowest score (no score last), then moments of truth, then the unhappier
 *   customer, then walk order.
 * A touchpoint is never both.
 */
export function reportHighlights(
  definition: TemplateDefinition,
  score: AuditScore,
  records: readonly TouchpointRecord[],
  limit = 3,
): { strengths: Highlight[]; painPoints: Highlight[] } {
  const names = new Map(definition.touchpoints.map((tp) => [tp.id, tp.name]));
  const stages = new Map(definition.stages.map((s) => [s.id, s.name]));
  const recordOf = new Map(records.map((r) => [r.touchpointId, r]));
  const order = new Map(score.touchpoints.map((tp, i) => [tp.touchpointId, i]));
  const toHighlight = (tp: TouchpointScore, text: string): Highlight => ({
    touchpointId: tp.touchpointId,
    name: names.get(tp.touchpointId) ?? tp.touchpointId,
    stageName: stages.get(tp.stageId) ?? tp.stageId,
    percent: tp.percent,
    knockout: tp.criticalFailed,
    momentOfTruth: tp.momentOfTruth,
    emotion: recordOf.get(tp.touchpointId)?.emotion ?? null,
    text: text.trim(),
  });

  const pains = score.touchpoints
    .filter((tp) => touchpointFails(tp) || (recordOf.get(tp.touchpointId)?.painPoints.trim() ?? '') !== '')
    .sort(
      (a, b) =>
        Number(b.criticalFailed) - Number(a.criticalFailed) ||
        Number(touchpointFails(b)) - Number(touchpointFails(a)) ||
        (a.percent ?? 101) - (b.percent ?? 101) ||
        Number(b.momentOfTruth) - Number(a.momentOfTruth) ||
        (recordOf.get(a.touchpointId)?.emotion ?? 6) - (recordOf.get(b.touchpointId)?.emotion ?? 6) ||
        order.get(a.touchpointId)! - order.get(b.touchpointId)!,
    )
    .slice(0, limit);
  const painIds = new Set(pains.map((tp) => tp.touchpointId));

  const strengths = score.touchpoints
    .filter((tp) => tp.percent !== null && !touchpointFails(tp) && !painIds.has(tp.touchpointId))
    .sort(
      (a, b) =>
        b.percent! - a.percent! ||
        Number(b.momentOfTruth) - Number(a.momentOfTruth) ||
        (recordOf.get(b.touchpointId)?.emotion ?? 0) - (recordOf.get(a.touchpointId)?.emotion ?? 0) ||
        Number((recordOf.get(b.touchpointId)?.worked.trim() ?? '') !== '') -
          Number((recordOf.get(a.touchpointId)?.worked.trim() ?? '') !== '') ||
        order.get(a.touchpointId)! - order.get(b.touchpointId)!,
    )
    .slice(0, limit);

  return {
    strengths: strengths.map((tp) => toHighlight(tp, recordOf.get(tp.touchpointId)?.worked ?? '')),
    painPoints: pains.map((tp) => toHighlight(tp, recordOf.get(tp.touchpointId)?.painPoints ?? '')),
  };
}
