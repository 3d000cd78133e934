import type { SelectHTMLAttributes } from 'react';
import { LANGUAGES, type Language } from '../../../shared/domain/settings';
import { LANGUAGE_NAMES } from '../i18n/i18n';
import { useSettings } from '../stores/settings-store';

/** The interface language, each named in itself; choosing one saves it at once. */
export function LanguageSelect(
  props: Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'> & { 'data-testid': string },
) {
  const language = useSettings((s) => s.language);
  const setLanguage = useSettings((s) => s.setLanguage);
  return (
    <select
      {...props}
      value={language}
      onChange={(e) => void setLanguage(e.target.value as Language).catch(() => undefined)}
    >
      {LANGUAGES.map((lang) => (
        <option key={lang} value={lang} lang={lang}>
          {LANGUAGE_NAMES[lang]}
        </option>
      ))}
    </select>
  );
}
