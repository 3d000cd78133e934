import type { Language } from '../../domain/settings';
import type { TemplateDefinitionInput, TouchpointKind } from '../../domain/template';

/**
 * Built-in templates are written as one structure (ids, kinds, scales, points, weights, flags)
 * plus one text file per language keyed by those ids, so the three languages cannot drift apart.
 */
export type ScaleStructure =
  | { type: 'yesno' }
  | { type: 'scale5' }
  | { type: 'scale10' }
  | { type: 'options'; options: { id: string; points: number }[] }
  | { type: 'perChannel'; channelIds: string[] };

export interface CriterionStructure {
  id: string;
  family: 'best-practice' | 'bad-practice' | 'continuity' | 'consistency' | 'general';
  scale: ScaleStructure;
  weight: number;
  critical?: boolean;
  allowNa?: boolean;
}

export interface TouchpointStructure {
  id: string;
  stageId: string;
  kind: TouchpointKind;
  momentOfTruth?: boolean;
  criteria: CriterionStructure[];
}

export interface TemplateStructure {
  key: string;
  rollup: 'pooled' | 'average';
  momentOfTruthMultiplier: number;
  failRequiresComment: boolean;
  stageIds: string[];
  touchpoints: TouchpointStructure[];
}

export interface CriterionTexts {
  question: string;
  guidance: string;
  /** Labels of an options scale, by option id. */
  options?: Record<string, string>;
}

export interface TemplateTexts {
  name: string;
  description: string;
  stages: Record<string, { name: string; description?: string }>;
  /** Channel names for perChannel questions, by channel id. */
  channels?: Record<string, string>;
  touchpoints: Record<
    string,
    { name: string; description: string; channel: string; criteria: Record<string, CriterionTexts> }
  >;
}

function need<T>(value: T | undefined, what: string): T {
  if (value === undefined || (typeof value === 'string' && value.trim() === ''))
    throw new Error(`Built-in template text missing: ${what}`);
  return value;
}

export function buildTemplate(
  structure: TemplateStructure,
  texts: TemplateTexts,
  language: Language,
): TemplateDefinitionInput {
  const where = `${structure.key}/${language}`;
  return {
    format: 'journey-audit.template',
    formatVersion: 1,
    name: need(texts.name, `${where} name`),
    description: texts.description,
    language,
    rollup: structure.rollup,
    momentOfTruthMultiplier: structure.momentOfTruthMultiplier,
    failRequiresComment: structure.failRequiresComment,
    stages: structure.stageIds.map((id) => {
      const s = need(texts.stages[id], `${where} stage ${id}`);
      return { id, name: need(s.name, `${where} stage ${id} name`), description: s.description ?? '' };
    }),
    touchpoints: structure.touchpoints.map((tp) => {
      const tt = need(texts.touchpoints[tp.id], `${where} touchpoint ${tp.id}`);
      return {
        id: tp.id,
        stageId: tp.stageId,
        name: need(tt.name, `${where} ${tp.id} name`),
        description: tt.description,
        kind: tp.kind,
        channel: need(tt.channel, `${where} ${tp.id} channel`),
        momentOfTruth: tp.momentOfTruth ?? false,
        criteria: tp.criteria.map((c) => {
          const ct = need(tt.criteria[c.id], `${where} ${tp.id}/${c.id}`);
          const scale =
            c.scale.type === 'options'
              ? {
                  type: 'options' as const,
                  options: c.scale.options.map((o) => ({
                    id: o.id,
                    points: o.points,
                    label: need(ct.options?.[o.id], `${where} ${tp.id}/${c.id} option ${o.id}`),
                  })),
                }
              : c.scale.type === 'perChannel'
                ? {
                    type: 'perChannel' as const,
                    channels: c.scale.channelIds.map((ch) => need(texts.channels?.[ch], `${where} channel ${ch}`)),
                  }
                : c.scale;
          return {
            id: c.id,
            question: need(ct.question, `${where} ${tp.id}/${c.id} question`),
            guidance: ct.guidance,
            family: c.family,
            scale,
            weight: c.weight,
            critical: c.critical ?? false,
            allowNa: c.allowNa ?? true,
          };
        }),
      };
    }),
  };
}

export interface BuiltinTemplate {
  key: string;
  versions: Record<Language, TemplateDefinitionInput>;
}

export function builtin(structure: TemplateStructure, texts: Record<Language, TemplateTexts>): BuiltinTemplate {
  return {
    key: structure.key,
    versions: {
      en: buildTemplate(structure, texts.en, 'en'),
      ar: buildTemplate(structure, texts.ar, 'ar'),
      ro: buildTemplate(structure, texts.ro, 'ro'),
    },
  };
}
