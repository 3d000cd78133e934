import { z } from 'zod';
import { LIMITS } from '../rules/limits';
import { requiredLine } from '../rules/text';
import type { Language } from '../domain/settings';
import { templateDefinitionSchema, type TemplateDefinition } from '../domain/template';
import { returns } from './returns';
import { id } from './ids';

export interface TemplateSummary {
  id: string;
  name: string;
  description: string;
  language: Language;
  builtinKey: string | null;
  stages: number;
  touchpoints: number;
  criteria: number;
  latestVersion: number | null;
  audits: number;
  updatedAt: string;
}

export interface TemplateDetail extends TemplateSummary {
  definition: TemplateDefinition;
  versions: { id: string; version: number; createdAt: string }[];
}

/** A template file as text: at most 5 MB, parsed and checked by the backend. */
export const TEMPLATE_FILE_MAX_CHARS = 5_000_000;

export const templatesApi = {
  'templates.list': {
    input: z.object({ language: z.enum(['en', 'ar', 'ro']).optional() }).strict(),
    output: returns<TemplateSummary[]>(),
  },
  'templates.get': { input: z.object({ id }).strict(), output: returns<TemplateDetail>() },
  'templates.duplicate': {
    input: z.object({ id, name: requiredLine(LIMITS.templateName).optional() }).strict(),
    output: returns<TemplateDetail>(),
  },
  'templates.update': {
    input: z.object({ id, definition: templateDefinitionSchema }).strict(),
    output: returns<TemplateDetail>(),
  },
  'templates.delete': { input: z.object({ id }).strict(), output: returns<{ id: string }>() },
  'templates.import': {
    input: z
      .object({ fileName: z.string().max(260).default(''), text: z.string().max(TEMPLATE_FILE_MAX_CHARS) })
      .strict(),
    output: returns<TemplateDetail>(),
  },
  'templates.export': { input: z.object({ id }).strict(), output: returns<{ fileName: string; text: string }>() },
} as const;
