import type pg from 'pg';
import { templateDefinitionSchema, type TemplateDefinition } from '../../shared/domain/template';
import type { LocalAnswer, PackageSurroundings } from '../../shared/rules/package-rules';
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
 * versions, clients and versions of audits the push refers to, owners of the sites, waves, actions and
 * photos it names or links to, answers of the audits it marks complete, and the shipped built-ins.
 */
export async function hubSurroundings(
  client: pg.PoolClient,
  team: string,
  versionIds: string[],
  auditIds: string[],
  /** Sites, waves, actions and photos the push names or links to. */
  ownedIds: string[] = [],
  /** Audits whose answers the completion rule reads (those marked complete). */
  answeredAuditIds: string[] = [],
): Promise<PackageSurroundings> {
  const definitions = new Map<string, TemplateDefinition>();
  for (const r of (
    await client.query<{ key: string; def: string }>(
      "SELECT key, row->>'definition_json' AS def FROM records WHERE team_id = $1 AND kind = 'template_versions' AND key = ANY($2) AND NOT deleted",
      [team, versionIds],
    )
  ).rows)
    definitions.set(r.key, JSON.parse(r.def) as TemplateDefinition);
  const audits = await client.query<{ key: string; client_id: string; version: string; type: string }>(
    "SELECT key, row->>'client_id' AS client_id, row->>'template_version_id' AS version, row->>'audit_type' AS type FROM records WHERE team_id = $1 AND kind = 'audits' AND key = ANY($2) AND NOT deleted",
    [team, auditIds],
  );
  const clients = new Map(audits.rows.map((r) => [r.key, r.client_id]));
  const pins = new Map(audits.rows.map((r) => [r.key, { versionId: r.version, auditType: r.type }]));
  const owners = new Map<string, string>();
  for (const r of (
    await client.query<{ kind: string; key: string; owner: string }>(
      `SELECT kind, key, CASE WHEN kind = 'evidence' THEN row->>'audit_id' ELSE row->>'client_id' END AS owner
       FROM records WHERE team_id = $1 AND kind IN ('sites', 'waves', 'actions', 'evidence') AND key = ANY($2) AND NOT deleted`,
      [team, ownedIds],
    )
  ).rows)
    owners.set(`${r.kind}/${r.key}`, r.owner);
  const answers = new Map<string, LocalAnswer[]>();
  if (answeredAuditIds.length)
    for (const r of (
      await client.query<LocalAnswer & { audit_id: string }>(
        `SELECT row->>'audit_id' AS audit_id, row->>'touchpoint_id' AS touchpoint_id, row->>'criterion_id' AS criterion_id,
                row->>'value_json' AS value_json
         FROM records WHERE team_id = $1 AND kind = 'answers' AND row->>'audit_id' = ANY($2) AND NOT deleted`,
        [team, answeredAuditIds],
      )
    ).rows) {
      const list = answers.get(r.audit_id) ?? [];
      list.push({ touchpoint_id: r.touchpoint_id, criterion_id: r.criterion_id, value_json: r.value_json });
      answers.set(r.audit_id, list);
    }
  return {
    localDefinition: (id) => definitions.get(id),
    localAuditClient: (id) => clients.get(id),
    builtinShapes: (key) => shippedShapes().get(key) ?? [],
    localAuditPin: (id) => pins.get(id),
    localClientOf: (kind, id) => owners.get(`${kind}/${id}`),
    localPhotoAudit: (id) => owners.get(`evidence/${id}`),
    localAnswers: (id) => answers.get(id) ?? [],
  };
}
