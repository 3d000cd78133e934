import fs from 'node:fs';
import path from 'node:path';
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { catalogs } from '../../renderer/src/i18n/catalogs';
import { barePercent, formatPercent, percentText } from '../../renderer/src/lib/format-score';
import { formatMetric } from '../../renderer/src/screens/metrics/format-metric';
import { formatParams } from '../../renderer/src/screens/print/report-format';

type Tree = { [key: string]: string | Tree };
const leaves = (tree: Tree): string[] => Object.values(tree).flatMap((v) => (typeof v === 'string' ? [v] : leaves(v)));
const unisolated = (s: string) => s.replace(/[\u2066\u2068\u2069]/g, '');

beforeAll(async () => {
  await i18next.init({
    lng: 'en',
    resources: Object.fromEntries(Object.entries(catalogs).map(([l, c]) => [l, { translation: c }])),
    interpolation: { escapeValue: false },
  });
});

// One format per language: the number in the language's format, then "%" right after it.
const EXPECTED = { en: '68.2%', ar: '68.2%', ro: '68,2%' } as const;

describe('one percent format per language', () => {
  it.each(Object.entries(EXPECTED))('%s: scores, metrics and report sentences write %s', (language, expected) => {
    const t = i18next.getFixedT(language);
    expect(unisolated(formatPercent(t, language, 68.2))).toBe(expected);
    expect(unisolated(percentText(language, 68.2))).toBe(expected);
    expect(barePercent(language, 68.2)).toBe(expected);
    // CSAT and FCR are shares too (Intl's percent style would write "68,2 %" in Romanian).
    expect(unisolated(formatMetric(t, language, 'csat', 68.2))).toBe(expected);
    expect(unisolated(formatMetric(t, language, 'fcr', 75))).toBe(language === 'ro' ? '75,0%' : '75.0%');
    expect(unisolated(formatParams(language, { percent: 68.2 }, () => '', new Set(['percent'])).percent!)).toBe(
      expected,
    );
  });

  it('isolates the figure in Arabic only, so a right-to-left line never shows "%68.2"', () => {
    expect(percentText('ar', 68.2)).toBe('\u206668.2%\u2069');
    expect(percentText('ro', 68.2)).toBe('68,2%');
  });

  it.each(['en', 'ar', 'ro'] as const)(
    '%s catalog: no space before a percent sign, no Arabic percent sign',
    (language) => {
      const bad = leaves(catalogs[language] as Tree).filter(
        (s) => /(\d|\}\})[\s\u00a0\u202f]+%/.test(s) || s.includes('٪'),
      );
      expect(bad).toEqual([]);
    },
  );

  it("no screen formats a percentage with Intl's percent style (its Romanian form has a space)", () => {
    const files = (dir: string): string[] =>
      fs
        .readdirSync(dir, { withFileTypes: true })
        .flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]))
        .filter((f) => /\.tsx?$/.test(f));
    const offenders = files('renderer/src').filter((f) => /style:\s*'percent'/.test(fs.readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
