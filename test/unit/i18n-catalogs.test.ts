import { describe, expect, it } from 'vitest';
import { catalogs } from '../../renderer/src/i18n/catalogs';

const { en, ar, ro } = catalogs;
import { ERROR_CODES } from '../../shared/result';

type Tree = { [key: string]: string | Tree };
const PLURAL = /_(zero|one|two|few|many|other)$/;

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of leaves(v, key)) out.set(kk, vv);
  }
  return out;
}
const base = (key: string) => key.replace(PLURAL, '');
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('translation catalogs', () => {
  const english = leaves(en as Tree);
  it.each([
    ['ar', ar],
    ['ro', ro],
  ])('%s has every English string, with the same placeholders, and nothing extra', (_lang, catalog) => {
    const other = leaves(catalog as Tree);
    const otherBases = new Set([...other.keys()].map(base));
    expect([...english.keys()].map(base).filter((k) => !otherBases.has(k))).toEqual([]);
    const englishBases = new Set([...english.keys()].map(base));
    expect([...other.keys()].filter((k) => !englishBases.has(base(k)))).toEqual([]);
    for (const [key, text] of other) {
      const en1 = english.get(key) ?? english.get(`${base(key)}_other`) ?? english.get(base(key));
      const expected = placeholders(en1!).filter((p) => p !== 'count');
      expect(
        placeholders(text).filter((p) => p !== 'count'),
        key,
      ).toEqual(expected);
      expect(text.trim(), key).not.toBe('');
    }
  });

  it('every error code has a message in every language', () => {
    for (const catalog of [en, ar, ro])
      for (const code of ERROR_CODES) expect(typeof (catalog.errors as Record<string, string>)[code]).toBe('string');
  });
});
