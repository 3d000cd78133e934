import { describe, expect, it } from 'vitest';
import { outOfOrderMoments } from '../../shared/domain/visit';
import { actionsOfReport } from '../../shared/reports/report-actions';

describe('actionsOfReport', () => {
  const actions = [
    { id: 'own', auditId: 'A' },
    { id: 'baseline', auditId: 'B' },
    { id: 'client-wide', auditId: null },
    { id: 'other', auditId: 'C' },
  ];
  it("keeps the audit's, its baseline's and the client-wide actions, in the order given", () => {
    expect(actionsOfReport(actions, { auditId: 'A', baselineId: 'B' }).map((a) => a.id)).toEqual([
      'own',
      'baseline',
      'client-wide',
    ]);
  });
  it('without a baseline, never takes an action of another audit', () => {
    expect(actionsOfReport(actions, { auditId: 'A', baselineId: null }).map((a) => a.id)).toEqual([
      'own',
      'client-wide',
    ]);
  });
});

describe('outOfOrderMoments', () => {
  it('flags a moment stamped before an earlier moment, and only that one', () => {
    expect(
      outOfOrderMoments({
        entered: '2027-02-01T10:00:00Z',
        greeted: '2027-02-01T09:59:00Z',
        served: '2027-02-01T10:05:00Z',
      }),
    ).toEqual(['greeted']);
  });
  it('accepts gaps and equal times', () => {
    expect(outOfOrderMoments({ entered: '2027-02-01T10:00:00Z', paid: '2027-02-01T10:00:00Z' })).toEqual([]);
  });
});
