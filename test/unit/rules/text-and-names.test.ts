import { describe, expect, it } from 'vitest';
import { isCalendarDate, storedRequiredLine, suggestedFileName } from '../../../shared/rules';

describe('suggested file names', () => {
  it('blank parts are dropped before joining', () => {
    expect(suggestedFileName(['a', '', 'b'], 'csv', 'f')).toBe('a - b.csv');
    expect(suggestedFileName(['a', '   ', 'b'], 'csv', 'f')).toBe('a - b.csv');
    expect(suggestedFileName([' a ', 'b'], 'csv', 'f')).toBe('a - b.csv');
  });
});

describe('stored required lines', () => {
  it('refuse blank text but keep text with spaces around it as it is', () => {
    const schema = storedRequiredLine(10);
    expect(schema.safeParse('   ').success).toBe(false);
    expect(schema.safeParse('').success).toBe(false);
    expect(schema.parse(' x ')).toBe(' x ');
  });
});

describe('calendar dates', () => {
  it('the first of a month exists', () => {
    expect(isCalendarDate('2025-03-01')).toBe(true);
    expect(isCalendarDate('2025-12-01')).toBe(true);
  });
});
