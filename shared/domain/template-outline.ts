import { z } from 'zod';
import {
  stageSchema,
  templateDefinitionSchema,
  touchpointSchema,
  type Stage,
  type TemplateDefinition,
  type Touchpoint,
} from './template';

/** A touchpoint as summaries name, group and order it: no criteria (a stored roll-up counts them). */
export type OutlineTouchpoint = Pick<Touchpoint, 'id' | 'stageId' | 'name' | 'kind' | 'channel' | 'momentOfTruth'>;

/**
 * What read-only summaries need of a template version (dashboards, trends, league tables, stored
 * roll-ups matched back to their touchpoints): names, order, moments of truth and the roll-up rule.
 * Stored beside each version (template_versions.outline_json, a few KB where a definition is
 * hundreds), so the first dashboard after a start does not parse whole definitions. A definition
 * is an outline too: whatever takes an outline takes a definition.
 *
 * Changing this shape needs a migration that writes the stored outlines again (outlineOf of each
 * version's definition).
 */
export interface TemplateOutline {
  name: TemplateDefinition['name'];
  rollup: TemplateDefinition['rollup'];
  momentOfTruthMultiplier: TemplateDefinition['momentOfTruthMultiplier'];
  minVisitsPerSite: TemplateDefinition['minVisitsPerSite'];
  stages: readonly Pick<Stage, 'id' | 'name'>[];
  touchpoints: readonly OutlineTouchpoint[];
}

const { name, rollup, momentOfTruthMultiplier, minVisitsPerSite } = templateDefinitionSchema.shape;
/**
 * The outline's fields as the definition's schema has them (the same defaults): a stored outline is read
 * through it (withStoredDefaults), so a default added to the definition later fills an outline stored
 * before it exactly as it fills that version's definition.
 */
export const templateOutlineSchema = z.object({
  name,
  rollup,
  momentOfTruthMultiplier,
  minVisitsPerSite,
  stages: z.array(stageSchema.pick({ id: true, name: true })),
  touchpoints: z.array(
    touchpointSchema.pick({ id: true, stageId: true, name: true, kind: true, channel: true, momentOfTruth: true }),
  ),
});

/** The outline of a definition (its defaults filled), field by field so nothing else travels with it. */
export function outlineOf(definition: TemplateDefinition): TemplateOutline {
  return {
    name: definition.name,
    rollup: definition.rollup,
    momentOfTruthMultiplier: definition.momentOfTruthMultiplier,
    minVisitsPerSite: definition.minVisitsPerSite,
    stages: definition.stages.map((s) => ({ id: s.id, name: s.name })),
    touchpoints: definition.touchpoints.map((tp) => ({
      id: tp.id,
      stageId: tp.stageId,
      name: tp.name,
      kind: tp.kind,
      channel: tp.channel,
      momentOfTruth: tp.momentOfTruth,
    })),
  };
}

/** Touchpoint and stage names by id, per outline (a dashboard names the moments and pain points of every site). */
export interface OutlineNames {
  touchpoints: ReadonlyMap<string, string>;
  stages: ReadonlyMap<string, string>;
}

const names = new WeakMap<TemplateOutline, OutlineNames>();

/** The outline's names by id, made once per outline (outlines are kept per version, so once per version). */
export function namesOf(outline: TemplateOutline): OutlineNames {
  let found = names.get(outline);
  if (!found)
    names.set(
      outline,
      (found = {
        touchpoints: new Map(outline.touchpoints.map((tp) => [tp.id, tp.name])),
        stages: new Map(outline.stages.map((st) => [st.id, st.name])),
      }),
    );
  return found;
}
