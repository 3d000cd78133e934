import type { ParsedInput } from '../../../shared/contract';
import type { TemplateDetail, TemplateSummary } from '../../../shared/api/templates-api';
import { templateDefinitionSchema } from '../../../shared/domain/template';
import { AppError } from '../../../shared/result';
import type { BackendContext } from '../context';
import { write } from '../db/write';
import { describeTemplateProblems } from '../templates/template-file';
import {
  getTemplateRow,
  parseDefinition,
  summarize,
  templateDetail,
  type TemplateRow,
} from '../templates/template-rows';

function insertTemplate(ctx: BackendContext, definitionJson: string, name: string, language: string): string {
  const id = ctx.newId();
  const at = ctx.now().toISOString();
  ctx.db
    .prepare(
      'INSERT INTO templates (id, builtin_key, language, name, definition_json, created_at, updated_at) VALUES (?, NULL, ?, ?, ?, ?, ?)',
    )
    .run(id, language, name, definitionJson, at, at);
  return id;
}

function fileNameFor(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'template'}.journey-template.json`;
}

export const templateHandlers = {
  'templates.list'(input: ParsedInput<'templates.list'>, ctx: BackendContext): TemplateSummary[] {
    const rows = (
      input.language
        ? ctx.db
            .prepare(
              'SELECT * FROM templates WHERE archived_at IS NULL AND language = ? ORDER BY builtin_key IS NULL, name COLLATE NOCASE',
            )
            .all(input.language)
        : ctx.db
            .prepare(
              'SELECT * FROM templates WHERE archived_at IS NULL ORDER BY builtin_key IS NULL, name COLLATE NOCASE',
            )
            .all()
    ) as TemplateRow[];
    return rows.map((row) => summarize(ctx, row));
  },

  'templates.get'(input: ParsedInput<'templates.get'>, ctx: BackendContext): TemplateDetail {
    return templateDetail(ctx, input.id);
  },

  'templates.duplicate'(input: ParsedInput<'templates.duplicate'>, ctx: BackendContext): TemplateDetail {
    const id = write(ctx.db, () => {
      const source = getTemplateRow(ctx, input.id);
      const definition = parseDefinition(source.definition_json);
      const name = input.name ?? `${definition.name} (2)`;
      return insertTemplate(ctx, JSON.stringify({ ...definition, name }), name, source.language);
    });
    ctx.emit('templates.changed', { id });
    return templateDetail(ctx, id);
  },

  'templates.update'(input: ParsedInput<'templates.update'>, ctx: BackendContext): TemplateDetail {
    write(ctx.db, () => {
      const row = getTemplateRow(ctx, input.id);
      if (row.builtin_key)
        throw new AppError('NOT_ALLOWED', 'Built-in templates cannot be edited. Duplicate it and edit the copy.');
      ctx.db
        .prepare('UPDATE templates SET name = ?, language = ?, definition_json = ?, updated_at = ? WHERE id = ?')
        .run(
          input.definition.name,
          input.definition.language,
          JSON.stringify(input.definition),
          ctx.now().toISOString(),
          input.id,
        );
    });
    ctx.emit('templates.changed', { id: input.id });
    return templateDetail(ctx, input.id);
  },

  'templates.delete'(input: ParsedInput<'templates.delete'>, ctx: BackendContext): { id: string } {
    write(ctx.db, () => {
      const row = getTemplateRow(ctx, input.id);
      if (row.builtin_key) throw new AppError('NOT_ALLOWED', 'Built-in templates cannot be deleted.');
      const used = summarize(ctx, row).audits;
      // Audits pin its versions: keep them, hide the template.
      if (used > 0)
        ctx.db.prepare('UPDATE templates SET archived_at = ? WHERE id = ?').run(ctx.now().toISOString(), input.id);
      else {
        ctx.db.prepare('DELETE FROM template_versions WHERE template_id = ?').run(input.id);
        ctx.db.prepare('DELETE FROM templates WHERE id = ?').run(input.id);
      }
    });
    ctx.emit('templates.changed', { id: input.id });
    return { id: input.id };
  },

  'templates.import'(input: ParsedInput<'templates.import'>, ctx: BackendContext): TemplateDetail {
    if (!input.text.replace(/^\uFEFF/, '').trim())
      throw new AppError('INVALID_FILE', `${input.fileName || 'The file'} is empty. Nothing was imported.`);
    let raw: unknown;
    try {
      raw = JSON.parse(input.text.replace(/^\uFEFF/, ''));
    } catch (error) {
      throw new AppError(
        'INVALID_FILE',
        `${input.fileName || 'The file'} is not valid JSON (${(error as Error).message}). Nothing was imported.`,
      );
    }
    const parsed = templateDefinitionSchema.safeParse(raw, { reportInput: true }); // with the input, "missing" and "wrong type" read differently
    if (!parsed.success) {
      throw new AppError(
        'INVALID_FILE',
        `${input.fileName || 'The file'} is not a valid Journey Audit template: ${describeTemplateProblems(parsed.error, raw)} Nothing was imported.`,
      );
    }
    const id = write(ctx.db, () =>
      insertTemplate(ctx, JSON.stringify(parsed.data), parsed.data.name, parsed.data.language),
    );
    ctx.emit('templates.changed', { id });
    return templateDetail(ctx, id);
  },

  'templates.export'(input: ParsedInput<'templates.export'>, ctx: BackendContext): { fileName: string; text: string } {
    const definition = parseDefinition(getTemplateRow(ctx, input.id).definition_json);
    return { fileName: fileNameFor(definition.name), text: `${JSON.stringify(definition, null, 2)}\n` };
  },
};
