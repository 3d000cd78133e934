import { TOUCHPOINT_KINDS, type TouchpointKind } from '../domain/template';
import type { TemplateOutline } from '../domain/template-outline';
import type { AuditScore, RolledUp, TouchpointTally } from './score-types';

/** Stage rows x kind columns: percent of each cell (null = nothing scorable there). */
export interface HeatTable {
  stages: { key: string; label: string }[];
  kinds: TouchpointKind[];
  cells: (number | null)[][];
}

/** Percent of a group of touchpoints by the audit's roll-up method; a knocked-out touchpoint earns nothing. */
export function groupPercent(touchpoints: readonly TouchpointTally[], method: AuditScore['method']): number | null {
  if (method === 'average') {
    const values = touchpoints.map((tp) => tp.percent).filter((p): p is number => p !== null);
    return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
  }
  let earned = 0;
  let possible = 0;
  for (const tp of touchpoints) {
    if (tp.possible <= 0) continue;
    earned += tp.criticalFailed ? 0 : tp.earned;
    possible += tp.possible;
  }
  return possible > 0 ? (earned / possible) * 100 : null;
}

/** Stages (rows, template order) by kinds (columns): where in the journey each kind of touchpoint is weak. */
export function stageKindHeat(
  definition: Pick<TemplateOutline, 'stages'>,
  score: RolledUp<TouchpointTally>,
): HeatTable {
  const stageIds = new Set(score.touchpoints.map((tp) => tp.stageId));
  const stages = definition.stages.filter((s) => stageIds.has(s.id)).map((s) => ({ key: s.id, label: s.name }));
  const kinds = TOUCHPOINT_KINDS.filter((k) => score.touchpoints.some((tp) => tp.kind === k));
  const cells = stages.map((stage) =>
    kinds.map((kind) =>
      groupPercent(
        score.touchpoints.filter((tp) => tp.stageId === stage.key && tp.kind === kind),
        score.method,
      ),
    ),
  );
  return { stages, kinds: [...kinds], cells };
}
