import type { Answer, AnswerValue } from '../../shared/domain/audit';
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
          {
            id: 'greeting',
            question: 'Greeted within 30 seconds?',
            scale: { type: 'yesno' },
            critical: true,
            allowNa: false,
          },
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
          {
            id: 'hours',
            question: 'Opening hours quoted',
            scale: { type: 'perChannel', channels: ['Web', 'Phone', 'Store'] },
          },
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

/** An answer to one criterion of the test template: touchpoint, criterion, value. */
export type TestAnswer = [touchpointId: string, criterionId: string, value: AnswerValue];

/**
 * A baseline and a follow-up of the test template, every criterion answered (the hours N/A).
 * Pooled: baseline 50.0% (the greeting knock-out caps the branch at 0), follow-up 84.3%; the
 * arithmetic is written out in test/e2e/compare.e2e.test.ts.
 */
export const BASELINE_ANSWERS: TestAnswer[] = [
  ['website', 'price-shown', { kind: 'yesno', value: true }],
  ['website', 'ease', { kind: 'scale', value: 3 }],
  ['branch', 'greeting', { kind: 'yesno', value: false }],
  ['branch', 'nps-like', { kind: 'scale', value: 6 }],
  ['branch', 'wait', { kind: 'option', optionId: 'medium' }],
  ['branch', 'hours', { kind: 'na' }],
  ['signage', 'visible', { kind: 'yesno', value: true }],
];
export const FOLLOW_UP_ANSWERS: TestAnswer[] = [
  ['website', 'price-shown', { kind: 'yesno', value: true }],
  ['website', 'ease', { kind: 'scale', value: 5 }],
  ['branch', 'greeting', { kind: 'yesno', value: true }],
  ['branch', 'nps-like', { kind: 'scale', value: 9 }],
  ['branch', 'wait', { kind: 'option', optionId: 'short' }],
  ['branch', 'hours', { kind: 'na' }],
  ['signage', 'visible', { kind: 'yesno', value: false }],
];

/** Every criterion answered, none failed (the hours N/A): enough for audits.complete to accept the audit. */
export const PASSING_ANSWERS: TestAnswer[] = [
  ['website', 'price-shown', { kind: 'yesno', value: true }],
  ['website', 'ease', { kind: 'scale', value: 4 }],
  ['branch', 'greeting', { kind: 'yesno', value: true }],
  ['branch', 'nps-like', { kind: 'scale', value: 8 }],
  ['branch', 'wait', { kind: 'option', optionId: 'short' }],
  ['branch', 'hours', { kind: 'na' }],
  ['signage', 'visible', { kind: 'yesno', value: true }],
];

/** An answer as scoring takes it (no note, no time). */
export const answerOf = (touchpointId: string, criterionId: string, value: AnswerValue): Answer => ({
  touchpointId,
  criterionId,
  value,
  note: '',
  updatedAt: '',
});
