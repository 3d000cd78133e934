import { templateDefinitionSchema, type TemplateDefinition } from '../../../shared/domain/template';
import { outlineOf, templateOutlineSchema, type TemplateOutline } from '../../../shared/domain/template-outline';
import { withStoredDefaults } from '../../../shared/domain/schema-defaults';

/**
 * Definitions in the database were validated on the way in (import, edit, package, hub): read back,
 * they only get the defaults of fields added since filled, without a second validation.
 */
export function parseDefinition(json: string): TemplateDefinition {
  return withStoredDefaults(templateDefinitionSchema, JSON.parse(json));
}

/**
 * The outline stored beside a version's definition (template_versions.outline_json): every writer of
 * template versions (pinning a version, package import, hub pull, the migration that added it) stores
 * this, and the database refuses a version written without one.
 */
export function outlineJsonOf(definitionJson: string): string {
  return JSON.stringify(outlineOf(parseDefinition(definitionJson)));
}

/** A stored outline read back: the defaults of fields added since it was written filled, as for definitions. */
export function parseOutline(json: string): TemplateOutline {
  return withStoredDefaults(templateOutlineSchema, JSON.parse(json));
}
