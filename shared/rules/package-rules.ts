import { touchpointsInScope, type AnswerValue, type AuditScope } from '../domain/audit';
import { templateDefinitionSchema, type TemplateDefinition } from '../domain/template';
import { recordEntryPath, type PackageRecords, type RecordKind } from '../exchange/package-format';
import { reason, type Reason } from '../reasons/reason';
import { answerRefusal, baselineRefusal, unknownScopeStages } from './audit-rules';
import { templateScoringShape } from './template-rules';

/** A record of a package the rule book refuses, named so the user can find it. */
export interface RecordRefusal {
  kind: RecordKind;
  /** The record's id (or natural key). */
  key: string;
  reason: Reason;
}

/** What the checks need to know beyond the package: definitions, audits and built-ins known here. */
export interface PackageSurroundings {
  /** A template version's definition known here (the package's own are read from it first). */
  localDefinition(versionId: string): TemplateDefinition | undefined;
  /** The client of an audit known here, for a baseline outside the package. */
  localAuditClient(auditId: string): string | undefined;
  /** The scoring shapes of the shipped built-in template with this key (any language); empty when none. */
  builtinShapes(key: string): readonly string[];
}

const ID_KINDS = [
  'clients',
  'sites',
  'waves',
  'templates',
  'template_versions',
  'audits',
  'answers',
  'evidence',
  'actions',
] as const;

/**
 * The rule book applied to a package's content, record by record, as the API applies it to
 * input: an id used twice (inside one kind or across kinds), answers that do not fit their
 * criterion's scale or name a criterion outside the audit's template or scope, scopes naming
 * stages the template does not have, a baseline that is the audit itself or another client's,
 * touchpoint records and photos of touchpoints the audit does not walk, and built-in templates
 * whose scoring differs from the shipped one (an injected or re-weighted criterion).
 * Returns every refusal, in package order; an empty list means the content is acceptable.
 */
export function packageContentRefusals(r: PackageRecords, around: PackageSurroundings): RecordRefusal[] {
  const out: RecordRefusal[] = [];
  const refuse = (kind: RecordKind, key: string, why: Reason) => out.push({ kind, key, reason: why });

  const seen = new Map<string, RecordKind>();
  for (const kind of ID_KINDS) {
    for (const row of r[kind] as { id: string }[]) {
      const first = seen.get(row.id);
      if (first === undefined) seen.set(row.id, kind);
      else if (first === kind)
        refuse(kind, row.id, reason('idTwiceInEntry', { id: row.id, entry: recordEntryPath(kind) }));
      else refuse(kind, row.id, reason('idAcrossKinds', { id: row.id, first, kind }));
    }
  }

  const definitions = new Map<string, TemplateDefinition>();
  const templates = new Map(r.templates.map((t) => [t.id, t]));
  for (const t of r.templates) {
    const shipped = t.builtin_key ? around.builtinShapes(t.builtin_key) : [];
    const definition = templateDefinitionSchema.parse(JSON.parse(t.definition_json));
    if (shipped.length && !shipped.includes(templateScoringShape(definition)))
      refuse('templates', t.id, reason('builtinTemplateChanged', { name: t.name }));
  }
  for (const v of r.template_versions) {
    const definition = templateDefinitionSchema.parse(JSON.parse(v.definition_json));
    definitions.set(v.id, definition);
    const builtinKey = templates.get(v.template_id)?.builtin_key;
    if (builtinKey) {
      const shipped = around.builtinShapes(builtinKey);
      if (shipped.length && !shipped.includes(templateScoringShape(definition)))
        refuse(
          'template_versions',
          v.id,
          reason('builtinVersionChanged', { version: v.version, name: definition.name }),
        );
    }
  }
  const definitionOf = (versionId: string) => definitions.get(versionId) ?? around.localDefinition(versionId);

  const walked = new Map<string, Map<string, Set<string>>>();
  const auditClients = new Map(r.audits.map((a) => [a.id, a.client_id]));
  for (const a of r.audits) {
    const definition = definitionOf(a.template_version_id);
    const scope = JSON.parse(a.scope_json) as AuditScope;
    if (!definition) continue; // An unknown version is refused by the reference check.
    const unknown = unknownScopeStages(definition, scope);
    if (unknown.length) refuse('audits', a.id, reason('scopeUnknownStage', { title: a.title, stage: unknown[0]! }));
    if (a.baseline_audit_id) {
      const baselineClient = auditClients.get(a.baseline_audit_id) ?? around.localAuditClient(a.baseline_audit_id);
      if (baselineClient !== undefined) {
        const refusal = baselineRefusal(
          { id: a.id, clientId: a.client_id },
          { id: a.baseline_audit_id, clientId: baselineClient },
        );
        if (refusal) refuse('audits', a.id, reason('auditRefused', { title: a.title, why: refusal }));
      }
    }
    const tps = new Map<string, Set<string>>();
    for (const { touchpoint } of touchpointsInScope(definition, scope))
      tps.set(touchpoint.id, new Set(touchpoint.criteria.map((c) => c.id)));
    walked.set(a.id, tps);
  }

  const byAudit = new Map(r.audits.map((a) => [a.id, a]));
  for (const ans of r.answers) {
    const key = `${ans.audit_id}/${ans.touchpoint_id}/${ans.criterion_id}`;
    const tps = walked.get(ans.audit_id);
    const audit = byAudit.get(ans.audit_id);
    if (!tps || !audit) continue;
    if (!tps.get(ans.touchpoint_id)?.has(ans.criterion_id)) {
      refuse(
        'answers',
        key,
        reason('answerNotCovered', { title: audit.title, criterion: `${ans.touchpoint_id}/${ans.criterion_id}` }),
      );
      continue;
    }
    if (ans.value_json === null) continue;
    const criterion = definitionOf(audit.template_version_id)!
      .touchpoints.find((t) => t.id === ans.touchpoint_id)!
      .criteria.find((c) => c.id === ans.criterion_id)!;
    const refusal = answerRefusal(JSON.parse(ans.value_json) as AnswerValue, criterion);
    if (refusal)
      refuse(
        'answers',
        key,
        reason('answerRefused', {
          title: audit.title,
          criterion: `${ans.touchpoint_id}/${ans.criterion_id}`,
          why: refusal,
        }),
      );
  }
  for (const kind of ['touchpoint_records', 'evidence'] as const) {
    for (const row of r[kind]) {
      const tps = walked.get(row.audit_id);
      if (tps && !tps.has(row.touchpoint_id))
        refuse(
          kind,
          'id' in row ? row.id : `${row.audit_id}/${row.touchpoint_id}`,
          reason('recordNotWalked', { title: byAudit.get(row.audit_id)!.title, touchpoint: row.touchpoint_id }),
        );
    }
  }
  return out;
}
