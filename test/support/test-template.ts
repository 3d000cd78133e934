import type { TemplateDefinitionInput } from '../../shared/domain/template';

/** A small template covering every scale, a critical criterion and a moment of truth. */
export function testTemplate(overrides: Partial<TemplateDefinitionInput> = {}): TemplateDefinitionInput {
  return {
    format: 'journey-audit.template',
    formatVersion: 1,
    name: 'Test journey',
    description: 'For tests',
    language: 'en',
    stages: [
      { id: 'before', name: 'Before' },
      { id: 'during', name: 'During' },
    ],
    touchpoints: [
      {
        id: 'website',
        stageId: 'before',
        name: 'Website',
        kind: 'digital',
        channel: 'Web',
        criteria: [
          { id: 'price-shown', question: 'Is the full price shown?', scale: { type: 'yesno' }, weight: 2 },
          { id: 'ease', question: 'How easy is it to find opening hours?', scale: { type: 'scale5' } },
        ],
      },
      {
        id: 'branch',
        stageId: 'during',
        name: 'Branch counter',
        kind: 'human',
        channel: 'Store',
        momentOfTruth: true,
        criteria: [
          { id: 'greeting', question: 'Greeted within 30 seconds?', scale: { type: 'yesno' }, critical: true, allowNa: false },
          { id: 'nps-like', question: 'Likelihood to come back', scale: { type: 'scale10' } },
          {
            id: 'wait',
            question: 'Waiting time',
            scale: {
              type: 'options',
              options: [
                { id: 'short', label: 'Under 2 min', points: 3 },
                { id: 'medium', label: '2-5 min', points: 1 },
                { id: 'long', label: 'Over 5 min', points: 0 },
              ],
            },
          },
          { id: 'hours', question: 'Opening hours quoted', scale: { type: 'perChannel', channels: ['Web', 'Phone', 'Store'] } },
        ],
      },
      {
        id: 'signage',
        stageId: 'during',
        name: 'Signage',
        kind: 'physical',
        channel: 'Store',
        criteria: [{ id: 'visible', question: 'Is the sign visible from the street?', scale: { type: 'yesno' } }],
      },
    ],
    ...overrides,
  };
}
