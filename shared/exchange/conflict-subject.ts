import type { Criterion, TemplateDefinition } from '../domain/template';
import type { AnyRecord, RecordKind } from './package-format';

/**
 * What a conflicting record is about, in the audit's own words: the touchpoint's name and, for an
 * answer, the criterion (its question and scale, so the two answers can be written as words).
 */
export interface ConflictSubject {
  touchpoint: string | null;
  criterion: Criterion | null;
}

export function conflictSubject(
  definition: TemplateDefinition | null,
  kind: RecordKind,
  row: AnyRecord,
): ConflictSubject {
  const tpId = typeof row.touchpoint_id === 'string' ? row.touchpoint_id : null;
  const touchpoint = tpId ? (definition?.touchpoints.find((tp) => tp.id === tpId) ?? null) : null;
  const criterion =
    kind === 'answers' && touchpoint ? (touchpoint.criteria.find((c) => c.id === row.criterion_id) ?? null) : null;
  return { touchpoint: touchpoint?.name ?? null, criterion };
}
