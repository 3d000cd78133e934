import type { TFunction } from 'i18next';

/** "Bank branch (copy)", then "Bank branch (copy 2)"…: a name no template in the library has yet. */
export function copyName(t: TFunction, name: string, taken: ReadonlySet<string>): string {
  const base = name.slice(0, 100);
  const first = t('templates.copyOf', { name: base });
  if (!taken.has(first)) return first;
  for (let n = 2; ; n++) {
    const next = t('templates.copyOfN', { name: base, n });
    if (!taken.has(next)) return next;
  }
}
