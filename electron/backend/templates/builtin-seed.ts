import { templateDefinitionSchema } from '../../../shared/domain/template';
import { BUILTIN_TEMPLATES } from '../../../shared/templates/builtin';
import type { BackendContext } from '../context';
import { write } from '../db/write';

/**
 * Puts the shipped templates in the database, and refreshes their working copy when a new app
 * version ships better wording. Versions already pinned by audits are never touched.
 */
export function seedBuiltinTemplates(ctx: BackendContext): void {
  const find = ctx.db.prepare('SELECT id, definition_json FROM templates WHERE builtin_key = ? AND language = ?');
  const insert = ctx.db.prepare(
    'INSERT INTO templates (id, builtin_key, language, name, definition_json, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const refresh = ctx.db.prepare('UPDATE templates SET name = ?, definition_json = ?, updated_at = ? WHERE id = ?');
  write(ctx.db, () => {
    const at = ctx.now().toISOString();
    for (const builtin of BUILTIN_TEMPLATES) {
      for (const [language, input] of Object.entries(builtin.versions)) {
        const definition = templateDefinitionSchema.parse(input);
        const json = JSON.stringify(definition);
        const existing = find.get(builtin.key, language) as { id: string; definition_json: string } | undefined;
        if (!existing) insert.run(ctx.newId(), builtin.key, language, definition.name, json, at, at);
        else if (existing.definition_json !== json) refresh.run(definition.name, json, at, existing.id);
      }
    }
  });
}
