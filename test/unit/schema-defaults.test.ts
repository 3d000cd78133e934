import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { withStoredDefaults } from '../../shared/domain/schema-defaults';
import { templateDefinitionSchema } from '../../shared/domain/template';
import { BUILTIN_TEMPLATES } from '../../shared/templates/builtin';
import { testTemplate } from '../support/test-template';

/** A stored copy: what JSON.stringify of a parsed value gives back, as the database holds it. */
const stored = (value: unknown) => JSON.parse(JSON.stringify(value)) as Record<string, unknown>;

describe('a stored definition read back without a second validation', () => {
  it('equals what zod gives for every built-in template in every language and for the test template', () => {
    const sources = [...BUILTIN_TEMPLATES.flatMap((t) => Object.values(t.versions)), testTemplate()];
    for (const source of sources) {
      const parsed = templateDefinitionSchema.parse(source);
      expect(withStoredDefaults(templateDefinitionSchema, stored(parsed))).toEqual(parsed);
      // Input with every default left out (as a template file may be) gets the same values zod fills.
      expect(withStoredDefaults(templateDefinitionSchema, stored(source))).toEqual(parsed);
    }
  });

  it('fills a field the schema gained after the row was stored, at every level, from the schema', () => {
    const row = stored(templateDefinitionSchema.parse(testTemplate()));
    delete row.minVisitsPerSite;
    delete row.rollup;
    const touchpoints = row.touchpoints as Record<string, unknown>[];
    delete touchpoints[0]!.momentOfTruth;
    const criterion = (touchpoints[1]!.criteria as Record<string, unknown>[])[0]!;
    delete criterion.allowNa;
    delete criterion.weight;
    const read = withStoredDefaults(templateDefinitionSchema, row);
    expect(read.minVisitsPerSite).toBe(3);
    expect(read.rollup).toBe('pooled');
    expect(read.touchpoints[0]!.momentOfTruth).toBe(false);
    expect(read.touchpoints[1]!.criteria[0]).toMatchObject({ allowNa: true, weight: 1 });
  });

  it('keeps stored values, and does not validate again (the row was checked on the way in)', () => {
    const row = stored(templateDefinitionSchema.parse(testTemplate({ rollup: 'average', minVisitsPerSite: 7 })));
    (row.touchpoints as Record<string, unknown>[])[0]!.name = '';
    const read = withStoredDefaults(templateDefinitionSchema, row);
    expect(read).toMatchObject({ rollup: 'average', minVisitsPerSite: 7 });
    expect(read.touchpoints[0]!.name).toBe('');
    expect(() => templateDefinitionSchema.parse(row)).toThrow();
  });

  it('picks the right option of a discriminated union, and parses a schema whose output it cannot tell', () => {
    const shape = z.object({
      items: z.array(
        z.discriminatedUnion('kind', [
          z.object({ kind: z.literal('a'), size: z.number().default(1) }),
          z.object({ kind: z.literal('b'), label: z.string().default('none') }),
        ]),
      ),
    });
    expect(withStoredDefaults(shape, { items: [{ kind: 'a' }, { kind: 'b' }, { kind: 'a', size: 5 }] })).toEqual({
      items: [
        { kind: 'a', size: 1 },
        { kind: 'b', label: 'none' },
        { kind: 'a', size: 5 },
      ],
    });
    const transformed = z.object({ n: z.string().default('2').transform(Number) });
    expect(withStoredDefaults(transformed, {})).toEqual({ n: 2 });
    expect(() => withStoredDefaults(transformed, { n: 3 })).toThrow();
  });
});
