import { describe, expect, it } from 'vitest';
import { templateDefinitionSchema, type TemplateDefinition } from '../../shared/domain/template';
import { BUILTIN_TEMPLATES } from '../../shared/templates/builtin';

const LANGUAGES = ['en', 'ar', 'ro'] as const;
const KEYS = ['omnichannel-journey', 'lifecycle-six-step', 'mystery-shop-branch', 'omnichannel-consistency'];
const ARABIC = /[\u0600-\u06FF]/;

/** Minimum size and special rules of each shipped template. */
const MINIMUMS: Record<
  string,
  { touchpoints: number; stages?: number; perChannel?: number; failRequiresComment?: boolean }
> = {
  'omnichannel-journey': { touchpoints: 25, stages: 5 },
  'lifecycle-six-step': { touchpoints: 18, stages: 6 },
  'mystery-shop-branch': { touchpoints: 14, failRequiresComment: true },
  'omnichannel-consistency': { touchpoints: 10, perChannel: 6 },
};

function parse(key: string, language: (typeof LANGUAGES)[number]): TemplateDefinition {
  const template = BUILTIN_TEMPLATES.find((t) => t.key === key);
  if (!template) throw new Error(`no built-in template "${key}"`);
  const result = templateDefinitionSchema.safeParse(template.versions[language]);
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`${key}/${language} does not parse:\n${issues}`);
  }
  return result.data;
}

/** Everything but the texts: what must be identical across the language versions. */
function structureOf(t: TemplateDefinition) {
  return {
    rollup: t.rollup,
    momentOfTruthMultiplier: t.momentOfTruthMultiplier,
    failRequiresComment: t.failRequiresComment,
    stages: t.stages.map((s) => s.id),
    touchpoints: t.touchpoints.map((tp) => ({
      id: tp.id,
      stageId: tp.stageId,
      kind: tp.kind,
      momentOfTruth: tp.momentOfTruth,
      criteria: tp.criteria.map((c) => ({
        id: c.id,
        family: c.family,
        weight: c.weight,
        critical: c.critical,
        allowNa: c.allowNa,
        scale: c.scale.type,
        options: c.scale.type === 'options' ? c.scale.options.map((o) => [o.id, o.points]) : null,
        channels: c.scale.type === 'perChannel' ? c.scale.channels.length : null,
      })),
    })),
  };
}

const criteriaOf = (t: TemplateDefinition) => t.touchpoints.flatMap((tp) => tp.criteria);

describe('built-in templates', () => {
  it('ships exactly the four templates', () => {
    expect(BUILTIN_TEMPLATES.map((t) => t.key)).toEqual(KEYS);
  });

  describe.each(KEYS)('%s', (key) => {
    it('parses in every language', () => {
      for (const language of LANGUAGES) expect(() => parse(key, language)).not.toThrow();
    });

    it('has the same structure in every language', () => {
      const en = structureOf(parse(key, 'en'));
      expect(structureOf(parse(key, 'ar'))).toEqual(en);
      expect(structureOf(parse(key, 'ro'))).toEqual(en);
    });

    it('meets its minimum size and rules', () => {
      const t = parse(key, 'en');
      const min = MINIMUMS[key]!;
      expect(t.touchpoints.length).toBeGreaterThanOrEqual(min.touchpoints);
      if (min.stages !== undefined) {
        expect(t.stages.length).toBe(min.stages);
        const used = new Set(t.touchpoints.map((tp) => tp.stageId));
        expect(t.stages.filter((s) => !used.has(s.id)).map((s) => s.id)).toEqual([]);
      }
      if (min.perChannel !== undefined)
        expect(criteriaOf(t).filter((c) => c.scale.type === 'perChannel').length).toBeGreaterThanOrEqual(
          min.perChannel,
        );
      if (min.failRequiresComment !== undefined) expect(t.failRequiresComment).toBe(min.failRequiresComment);
    });

    it('gives every touchpoint 3 to 6 criteria', () => {
      const t = parse(key, 'en');
      const outside = t.touchpoints
        .filter((tp) => tp.criteria.length < 3 || tp.criteria.length > 6)
        .map((tp) => `${tp.id}: ${tp.criteria.length}`);
      expect(outside).toEqual([]);
    });

    it('has at least one moment of truth and one critical criterion', () => {
      const t = parse(key, 'en');
      expect(t.touchpoints.some((tp) => tp.momentOfTruth)).toBe(true);
      expect(criteriaOf(t).some((c) => c.critical)).toBe(true);
    });

    it('writes every Arabic question and touchpoint name in Arabic', () => {
      const t = parse(key, 'ar');
      const latin = [
        ...t.touchpoints.filter((tp) => !ARABIC.test(tp.name)).map((tp) => `touchpoint ${tp.id}: ${tp.name}`),
        ...t.touchpoints.flatMap((tp) =>
          tp.criteria.filter((c) => !ARABIC.test(c.question)).map((c) => `${tp.id}/${c.id}: ${c.question}`),
        ),
      ];
      expect(latin).toEqual([]);
    });

    it('translates the Romanian questions', () => {
      const en = criteriaOf(parse(key, 'en'));
      const ro = criteriaOf(parse(key, 'ro'));
      const differing = ro.filter((c, i) => c.question.trim() !== en[i]!.question.trim()).length;
      expect(differing / ro.length).toBeGreaterThanOrEqual(0.9);
    });

    it('never asks the same question twice in one touchpoint', () => {
      for (const language of LANGUAGES) {
        const t = parse(key, language);
        const repeated = t.touchpoints.flatMap((tp) => {
          const questions = tp.criteria.map((c) => c.question.trim().toLocaleLowerCase());
          return questions.filter((q, i) => questions.indexOf(q) !== i).map((q) => `${language} ${tp.id}: ${q}`);
        });
        expect(repeated).toEqual([]);
      }
    });
  });

  it('uses all three touchpoint kinds in omnichannel-journey', () => {
    const kinds = new Set(parse('omnichannel-journey', 'en').touchpoints.map((tp) => tp.kind));
    expect([...kinds].sort()).toEqual(['digital', 'human', 'physical']);
  });
});
