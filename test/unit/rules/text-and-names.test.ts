import { describe, expect, it } from 'vitest';
import { isCalendarDate, LIMITS, storedRequiredLine, suggestedFileName } from '../../../shared/rules';

describe('suggested file names', () => {
  it('blank parts are dropped before joining', () => {
    expect(suggestedFileName(['a', '', 'b'], 'csv', 'f')).toBe('a - b.csv');
    expect(suggestedFileName(['a', '   ', 'b'], 'csv', 'f')).toBe('a - b.csv');
    expect(suggestedFileName([' a ', 'b'], 'csv', 'f')).toBe('a - b.csv');
  });

  it('a name cut at the limit does not end in a space', () => {
    const cut = `${'x'.repeat(LIMITS.fileName - 1)} yz`;
    expect(suggestedFileName([cut], 'pdf', 'f')).toBe(`${'x'.repeat(LIMITS.fileName - 1)}.pdf`);
  });
});

describe('stored required lines', () => {
  it('refuse blank text but keep text with spaces around it as it is', () => {
    const schema = storedRequiredLine(10);
    expect(schema.safeParse('   ').error?.issues.map((i) => i.message)).toEqual(['must not be blank']);
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

describe('broken characters (half of a surrogate pair)', () => {
  it('are refused in lines and prose, and removed from names that become file names; whole pairs are text', async () => {
    const { hasForbiddenLineCharacters, hasForbiddenProseCharacters, withoutForbiddenCharacters } =
      await import('../../../shared/rules/text');
    for (const broken of ['a\ud800', '\udc00b', 'x\ud83d y', '\ude00\ud83d']) {
      expect(hasForbiddenLineCharacters(broken), JSON.stringify(broken)).toBe(true);
      expect(hasForbiddenProseCharacters(broken), JSON.stringify(broken)).toBe(true);
      expect(hasForbiddenLineCharacters(withoutForbiddenCharacters(broken))).toBe(false);
    }
    for (const whole of ['😀', 'a 𠀋 b', 'مرحبا 😀\n', 'Ţară']) {
      expect(hasForbiddenLineCharacters(whole.trim())).toBe(false);
      expect(hasForbiddenProseCharacters(whole)).toBe(false);
      expect(withoutForbiddenCharacters(whole.trim())).toBe(whole.trim());
    }
  });
});

describe('suggested file names at their limit', () => {
  it('are cut by whole characters, and never a Windows device name', async () => {
    const { suggestedFileName } = await import('../../../shared/rules/file-names');
    const name = suggestedFileName(['a'.repeat(199) + '😀 tail'], 'csv', 'export');
    expect(name).toBe(`${'a'.repeat(199)}😀.csv`);
    expect(encodeURIComponent(name)).toContain('%F0%9F%98%80'); // a whole pair: the download header can be made
    expect(suggestedFileName(['a'.repeat(200) + '😀'], 'csv', 'export')).toBe(`${'a'.repeat(200)}.csv`);
    expect(suggestedFileName(['CON'], 'zip', 'export')).toBe('CON-.zip');
    expect(suggestedFileName(['nul'], 'pdf', 'export')).toBe('nul-.pdf');
    expect(suggestedFileName(['Console'], 'pdf', 'export')).toBe('Console.pdf');
  });
});
