import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { isRtl, LANGUAGES, type Language } from '../../../shared/domain/settings';
import { catalogs } from './catalogs';

export { catalogs };

/** Each language named in itself, so a user who cannot read the current one still finds theirs. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', ar: 'العربية', ro: 'Română' };

export function guessLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0] as Language;
    if ((LANGUAGES as readonly string[]).includes(base)) return base;
  }
  return 'en';
}

export async function initI18n(language: Language): Promise<i18n> {
  await i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    resources: {
      en: { translation: catalogs.en },
      ar: { translation: catalogs.ar },
      ro: { translation: catalogs.ro },
    },
    // React escapes on render; user text is never inserted as HTML.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  applyDocumentDirection(language);
  return i18next;
}

/** The whole layout mirrors in Arabic: dir on <html> drives the CSS logical properties. */
export function applyDocumentDirection(language: Language): void {
  document.documentElement.lang = language;
  document.documentElement.dir = isRtl(language) ? 'rtl' : 'ltr';
}

export async function changeLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language);
  applyDocumentDirection(language);
}
