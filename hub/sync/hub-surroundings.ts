import type pg from 'pg';
import { templateDefinitionSchema, type TemplateDefinition } from '../../shared/domain/template';
import type { PackageSurroundings } from '../../shared/rules/package-rules';
import { templateScoringShape } from '../../shared/rules/template-rules';
import { BUILTIN_TEMPLATES } from '../../shared/templates/builtin';

let shipped: Map<string, string[]> | null = null;
function shippedShapes(): Map<string, string[]> {
  if (shipped) return shipped;
  shipped = new Map();
  for (const b of BUILTIN_TEMPLATES)
    shipped.set(b.key, [
      ...new Set(Object.values(b.versions).map((v) => templateScoringShape(templateDefinitionSchema.parse(v)))),
    ]);
  return shipped;
}

/**
 * What the rule book's package checks need to know, read from the hub's copy of the team's
 * records (the hub's counterpart of the laptop's package-surroundings): definitions of template
 * versions and clients of audits the push refers to, and the shipped built-ins.
 */
export async function hubSurroundings(
  client: pg.PoolClient,
  team: string,
  versionIds: string[],
  auditIds: string[],
): Promise<PackageSurroundings> {
  const definitions = new Map<string, TemplateDefinition>();
  for (const r of (
    await client.query<{ key: string; def: string }>(
      "SELECT key, row->>'definition_json' AS def FROM records WHERE team_id = $1 AND kind = 'template_versions' AND key = ANY($2) AND NOT deleted",
      [team, versionIds],
    )
  ).rows)
    definitions.set(r.key, JSON.parse(r.def) as TemplateDefinition);
  const clients = new Map(
    (
      await client.query<{ key: string; client_id: string }>(
        "SELECT key, row->>'client_id' AS client_id FROM records WHERE team_id = $1 AND kind = 'audits' AND key = ANY($2) AND NOT deleted",
        [team, auditIds],
      )
    ).rows.map((r) => [r.key, r.client_id]),
  );
  return {
    localDefinition: (id) => definitions.get(id),
    localAuditClient: (id) => clients.get(id),
    builtinShapes: (key) => shippedShapes().get(key) ?? [],
  };
}
