import { describe, expect, it } from 'vitest';
import type { AuditDetail } from '../../shared/domain/audit';
import { sameApartFromAnswers } from '../../renderer/src/screens/audit/panel-memo';

// Only the fields the comparison looks at matter here; the rest of an AuditDetail is left out.
const audit = {
  id: 'a1',
  status: 'in_progress',
  answers: [],
  records: [],
  evidence: [],
  position: null,
  updatedAt: '2027-01-01T10:00:00.000Z',
} as unknown as AuditDetail;

describe('panels beside the walk ignore answers, and only answers', () => {
  it('an answer, the position it moves and the saved time leave the panels alone', () => {
    const answered = {
      ...audit,
      answers: [{ touchpointId: 't', criterionId: 'c', value: { kind: 'na' }, note: '', updatedAt: '' }],
      position: { touchpointId: 't', criterionId: 'c' },
      updatedAt: '2027-01-01T10:00:01.000Z',
    } as AuditDetail;
    expect(sameApartFromAnswers(audit, answered)).toBe(true);
  });

  it('a record, a photo or a status change does not', () => {
    expect(sameApartFromAnswers(audit, { ...audit, records: [] })).toBe(false);
    expect(sameApartFromAnswers(audit, { ...audit, evidence: [] })).toBe(false);
    expect(sameApartFromAnswers(audit, { ...audit, status: 'complete' })).toBe(false);
    expect(sameApartFromAnswers(audit, { ...audit, extra: 1 } as unknown as AuditDetail)).toBe(false);
  });
});
