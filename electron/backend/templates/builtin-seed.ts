import { templateDefinitionSchema } from '../../../shared/domain/template';
import { BUILTIN_TEMPLATES } from '../../../shared/templates/builtin';
import type { BackendContext } from '../context';
import { write } from '../db/write';

interface ShippedTemplate {
  key: string;
  language: string;
  name: string;
  json: string;
}

let shipped: ShippedTemplate[] | undefined;
/**
 * The shipped templates as they are stored, worked out once per process: they are constants of this build, and
 * validating and writing out every one at each opening of a file left megabytes of garbage for the first
 * screen after a start to collect.
 */
function shippedTemplates(): ShippedTemplate[] {
  shipped ??= BUILTIN_TEMPLATES.flatMap((builtin) =>
    Object.entries(builtin.versions).map(([language, input]) => {
      const definition = templateDefinitionSchema.parse(input);
      return { key: builtin.key, language, name: definition.name, json: JSON.stringify(definition) };
    }),
  );
  return shipped;
}

/**
 * Puts the shipped templates in the database, and refreshes their working copy when a new app
 * version ships better wording. Versions already pinned by audits are never touched.
 */
export function seedBuiltinTemplates(ctx: BackendContext): void {
  // The stored copy is compared in SQL: an unchanged template is never read out into a string.
  const find = ctx.db.prepare(
    'SELECT id, definition_json = ? AS same FROM templates WHERE builtin_key = ? AND language = ?',
  );
  const insert = ctx.db.prepare(
    'INSERT INTO templates (id, builtin_key, language, name, definition_json, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const refresh = ctx.db.prepare('UPDATE templates SET name = ?, definition_json = ?, updated_at = ? WHERE id = ?');
  const stale = shippedTemplates().filter((t) => {
    const existing = find.get(t.json, t.key, t.language) as { id: string; same: number } | undefined;
    return !existing || !existing.same;
  });
  if (stale.length === 0) return;
  write(ctx.db, () => {
    const at = ctx.now().toISOString();
    for (const t of stale) {
      // Looked up again inside the write: another writer may have seeded it meanwhile.
      const existing = find.get(t.json, t.key, t.language) as { id: string; same: number } | undefined;
      if (!existing) insert.run(ctx.newId(), t.key, t.language, t.name, t.json, at, at);
      else if (!existing.same) refresh.run(t.name, t.json, at, existing.id);
    }
  });
}
