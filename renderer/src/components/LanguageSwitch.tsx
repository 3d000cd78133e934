import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../shared/domain/settings';
import { LANGUAGE_NAMES } from '../i18n/i18n';
import { useSettings } from '../stores/settings-store';

export function LanguageSwitch() {
  const { t } = useTranslation();
  const language = useSettings((s) => s.language);
  const setLanguage = useSettings((s) => s.setLanguage);
  return (
    <label className="language-switch">
      <span className="visually-hidden">{t('language.label')}</span>
      <svg className="icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
        <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" strokeWidth="1.6" />
        <path d="M3 12h18M12 3c2.8 3 2.8 15 0 18M12 3c-2.8 3-2.8 15 0 18" fill="none" stroke="currentColor" strokeWidth="1.6" />
      </svg>
      <select aria-label={t('language.label')} value={language} onChange={(e) => void setLanguage(e.target.value as Language).catch(() => undefined)} data-testid="language-switch">
        {LANGUAGES.map((lang) => (
          <option key={lang} value={lang} lang={lang}>
            {LANGUAGE_NAMES[lang]}
          </option>
        ))}
      </select>
    </label>
  );
}
