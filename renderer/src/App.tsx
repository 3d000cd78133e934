import { DirectionProvider } from '@radix-ui/react-direction';
import { useTranslation } from 'react-i18next';
import { isRtl } from '../../shared/domain/settings';
import type { ApiError } from '../../shared/result';
import { LanguageSwitch } from './components/LanguageSwitch';
import { SaveIndicator } from './components/SaveIndicator';
import { ClientsScreen } from './screens/clients/ClientsScreen';
import { StartupError } from './screens/StartupError';
import { useSettings } from './stores/settings-store';

export function App({ startupError }: { startupError: ApiError | null }) {
  const { t } = useTranslation();
  const language = useSettings((s) => s.language);
  return (
    <DirectionProvider dir={isRtl(language) ? 'rtl' : 'ltr'}>
      <div className="app">
        <header className="topbar">
          <div className="brand">
            <span className="brand-mark" aria-hidden="true">
              ◆
            </span>
            <span className="brand-name">{t('app.title')}</span>
            <span className="brand-tagline">{t('app.tagline')}</span>
          </div>
          <div className="topbar-end">
            {startupError ? null : <SaveIndicator />}
            <LanguageSwitch />
          </div>
        </header>
        {startupError ? <StartupError error={startupError} /> : <ClientsScreen />}
      </div>
    </DirectionProvider>
  );
}
