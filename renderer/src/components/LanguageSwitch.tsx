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
      <span aria-hidden="true">🌐</span>
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
