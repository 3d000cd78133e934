import type { TemplateDefinition } from '../../../shared/domain/template';
import { conflictSubject, type ConflictSubject } from '../../../shared/exchange/conflict-subject';
import { recordAuditId, type AnyRecord, type RecordKind } from '../../../shared/exchange/package-format';
import type { BackendContext } from '../context';
import { parseDefinition } from '../templates/template-rows';

/** The subject of each conflicting record, from its audit's template version on this laptop (one parse per audit). */
export function conflictSubjects(ctx: BackendContext): (kind: RecordKind, row: AnyRecord) => ConflictSubject {
  const definitions = new Map<string, TemplateDefinition | null>();
  const select = ctx.db.prepare(
    'SELECT v.definition_json FROM audits a JOIN template_versions v ON v.id = a.template_version_id WHERE a.id = ?',
  );
  const definitionOf = (auditId: string | null): TemplateDefinition | null => {
    if (!auditId) return null;
    if (!definitions.has(auditId)) {
      const json = select.pluck().get(auditId) as string | undefined;
      definitions.set(auditId, json ? parseDefinition(json) : null);
    }
    return definitions.get(auditId)!;
  };
  return (kind, row) => conflictSubject(definitionOf(recordAuditId(kind, row)), kind, row);
}
