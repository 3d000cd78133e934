import { answerOf } from '../../support/test-template';
import { describe, expect, it } from 'vitest';
import type { AnswerValue, AuditScope } from '../../../shared/domain/audit';
import { templateDefinitionSchema, type TemplateDefinition } from '../../../shared/domain/template';
import { groupPercent, stageKindHeat } from '../../../shared/scoring/heat-table';
import { scoreAudit } from '../../../shared/scoring/score-audit';
import type { TouchpointTally } from '../../../shared/scoring/score-types';

const tally = (over: Partial<TouchpointTally>): TouchpointTally => ({
  touchpointId: 'tp',
  stageId: 's',
  kind: 'digital',
  channel: 'Web',
  momentOfTruth: false,
  earned: 0,
  possible: 0,
  scored: 0,
  na: 0,
  unanswered: 0,
  total: 1,
  calculatedPercent: null,
  percent: null,
  criticalFailed: false,
  failedCriticalIds: [],
  ...over,
});

describe('groupPercent', () => {
  it('pooled: points earned over points possible, a knocked-out touchpoint earning nothing', () => {
    const a = tally({ earned: 3, possible: 4, percent: 75 });
    const b = tally({ earned: 1, possible: 4, percent: 25 });
    expect(groupPercent([a, b], 'pooled')).toBe(50); // 4 of 8
    const knocked = tally({ earned: 4, possible: 4, calculatedPercent: 100, percent: 0, criticalFailed: true });
    expect(groupPercent([a, knocked], 'pooled')).toBe(37.5); // (3 + 0) of 8
    expect(groupPercent([tally({ earned: 1, possible: 3 })], 'pooled')).toBeCloseTo(100 / 3, 12);
  });

  it('pooled: nothing possible is no score, and such touchpoints are skipped', () => {
    expect(groupPercent([], 'pooled')).toBeNull();
    expect(groupPercent([tally({ earned: 0, possible: 0 })], 'pooled')).toBeNull();
    // A (malformed) negative possible is skipped rather than subtracted.
    expect(groupPercent([tally({ earned: 2, possible: -2 }), tally({ earned: 1, possible: 2 })], 'pooled')).toBe(50);
    expect(groupPercent([tally({ earned: 0, possible: 2 })], 'pooled')).toBe(0);
  });

  it('average: the mean of the touchpoints that have a percent', () => {
    const a = tally({ earned: 3, possible: 4, percent: 75 });
    const b = tally({ earned: 1, possible: 10, percent: 10 });
    const none = tally({ percent: null });
    expect(groupPercent([a, b, none], 'average')).toBe(42.5);
    expect(groupPercent([none], 'average')).toBeNull();
    expect(groupPercent([], 'average')).toBeNull();
    expect(groupPercent([tally({ percent: 0 })], 'average')).toBe(0);
  });
});

const definition: TemplateDefinition = templateDefinitionSchema.parse({
  format: 'journey-audit.template',
  formatVersion: 1,
  name: 'Heat',
  language: 'en',
  stages: [
    { id: 'find', name: 'Find us' },
    { id: 'empty', name: 'Nothing here' },
    { id: 'buy', name: 'Buy' },
  ],
  touchpoints: [
    { id: 'web', stageId: 'find', name: 'Web', kind: 'digital', channel: 'Web', criteria: [yesno('a'), yesno('b')] },
    { id: 'call', stageId: 'find', name: 'Call', kind: 'human', channel: 'Phone', criteria: [yesno('a')] },
    { id: 'desk', stageId: 'buy', name: 'Desk', kind: 'human', channel: 'Store', criteria: [yesno('a'), yesno('b')] },
    { id: 'app', stageId: 'buy', name: 'App', kind: 'digital', channel: 'App', criteria: [yesno('a')] },
  ],
});
function yesno(id: string) {
  return { id, question: `${id}?`, scale: { type: 'yesno' } };
}
const ans = answerOf;
const yes: AnswerValue = { kind: 'yesno', value: true };
const no: AnswerValue = { kind: 'yesno', value: false };
const ALL: AuditScope = { stageIds: [], kinds: ['digital', 'human', 'physical'] };

describe('stageKindHeat', () => {
  const answers = [ans('web', 'a', yes), ans('web', 'b', no), ans('call', 'a', yes), ans('desk', 'a', no)];

  it('rows are the stages with touchpoints in scope (template order), columns the kinds present', () => {
    const heat = stageKindHeat(definition, scoreAudit(definition, ALL, answers));
    expect(heat.stages).toEqual([
      { key: 'find', label: 'Find us' },
      { key: 'buy', label: 'Buy' },
    ]);
    expect(heat.kinds).toEqual(['digital', 'human']);
    // find/digital: web 1 of 2; find/human: call 1 of 1; buy/digital: app unanswered; buy/human: desk 0 of 1.
    expect(heat.cells).toEqual([
      [50, 100],
      [null, 0],
    ]);
  });

  it('a scope narrows rows and columns', () => {
    const scope: AuditScope = { stageIds: ['buy'], kinds: ['human'] };
    const heat = stageKindHeat(
      definition,
      scoreAudit(definition, scope, [ans('desk', 'a', yes), ans('desk', 'b', no)]),
    );
    expect(heat).toEqual({ stages: [{ key: 'buy', label: 'Buy' }], kinds: ['human'], cells: [[50]] });
  });

  it('uses the audit roll-up method for each cell', () => {
    const avg = templateDefinitionSchema.parse({ ...definition, rollup: 'average' });
    const two: TemplateDefinition = templateDefinitionSchema.parse({
      ...avg,
      touchpoints: [
        ...avg.touchpoints,
        { id: 'web2', stageId: 'find', name: 'Web 2', kind: 'digital', channel: 'Web', criteria: [yesno('a')] },
      ],
    });
    const answersHere = [ans('web', 'a', yes), ans('web', 'b', no), ans('web2', 'a', yes)];
    // average: mean(50, 100) = 75; pooled would be 2 of 3.
    expect(stageKindHeat(two, scoreAudit(two, ALL, answersHere)).cells[0]![0]).toBe(75);
    const pooled = templateDefinitionSchema.parse({ ...two, rollup: 'pooled' });
    expect(stageKindHeat(pooled, scoreAudit(pooled, ALL, answersHere)).cells[0]![0]).toBeCloseTo(200 / 3, 12);
  });
});
