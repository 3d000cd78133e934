import { describe, expect, it } from 'vitest';
import { splitDuration, visitDurations, visitChangesSchema, VISIT_MOMENTS } from '../../shared/domain/visit';

const at = (mmss: string) => `2027-02-03T10:${mmss}.000Z`;

describe('visitDurations', () => {
  it('derives waiting (entered→greeted), service (greeted→served) and total (entered→left)', () => {
    expect(
      visitDurations({
        entered: at('00:00'),
        greeted: at('02:30'),
        served: at('09:00'),
        paid: at('10:00'),
        left: at('12:15'),
      }),
    ).toEqual({
      waitingSeconds: 150,
      serviceSeconds: 390,
      totalSeconds: 735,
    });
  });

  it('measures service to paid when served was not tapped', () => {
    expect(visitDurations({ entered: at('00:00'), greeted: at('01:00'), paid: at('05:00') }).serviceSeconds).toBe(240);
  });

  it('gives null for a missing moment', () => {
    expect(visitDurations({})).toEqual({ waitingSeconds: null, serviceSeconds: null, totalSeconds: null });
    expect(visitDurations({ entered: at('00:00'), left: at('03:00') })).toEqual({
      waitingSeconds: null,
      serviceSeconds: null,
      totalSeconds: 180,
    });
    expect(visitDurations({ greeted: at('01:00'), served: at('02:00') })).toEqual({
      waitingSeconds: null,
      serviceSeconds: 60,
      totalSeconds: null,
    });
  });

  it('gives null for moments out of order, and zero for the same instant', () => {
    expect(
      visitDurations({ entered: at('05:00'), greeted: at('01:00'), served: at('03:00'), left: at('04:00') }),
    ).toEqual({ waitingSeconds: null, serviceSeconds: 120, totalSeconds: null });
    expect(visitDurations({ entered: at('01:00'), greeted: at('01:00') }).waitingSeconds).toBe(0);
  });

  it('ignores unreadable instants', () => {
    expect(visitDurations({ entered: 'not a time', greeted: at('01:00') }).waitingSeconds).toBeNull();
  });

  it('works across time zones', () => {
    expect(
      visitDurations({ entered: '2027-02-03T12:00:00+02:00', greeted: '2027-02-03T10:01:00Z' }).waitingSeconds,
    ).toBe(60);
  });
});

describe('visit fields', () => {
  it('lists the standard moments in order', () => {
    expect(VISIT_MOMENTS).toEqual(['entered', 'greeted', 'served', 'paid', 'left']);
  });
  it('splits a duration', () => {
    expect(splitDuration(3725)).toEqual({ h: 1, m: 2, s: 5 });
  });
  it('validates visit changes', () => {
    expect(visitChangesSchema.safeParse({ plannedDate: '2027-02-31x' }).success).toBe(false);
    expect(
      visitChangesSchema.safeParse({ startedAt: '2027-02-03T10:00:00.000Z', scenario: '  Ask about a mortgage ' }).data,
    ).toEqual({ startedAt: '2027-02-03T10:00:00.000Z', scenario: 'Ask about a mortgage' });
  });
});
