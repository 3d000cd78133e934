import { describe, expect, it } from 'vitest';
import { titleFromFinding } from '../../renderer/src/screens/actions/action-format';
import {
  actionChangesSchema,
  actionFieldsSchema,
  isOverdue,
  localIsoDate,
  sortActions,
  type Action,
} from '../../shared/domain/action';

const TODAY = '2027-03-10';
let seq = 0;
function action(over: Partial<Action>): Action {
  seq += 1;
  return {
    id: `00000000-0000-4000-8000-${String(seq).padStart(12, '0')}`,
    clientId: 'c',
    auditId: null,
    auditTitle: null,
    touchpointId: null,
    criterionId: null,
    title: `Action ${seq}`,
    detail: '',
    owner: '',
    dueDate: null,
    priority: 'medium',
    status: 'open',
    createdAt: `2027-01-01T00:00:${String(seq % 60).padStart(2, '0')}.000Z`,
    updatedAt: '2027-01-01T00:00:00.000Z',
    ...over,
  };
}

describe('isOverdue', () => {
  it('is overdue the day after the due date, while still to do', () => {
    expect(isOverdue({ dueDate: '2027-03-09', status: 'open' }, TODAY)).toBe(true);
    expect(isOverdue({ dueDate: '2027-03-09', status: 'in_progress' }, TODAY)).toBe(true);
    expect(isOverdue({ dueDate: '2026-12-31', status: 'open' }, TODAY)).toBe(true);
  });
  it('is not overdue on the due date itself, nor before it', () => {
    expect(isOverdue({ dueDate: TODAY, status: 'open' }, TODAY)).toBe(false);
    expect(isOverdue({ dueDate: '2027-03-11', status: 'open' }, TODAY)).toBe(false);
  });
  it('is never overdue when done or dropped', () => {
    expect(isOverdue({ dueDate: '2020-01-01', status: 'done' }, TODAY)).toBe(false);
    expect(isOverdue({ dueDate: '2020-01-01', status: 'dropped' }, TODAY)).toBe(false);
  });
  it('is never overdue without a due date', () => {
    expect(isOverdue({ dueDate: null, status: 'open' }, TODAY)).toBe(false);
  });
  it('compares calendar dates across month and year ends', () => {
    expect(isOverdue({ dueDate: '2027-02-28', status: 'open' }, '2027-03-01')).toBe(true);
    expect(isOverdue({ dueDate: '2026-12-31', status: 'open' }, '2027-01-01')).toBe(true);
  });
  it('takes today in the local time zone', () => {
    expect(localIsoDate(new Date(2027, 0, 5, 23, 59))).toBe('2027-01-05');
    expect(localIsoDate(new Date(2027, 11, 31, 0, 1))).toBe('2027-12-31');
  });
});

describe('the plan order', () => {
  it('puts overdue first, then open before closed, then by due date (undated last), then by priority', () => {
    const list = [
      action({ title: 'done, due soon', status: 'done', dueDate: '2027-03-11' }),
      action({ title: 'undated high', priority: 'high' }),
      action({ title: 'due later low', dueDate: '2027-04-01', priority: 'low' }),
      action({ title: 'due later high', dueDate: '2027-04-01', priority: 'high' }),
      action({ title: 'overdue recent', dueDate: '2027-03-09' }),
      action({ title: 'overdue old', dueDate: '2027-01-09', status: 'in_progress' }),
      action({ title: 'due today', dueDate: TODAY }),
      action({ title: 'undated low', priority: 'low' }),
      action({ title: 'dropped, long past', status: 'dropped', dueDate: '2020-01-01' }),
      action({ title: 'undated medium' }),
    ];
    expect(sortActions(list, TODAY).map((a) => a.title)).toEqual([
      'overdue old',
      'overdue recent',
      'due today',
      'due later high',
      'due later low',
      'undated high',
      'undated medium',
      'undated low',
      'dropped, long past',
      'done, due soon',
    ]);
  });

  it('is stable for equal keys: the older action first', () => {
    const a = action({ title: 'a', createdAt: '2027-01-01T10:00:00.000Z' });
    const b = action({ title: 'b', createdAt: '2027-01-01T09:00:00.000Z' });
    expect(sortActions([a, b], TODAY).map((x) => x.title)).toEqual(['b', 'a']);
    expect(sortActions([b, a], TODAY).map((x) => x.title)).toEqual(['b', 'a']);
  });

  it('does not change the list it was given', () => {
    const list = [action({ dueDate: '2027-05-01' }), action({ dueDate: '2027-01-01' })];
    const copy = [...list];
    sortActions(list, TODAY);
    expect(list).toEqual(copy);
  });
});

describe('action schemas', () => {
  const clientId = '5b8a3c3e-7d5e-4f57-9a53-2b8a2f1f0c11';
  it('fills defaults for a new action and trims the title', () => {
    expect(actionFieldsSchema.parse({ clientId, title: '  Train tellers  ' })).toEqual({
      clientId,
      auditId: null,
      touchpointId: null,
      criterionId: null,
      title: 'Train tellers',
      detail: '',
      owner: '',
      dueDate: null,
      priority: 'medium',
      status: 'open',
    });
  });
  it('refuses a blank title, an impossible date, an unknown status and unknown fields', () => {
    expect(actionFieldsSchema.safeParse({ clientId, title: '   ' }).success).toBe(false);
    expect(actionFieldsSchema.safeParse({ clientId, title: 'x', dueDate: '2027-02-30' }).success).toBe(false);
    expect(actionFieldsSchema.safeParse({ clientId, title: 'x', dueDate: '10/03/2027' }).success).toBe(false);
    expect(actionChangesSchema.safeParse({ status: 'closed' }).success).toBe(false);
    expect(actionChangesSchema.safeParse({ clientId }).success).toBe(false);
  });
  it('leaves out what a change does not name', () => {
    expect(actionChangesSchema.parse({ status: 'done' })).toEqual({ status: 'done' });
    expect(actionChangesSchema.parse({ dueDate: null })).toEqual({ dueDate: null });
  });
});

describe('a title from a finding', () => {
  it('takes the first non-empty line, without a list marker', () => {
    expect(titleFromFinding('\n  - Greet every customer within 30 seconds\nTellers were busy')).toBe(
      'Greet every customer within 30 seconds',
    );
    expect(titleFromFinding('1. درّب الموظفين على الترحيب')).toBe('درّب الموظفين على الترحيب');
    expect(titleFromFinding('')).toBe('');
  });
  it('cuts a long line at a word, within the limit', () => {
    const long = `${'word '.repeat(60)}end`;
    const title = titleFromFinding(long, 200);
    expect(title.length).toBeLessThanOrEqual(200);
    expect(title.endsWith('word…')).toBe(true);
  });
});
