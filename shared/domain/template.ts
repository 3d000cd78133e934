import { z } from 'zod';
import { LIMITS } from '../rules/limits';
import { proseText, requiredLine } from '../rules/text';
import { DEFAULT_MIN_VISITS } from '../stats/score-interval';
import { languageSchema } from './settings';

/**
 * A template as it travels: the JSON file users import and export, the built-in templates, and
 * what a template version stores. Ids are short stable keys inside one template (not UUIDs), so
 * the same criterion keeps its id across versions and languages and audits line up.
 */
export const TEMPLATE_FORMAT = 'journey-audit.template';
export const TEMPLATE_FORMAT_VERSION = 1;

export const TOUCHPOINT_KINDS = ['digital', 'human', 'physical'] as const;
export type TouchpointKind = (typeof TOUCHPOINT_KINDS)[number];

export const CRITERION_FAMILIES = ['best-practice', 'bad-practice', 'continuity', 'consistency', 'general'] as const;

const key = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'lowercase letters, digits and dashes');
const label = requiredLine;
const prose = (max: number) => proseText(max).default('');

export const scaleSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('yesno') }).strict(),
  z.object({ type: z.literal('scale5') }).strict(),
  z.object({ type: z.literal('scale10') }).strict(),
  z
    .object({
      type: z.literal('options'),
      options: z
        .array(z.object({ id: key, label: label(120), points: z.number().finite().min(0).max(1000) }).strict())
        .min(2)
        .max(12),
    })
    .strict(),
  /** The same question put on several channels: an answer per channel, disagreement flagged. */
  z.object({ type: z.literal('perChannel'), channels: z.array(label(40)).min(2).max(10) }).strict(),
]);
export type Scale = z.infer<typeof scaleSchema>;

export const criterionSchema = z
  .object({
    id: key,
    question: label(400),
    guidance: prose(2000),
    family: z.enum(CRITERION_FAMILIES).default('general'),
    scale: scaleSchema,
    weight: z.number().finite().min(0).max(100).default(1),
    critical: z.boolean().default(false),
    allowNa: z.boolean().default(true),
  })
  .strict();
export type Criterion = z.output<typeof criterionSchema>;

export const touchpointSchema = z
  .object({
    id: key,
    stageId: key,
    name: label(160),
    description: prose(2000),
    kind: z.enum(TOUCHPOINT_KINDS),
    channel: label(60),
    momentOfTruth: z.boolean().default(false),
    criteria: z.array(criterionSchema).max(60),
  })
  .strict();
export type Touchpoint = z.output<typeof touchpointSchema>;

export const stageSchema = z.object({ id: key, name: label(80), description: prose(1000) }).strict();
export type Stage = z.output<typeof stageSchema>;

export const ROLLUP_METHODS = ['pooled', 'average'] as const;
export type RollupMethod = (typeof ROLLUP_METHODS)[number];

export const templateDefinitionSchema = z
  .object({
    format: z.literal(TEMPLATE_FORMAT),
    formatVersion: z.literal(TEMPLATE_FORMAT_VERSION),
    name: label(LIMITS.templateName),
    description: prose(2000),
    language: languageSchema,
    /** pooled: points earned / points possible over everything; average: mean of section percentages. */
    rollup: z.enum(ROLLUP_METHODS).default('pooled'),
    momentOfTruthMultiplier: z.number().finite().min(1).max(5).default(1),
    /** Mystery-shopping rule: a failed criterion needs a comment before the visit can be completed. */
    failRequiresComment: z.boolean().default(false),
    /** Mystery-shopping rule: every photo is reviewed for faces and name badges (markup saved) before completion. */
    redactionRequired: z.boolean().default(false),
    /** Wave statistics: a site with fewer scored visits than this in a wave is marked "too few visits". */
    minVisitsPerSite: z.number().int().min(1).max(50).default(DEFAULT_MIN_VISITS),
    stages: z.array(stageSchema).min(1).max(30),
    touchpoints: z.array(touchpointSchema).max(500),
  })
  .strict()
  .superRefine((t, ctx) => {
    const stageIds = new Set<string>();
    t.stages.forEach((s, i) => {
      if (stageIds.has(s.id))
        ctx.addIssue({ code: 'custom', path: ['stages', i, 'id'], message: `duplicate stage id "${s.id}"` });
      stageIds.add(s.id);
    });
    const tpIds = new Set<string>();
    t.touchpoints.forEach((tp, i) => {
      if (tpIds.has(tp.id))
        ctx.addIssue({ code: 'custom', path: ['touchpoints', i, 'id'], message: `duplicate touchpoint id "${tp.id}"` });
      tpIds.add(tp.id);
      if (!stageIds.has(tp.stageId))
        ctx.addIssue({
          code: 'custom',
          path: ['touchpoints', i, 'stageId'],
          message: `no stage with id "${tp.stageId}"`,
        });
      const cIds = new Set<string>();
      tp.criteria.forEach((c, j) => {
        if (cIds.has(c.id))
          ctx.addIssue({
            code: 'custom',
            path: ['touchpoints', i, 'criteria', j, 'id'],
            message: `duplicate criterion id "${c.id}"`,
          });
        cIds.add(c.id);
        if (c.scale.type === 'options' && new Set(c.scale.options.map((o) => o.id)).size !== c.scale.options.length) {
          ctx.addIssue({
            code: 'custom',
            path: ['touchpoints', i, 'criteria', j, 'scale', 'options'],
            message: 'option ids must be unique',
          });
        }
        // A per-channel answer is kept by channel name: "Web" and "web " would share one value.
        if (c.scale.type === 'perChannel') {
          const seen = new Set<string>();
          c.scale.channels.forEach((channel, k) => {
            const same = channel.trim().toLocaleLowerCase();
            if (seen.has(same))
              ctx.addIssue({
                code: 'custom',
                path: ['touchpoints', i, 'criteria', j, 'scale', 'channels', k],
                message: `channel names must be unique ("${channel.trim()}" is there twice)`,
              });
            seen.add(same);
          });
        }
      });
    });
  });
export type TemplateDefinition = z.output<typeof templateDefinitionSchema>;
export type TemplateDefinitionInput = z.input<typeof templateDefinitionSchema>;
