import type { TemplateDetail, TemplateSummary } from '../../../shared/api/templates-api';
import type { Language } from '../../../shared/domain/settings';
import type { TemplateDefinition } from '../../../shared/domain/template';
import type { TemplateOutline } from '../../../shared/domain/template-outline';
import type { Db } from '../db/db-handle';
import { AppError } from '../../../shared/result';
import { outlineJsonOf, parseDefinition, parseOutline } from './stored-definition';
import type { BackendContext } from '../context';

export interface TemplateRow {
  id: string;
  builtin_key: string | null;
  language: Language;
  name: string;
  definition_json: string;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
}

export { outlineJsonOf, parseDefinition };

export function getTemplateRow(ctx: BackendContext, id: string): TemplateRow {
  const row = ctx.db.prepare('SELECT * FROM templates WHERE id = ?').get(id) as TemplateRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', `No template with id ${id}. It may have been deleted.`);
  return row;
}

export function summarize(
  ctx: BackendContext,
  row: TemplateRow,
  definition = parseDefinition(row.definition_json),
): TemplateSummary {
  const latest = ctx.db
    .prepare('SELECT max(version) FROM template_versions WHERE template_id = ?')
    .pluck()
    .get(row.id) as number | null;
  const audits = ctx.db
    .prepare(
      'SELECT count(*) FROM audits a JOIN template_versions v ON v.id = a.template_version_id WHERE v.template_id = ?',
    )
    .pluck()
    .get(row.id) as number;
  return {
    id: row.id,
    name: definition.name,
    description: definition.description,
    language: row.language,
    builtinKey: row.builtin_key,
    stages: definition.stages.length,
    touchpoints: definition.touchpoints.length,
    criteria: definition.touchpoints.reduce((n, tp) => n + tp.criteria.length, 0),
    latestVersion: latest,
    audits,
    updatedAt: row.updated_at,
  };
}

export function templateDetail(ctx: BackendContext, id: string): TemplateDetail {
  const row = getTemplateRow(ctx, id);
  const definition = parseDefinition(row.definition_json);
  const versions = ctx.db
    .prepare(
      'SELECT id, version, created_at AS createdAt FROM template_versions WHERE template_id = ? ORDER BY version',
    )
    .all(id) as TemplateDetail['versions'];
  return { ...summarize(ctx, row, definition), definition, versions };
}

/**
 * The version an audit starts on: the latest frozen version if the working copy has not changed
 * since, otherwise a new immutable version. Runs inside the caller's transaction.
 */
export function pinCurrentVersion(ctx: BackendContext, templateId: string): { id: string; version: number } {
  const row = getTemplateRow(ctx, templateId);
  const latest = ctx.db
    .prepare(
      'SELECT id, version, definition_json FROM template_versions WHERE template_id = ? ORDER BY version DESC LIMIT 1',
    )
    .get(templateId) as { id: string; version: number; definition_json: string } | undefined;
  if (latest && latest.definition_json === row.definition_json) return { id: latest.id, version: latest.version };
  const version = (latest?.version ?? 0) + 1;
  const id = ctx.newId();
  ctx.db
    .prepare(
      'INSERT INTO template_versions (id, template_id, version, definition_json, outline_json, created_at) VALUES (?, ?, ?, ?, ?, ?)',
    )
    .run(id, templateId, version, row.definition_json, outlineJsonOf(row.definition_json), ctx.now().toISOString());
  return { id, version };
}

/** Outlines by version id, per database: immutable, like the definitions. */
const outlines = new WeakMap<Db, Map<string, TemplateOutline>>();

/**
 * What dashboards and other summaries need of a version, read from its stored outline (a few KB) instead
 * of its whole definition. A version without one (a definition the migration could not outline) is read whole.
 */
export function versionOutline(ctx: BackendContext, versionId: string): TemplateOutline {
  let cached = outlines.get(ctx.db);
  if (!cached) outlines.set(ctx.db, (cached = new Map()));
  const hit = cached.get(versionId);
  if (hit) return hit;
  // A row, not pluck(): a pluck variant is a second statement to prepare on the first dashboard after a start.
  const row = ctx.db.prepare('SELECT outline_json FROM template_versions WHERE id = ?').get(versionId) as
    { outline_json: string | null } | undefined;
  if (!row) throw new AppError('NOT_FOUND', `No template version ${versionId}.`);
  const outline = row.outline_json === null ? versionDefinition(ctx, versionId) : parseOutline(row.outline_json);
  cached.set(versionId, outline);
  return outline;
}

/** Immutable, so cached by id for as long as the backend runs. */
export function versionDefinition(ctx: BackendContext, versionId: string): TemplateDefinition {
  const cached = ctx.versionCache.get(versionId);
  if (cached) return cached;
  const json = ctx.db.prepare('SELECT definition_json FROM template_versions WHERE id = ?').pluck().get(versionId) as
    string | undefined;
  if (json === undefined) throw new AppError('NOT_FOUND', `No template version ${versionId}.`);
  const definition = parseDefinition(json);
  ctx.versionCache.set(versionId, definition);
  return definition;
}
