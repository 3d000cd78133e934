import { templateDefinitionSchema, type TemplateDefinition } from '../../../shared/domain/template';
import type { LocalAnswer, PackageSurroundings } from '../../../shared/rules/package-rules';
import { templateScoringShape } from '../../../shared/rules/template-rules';
import { BUILTIN_TEMPLATES } from '../../../shared/templates/builtin';
import type { BackendContext } from '../context';

let shipped: Map<string, string[]> | null = null;

/** Scoring shapes of the shipped built-ins by key (every language: wording never changes a score). */
function shippedShapes(): Map<string, string[]> {
  if (shipped) return shipped;
  shipped = new Map();
  for (const b of BUILTIN_TEMPLATES) {
    const shapes = Object.values(b.versions).map((v) => templateScoringShape(templateDefinitionSchema.parse(v)));
    shipped.set(b.key, [...new Set(shapes)]);
  }
  return shipped;
}

/** What the rule book's package checks need to know about this database. */
export function packageSurroundings(ctx: BackendContext): PackageSurroundings {
  const version = ctx.db.prepare('SELECT definition_json FROM template_versions WHERE id = ?').pluck();
  const auditClient = ctx.db.prepare('SELECT client_id FROM audits WHERE id = ?').pluck();
  const builtinVersions = ctx.db
    .prepare(
      'SELECT DISTINCT v.definition_json FROM template_versions v JOIN templates t ON t.id = v.template_id WHERE t.builtin_key = ?',
    )
    .pluck();
  const auditPin = ctx.db.prepare(
    'SELECT template_version_id AS versionId, audit_type AS auditType FROM audits WHERE id = ?',
  );
  const owners = {
    sites: ctx.db.prepare('SELECT client_id FROM sites WHERE id = ?').pluck(),
    waves: ctx.db.prepare('SELECT client_id FROM waves WHERE id = ?').pluck(),
    actions: ctx.db.prepare('SELECT client_id FROM actions WHERE id = ?').pluck(),
  };
  const photoAudit = ctx.db.prepare('SELECT audit_id FROM evidence WHERE id = ?').pluck();
  const answers = ctx.db.prepare('SELECT touchpoint_id, criterion_id, value_json FROM answers WHERE audit_id = ?');
  return {
    localDefinition(versionId) {
      const json = version.get(versionId) as string | undefined;
      return json === undefined ? undefined : (JSON.parse(json) as TemplateDefinition);
    },
    localAuditClient: (auditId) => auditClient.get(auditId) as string | undefined,
    builtinShapes(key) {
      const known = shippedShapes().get(key);
      if (!known) return [];
      // Versions of this built-in already pinned here (an earlier app version's) are known too.
      const local = (builtinVersions.all(key) as string[]).map((j) => templateScoringShape(JSON.parse(j)));
      return [...known, ...local];
    },
    localAuditPin: (auditId) => auditPin.get(auditId) as { versionId: string; auditType: string } | undefined,
    localClientOf: (kind, id) => owners[kind].get(id) as string | undefined,
    localPhotoAudit: (evidenceId) => photoAudit.get(evidenceId) as string | undefined,
    localAnswers: (auditId) => answers.all(auditId) as LocalAnswer[],
  };
}
