import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { isRtl, LANGUAGES, type Language } from '../../../shared/domain/settings';
import type { Tree } from './catalog-merge';

/** Each language named in itself, so a user who cannot read the current one still finds theirs. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', ar: 'العربية', ro: 'Română' };

export function guessLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0] as Language;
    if ((LANGUAGES as readonly string[]).includes(base)) return base;
  }
  return 'en';
}

// One chunk per language: the window parses the strings it shows, not all three catalogs.
const LOADERS: Record<Language, () => Promise<{ catalog: Tree }>> = {
  en: () => import('./catalog-en'),
  ar: () => import('./catalog-ar'),
  ro: () => import('./catalog-ro'),
};
const loading = new Map<Language, Promise<Tree>>();

/** A language's catalog, fetched once (asking early, before the language is certain, costs nothing twice). */
export function loadCatalog(language: Language): Promise<Tree> {
  let catalog = loading.get(language);
  if (!catalog) {
    catalog = LOADERS[language]().then((m) => m.catalog);
    loading.set(language, catalog);
  }
  return catalog;
}

async function ensureCatalog(language: Language): Promise<void> {
  const catalog = await loadCatalog(language);
  if (!i18next.hasResourceBundle(language, 'translation')) i18next.addResourceBundle(language, 'translation', catalog);
}

export async function initI18n(language: Language): Promise<i18n> {
  await i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    resources: { [language]: { translation: await loadCatalog(language) } },
    // React escapes on render; user text is never inserted as HTML.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  applyDocumentDirection(language);
  // Every catalog holds every key (test/unit/i18n-catalogs.test.ts); English, the fallback, follows in the background.
  if (language !== 'en') void ensureCatalog('en').catch(() => undefined);
  return i18next;
}

/** The whole layout mirrors in Arabic: dir on <html> drives the CSS logical properties. */
export function applyDocumentDirection(language: Language): void {
  document.documentElement.lang = language;
  document.documentElement.dir = isRtl(language) ? 'rtl' : 'ltr';
}

export async function changeLanguage(language: Language): Promise<void> {
  await ensureCatalog(language);
  await i18next.changeLanguage(language);
  applyDocumentDirection(language);
}
