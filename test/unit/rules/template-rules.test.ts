import { describe, expect, it } from 'vitest';
import { templateDefinitionSchema, type Criterion, type TemplateDefinition } from '../../../shared/domain/template';
import { criterionScoringShape, templateScoringShape } from '../../../shared/rules/template-rules';
import { testTemplate } from '../../support/test-template';

const criterion = (over: Partial<Criterion> = {}): Criterion => ({
  id: 'c',
  question: 'Q?',
  guidance: '',
  family: 'general',
  scale: { type: 'yesno' },
  weight: 1,
  critical: false,
  allowNa: true,
  ...over,
});
const options = (...opts: [string, string, number][]): Criterion['scale'] => ({
  type: 'options',
  options: opts.map(([id, label, points]) => ({ id, label, points })),
});

describe('criterionScoringShape', () => {
  it('spells out id, scale, weight, critical flag and N/A allowed', () => {
    expect(criterionScoringShape(criterion())).toBe('["c",{"type":"yesno"},1,false,true]');
    expect(
      criterionScoringShape(criterion({ scale: options(['a', 'A', 2], ['b', 'B', 0]), weight: 3, critical: true })),
    ).toBe('["c",{"type":"options","options":[["a",2],["b",0]]},3,true,true]');
    expect(criterionScoringShape(criterion({ scale: { type: 'perChannel', channels: ['Web', 'Phone'] } }))).toBe(
      '["c",{"type":"perChannel","channels":2},1,false,true]',
    );
  });

  it('wording does not change it; anything that scores does', () => {
    const base = criterionScoringShape(criterion());
    expect(criterionScoringShape(criterion({ question: 'Other words?', guidance: 'x', family: 'continuity' }))).toBe(
      base,
    );
    for (const changed of [
      criterion({ id: 'd' }),
      criterion({ weight: 2 }),
      criterion({ critical: true }),
      criterion({ allowNa: false }),
      criterion({ scale: { type: 'scale5' } }),
      criterion({ scale: { type: 'scale10' } }),
    ])
      expect(criterionScoringShape(changed)).not.toBe(base);
  });

  it('options: labels are wording, ids and points are not; channels: names are wording, their number is not', () => {
    const shape = (scale: Criterion['scale']) => criterionScoringShape(criterion({ scale }));
    const opts = shape(options(['a', 'Fast', 2], ['b', 'Slow', 0]));
    expect(shape(options(['a', 'Rapid', 2], ['b', 'Late', 0]))).toBe(opts);
    expect(shape(options(['a', 'Fast', 3], ['b', 'Slow', 0]))).not.toBe(opts);
    expect(shape(options(['x', 'Fast', 2], ['b', 'Slow', 0]))).not.toBe(opts);
    const two = shape({ type: 'perChannel', channels: ['Web', 'Phone'] });
    expect(shape({ type: 'perChannel', channels: ['Site', 'Call'] })).toBe(two);
    expect(shape({ type: 'perChannel', channels: ['Web', 'Phone', 'Store'] })).not.toBe(two);
  });
});

describe('templateScoringShape', () => {
  const base: TemplateDefinition = templateDefinitionSchema.parse(testTemplate());
  const shape = templateScoringShape(base);
  const edit = (change: (d: TemplateDefinition) => void): string => {
    const copy = structuredClone(base);
    change(copy);
    return templateScoringShape(copy);
  };

  it('the same template in other words (another language) has the same shape', () => {
    expect(
      edit((d) => {
        d.name = 'Parcurs de test';
        d.language = 'ro';
        d.description = 'Pentru teste';
        d.stages[0]!.name = 'Înainte';
        d.touchpoints[0]!.name = 'Site';
        d.touchpoints[0]!.channel = 'Internet';
        d.touchpoints[0]!.criteria[0]!.question = 'Este afișat prețul?';
      }),
    ).toBe(shape);
  });

  it('every scoring part of a template changes it', () => {
    const changes: ((d: TemplateDefinition) => void)[] = [
      (d) => (d.rollup = 'average'),
      (d) => (d.momentOfTruthMultiplier = 2),
      (d) => (d.failRequiresComment = true),
      (d) => (d.stages[0]!.id = 'first'),
      (d) => d.stages.reverse(),
      (d) => (d.touchpoints[0]!.id = 'site'),
      (d) => (d.touchpoints[0]!.stageId = 'during'),
      (d) => (d.touchpoints[0]!.kind = 'human'),
      (d) => (d.touchpoints[0]!.momentOfTruth = true),
      (d) => (d.touchpoints[0]!.criteria[0]!.weight = 50),
      (d) => d.touchpoints[0]!.criteria.pop(),
      (d) => d.touchpoints.pop(),
    ];
    for (const change of changes) expect(edit(change)).not.toBe(shape);
  });

  it('lists its parts in a fixed order', () => {
    const one = templateDefinitionSchema.parse({
      format: 'journey-audit.template',
      formatVersion: 1,
      name: 'One',
      language: 'en',
      stages: [{ id: 's', name: 'S' }],
      touchpoints: [
        {
          id: 't',
          stageId: 's',
          name: 'T',
          kind: 'physical',
          channel: 'Store',
          criteria: [{ id: 'c', question: 'Q?', scale: { type: 'yesno' } }],
        },
      ],
    });
    expect(templateScoringShape(one)).toBe(
      JSON.stringify([
        'pooled',
        1,
        false,
        ['s'],
        [['t', 's', 'physical', false, ['["c",{"type":"yesno"},1,false,true]']]],
      ]),
    );
  });
});

describe('templateDefinitionSchema: the channels of a per-channel question', () => {
  const withChannels = (channels: string[]) => {
    const d = JSON.parse(JSON.stringify(testTemplate())) as TemplateDefinition;
    d.touchpoints[0]!.criteria[0]!.scale = { type: 'perChannel', channels };
    return templateDefinitionSchema.safeParse(d);
  };

  it('are each named once, apart from spaces and case, as a per-channel answer is kept by name', () => {
    expect(withChannels(['Web', 'Phone', 'Branch']).success).toBe(true);
    for (const channels of [
      ['Web', 'Web'],
      ['Web', 'Web '],
      ['Web', 'Phone', 'wEB'],
    ]) {
      const parsed = withChannels(channels);
      expect(parsed.success).toBe(false);
      expect(parsed.error!.issues).toEqual([
        expect.objectContaining({
          path: ['touchpoints', 0, 'criteria', 0, 'scale', 'channels', channels.length - 1],
          message: expect.stringMatching(/^channel names must be unique \("[Ww][Ee][Bb]" is there twice\)$/),
        }),
      ]);
    }
  });
});
