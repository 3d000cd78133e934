import { describe, expect, it } from 'vitest';
import type { Answer, AnswerValue, AuditScope } from '../../../shared/domain/audit';
import { templateDefinitionSchema, type TemplateDefinition } from '../../../shared/domain/template';
import { failsWithoutComment } from '../../../shared/scoring/fails-without-comment';

const definition = (failRequiresComment: boolean): TemplateDefinition =>
  templateDefinitionSchema.parse({
    format: 'journey-audit.template',
    formatVersion: 1,
    name: 'Fails',
    language: 'en',
    failRequiresComment,
    stages: [
      { id: 'one', name: 'One' },
      { id: 'two', name: 'Two' },
    ],
    touchpoints: [
      {
        id: 'desk',
        stageId: 'one',
        name: 'Desk',
        kind: 'human',
        channel: 'Store',
        criteria: [
          { id: 'greet', question: 'Greeted?', scale: { type: 'yesno' } },
          { id: 'tidy', question: 'Tidy?', scale: { type: 'scale5' } },
        ],
      },
      {
        id: 'web',
        stageId: 'two',
        name: 'Website',
        kind: 'digital',
        channel: 'Web',
        criteria: [{ id: 'fast', question: 'Fast?', scale: { type: 'scale10' } }],
      },
    ],
  });
const ALL: AuditScope = { stageIds: [], kinds: ['digital', 'human', 'physical'] };
const ans = (touchpointId: string, criterionId: string, value: AnswerValue | null, note = ''): Answer => ({
  touchpointId,
  criterionId,
  value,
  note,
  updatedAt: '',
});
const no: AnswerValue = { kind: 'yesno', value: false };
const scale = (value: number): AnswerValue => ({ kind: 'scale', value });

describe('failsWithoutComment', () => {
  it('lists fails (below half the points) with no comment, in walk order', () => {
    const answers = [
      ans('web', 'fast', scale(4)), // 4 of 10: a fail
      ans('desk', 'tidy', scale(2)), // 1 of 4: a fail
      ans('desk', 'greet', no),
    ];
    expect(failsWithoutComment(definition(true), ALL, answers)).toEqual([
      { touchpointId: 'desk', touchpointName: 'Desk', criterionId: 'greet', question: 'Greeted?' },
      { touchpointId: 'desk', touchpointName: 'Desk', criterionId: 'tidy', question: 'Tidy?' },
      { touchpointId: 'web', touchpointName: 'Website', criterionId: 'fast', question: 'Fast?' },
    ]);
  });

  it('exactly half the points is not a fail; a comment (not only spaces) clears one', () => {
    const answers = [
      ans('desk', 'greet', no, 'Nobody at the desk'),
      ans('desk', 'tidy', scale(3)), // 2 of 4: not a fail
      ans('web', 'fast', scale(1), ' \n '),
    ];
    expect(failsWithoutComment(definition(true), ALL, answers)).toEqual([
      { touchpointId: 'web', touchpointName: 'Website', criterionId: 'fast', question: 'Fast?' },
    ]);
  });

  it('unanswered, N/A and passing answers are not fails; touchpoints out of scope are not checked', () => {
    const answers = [ans('desk', 'greet', { kind: 'na' }), ans('desk', 'tidy', null), ans('web', 'fast', scale(0))];
    expect(failsWithoutComment(definition(true), ALL, answers).map((f) => f.criterionId)).toEqual(['fast']);
    expect(failsWithoutComment(definition(true), { stageIds: ['one'], kinds: ['human'] }, answers)).toEqual([]);
    expect(failsWithoutComment(definition(true), ALL, [ans('desk', 'greet', { kind: 'yesno', value: true })])).toEqual(
      [],
    );
  });

  it('an answer is matched by touchpoint and criterion together', () => {
    // "web"/"greet" does not exist: a fail there must not be read as desk/greet.
    expect(failsWithoutComment(definition(true), ALL, [ans('web', 'greet', no)])).toEqual([]);
  });

  it('templates without the rule ask for nothing', () => {
    expect(failsWithoutComment(definition(false), ALL, [ans('desk', 'greet', no)])).toEqual([]);
  });
});
