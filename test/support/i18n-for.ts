import i18next, { type TFunction } from 'i18next';
import { catalogs } from '../../renderer/src/i18n/catalogs';

/** The app's catalogs in one language, as the screen's `t` (no English fallback: a missing key shows). */
export function i18nFor(language: keyof typeof catalogs): TFunction {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    resources: { [language]: { translation: catalogs[language] } },
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance.t;
}
