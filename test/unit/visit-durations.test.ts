import { describe, expect, it } from 'vitest';
import {
  splitDuration,
  typicalTimes,
  visitDurations,
  visitChangesSchema,
  VISIT_MOMENTS,
} from '../../shared/domain/visit';
import { fromTimeInput, toTimeInput, visitDay } from '../../renderer/src/screens/visits/visit-format';

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

describe('typicalTimes (the league table)', () => {
  it('takes the median of the visits that have each time, and says how many', () => {
    expect(
      typicalTimes([
        { waitingSeconds: 60, serviceSeconds: 240, totalSeconds: 400 },
        { waitingSeconds: 180, serviceSeconds: 120, totalSeconds: 400 },
        { waitingSeconds: 120, serviceSeconds: null, totalSeconds: null },
        { waitingSeconds: 1800, serviceSeconds: 100, totalSeconds: null },
      ]),
    ).toEqual({ waitingSeconds: 150, waitingVisits: 4, serviceSeconds: 120, serviceVisits: 3 });
  });

  it('is null with nothing to measure', () => {
    expect(typicalTimes([])).toEqual({
      waitingSeconds: null,
      waitingVisits: 0,
      serviceSeconds: null,
      serviceVisits: 0,
    });
  });
});

describe('a moment time typed after the visit', () => {
  it('lands on the visit day in local time and reads back with its seconds', () => {
    const iso = fromTimeInput('10:04:30', '2027-02-10')!;
    expect(toTimeInput(iso)).toBe('10:04:30');
    expect(new Date(iso).getDate()).toBe(10);
    expect(fromTimeInput('', '2027-02-10')).toBeNull();
    expect(fromTimeInput('25:99', '2027-02-10')).toBeUndefined();
    expect(fromTimeInput('ten', '2027-02-10')).toBeUndefined();
  });

  it('takes the day from a tapped moment, else the fallback', () => {
    const local = new Date(2027, 1, 11, 23, 50).toISOString();
    expect(visitDay([undefined, local], '2027-02-10')).toBe('2027-02-11');
    expect(visitDay([undefined, null], '2027-02-10')).toBe('2027-02-10');
  });
});
