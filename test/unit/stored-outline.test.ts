import { describe, expect, it } from 'vitest';
import { outlineJsonOf, parseDefinition, parseOutline } from '../../electron/backend/templates/stored-definition';
import { outlineOf } from '../../shared/domain/template-outline';
import { testTemplate } from '../support/test-template';

describe('a stored outline is read with the same defaults as its definition', () => {
  it('reads back exactly the outline of the definition it was made from', () => {
    const json = JSON.stringify(testTemplate());
    expect(parseOutline(outlineJsonOf(json))).toEqual(outlineOf(parseDefinition(json)));
  });

  it('fills a field stored without it (as if the field or its default came later) as the definition is filled', () => {
    const stored = { ...testTemplate() } as Record<string, unknown>;
    for (const field of ['rollup', 'momentOfTruthMultiplier', 'minVisitsPerSite']) delete stored[field];
    stored.touchpoints = (stored.touchpoints as Record<string, unknown>[]).map(({ momentOfTruth: _, ...tp }) => tp);
    const definitionJson = JSON.stringify(stored);
    const outline = JSON.parse(outlineJsonOf(definitionJson)) as Record<string, unknown>;
    for (const field of ['rollup', 'momentOfTruthMultiplier', 'minVisitsPerSite']) delete outline[field];
    outline.touchpoints = (outline.touchpoints as Record<string, unknown>[]).map(({ momentOfTruth: _, ...tp }) => tp);
    const read = parseOutline(JSON.stringify(outline));
    expect(read).toEqual(outlineOf(parseDefinition(definitionJson)));
    expect(read.touchpoints.every((tp) => tp.momentOfTruth === false)).toBe(true);
    expect(read.rollup).toBe('pooled');
  });
});
