import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { memoT } from '../../renderer/src/lib/memo-t';

async function translator(lng: string) {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng,
    resources: {
      en: { translation: { yes: 'Yes', of: '{{a}} of {{b}}' } },
      ro: { translation: { yes: 'Da', of: '{{a}} din {{b}}' } },
    },
    interpolation: { escapeValue: false },
  });
  let calls = 0;
  const t = ((...args: Parameters<typeof i18n.t>) => (calls++, i18n.t(...args))) as typeof i18n.t;
  return { t, calls: () => calls };
}

describe('memoT: each distinct translation worked out once', () => {
  it('gives what t gives, asks t once per distinct call, and tells different options apart', async () => {
    const en = await translator('en');
    const t = memoT(en.t);
    expect(t('yes')).toBe('Yes');
    expect(t('of', { a: '1.0', b: '2.0' })).toBe('1.0 of 2.0');
    expect(t('of', { a: '0.5', b: '2.0' })).toBe('0.5 of 2.0');
    for (let i = 0; i < 100; i++) {
      expect(t('yes')).toBe('Yes');
      expect(t('of', { a: '1.0', b: '2.0' })).toBe('1.0 of 2.0');
    }
    expect(en.calls()).toBe(3);
  });

  it('remembers per t: another language is another memory', async () => {
    const en = memoT((await translator('en')).t);
    const ro = memoT((await translator('ro')).t);
    expect(en('of', { a: '1', b: '2' })).toBe('1 of 2');
    expect(ro('of', { a: '1', b: '2' })).toBe('1 din 2');
    expect(ro('yes')).toBe('Da');
  });
});
