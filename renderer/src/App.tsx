import { DirectionProvider } from '@radix-ui/react-direction';
import { useTranslation } from 'react-i18next';
import { isRtl } from '../../shared/domain/settings';
import type { ApiError } from '../../shared/result';
import { LanguageSwitch } from './components/LanguageSwitch';
import { MainNav } from './components/MainNav';
import { SaveIndicator } from './components/SaveIndicator';
import { SkipLinkSlot } from './components/SkipLink';
import { SyncState } from './screens/team/SyncState';
import { StartupError } from './screens/StartupError';
import { RouteScreen } from './screen-table';
import { useRoute } from './stores/route-store';
import { useSettings } from './stores/settings-store';

export function App({ startupError }: { startupError: ApiError | null }) {
  const { t } = useTranslation();
  const language = useSettings((s) => s.language);
  const route = useRoute((s) => s.route);
  // The print view is the report itself: no application chrome around it.
  if (route.name === 'print' && !startupError) {
    return (
      <DirectionProvider dir={isRtl(language) ? 'rtl' : 'ltr'}>
        <RouteScreen route={route} />
      </DirectionProvider>
    );
  }
  return (
    <DirectionProvider dir={isRtl(language) ? 'rtl' : 'ltr'}>
      <div className="app">
        <SkipLinkSlot />
        <header className="topbar">
          <div className="brand">
            <span className="brand-mark" aria-hidden="true">
              ◆
            </span>
            <span className="brand-name">{t('app.title')}</span>
            <span className="brand-tagline">{t('app.tagline')}</span>
          </div>
          {startupError ? null : <MainNav />}
          <div className="topbar-end">
            {startupError ? null : <SaveIndicator />}
            {startupError ? null : <SyncState />}
            <LanguageSwitch />
          </div>
        </header>
        {startupError ? <StartupError error={startupError} /> : <RouteScreen route={route} />}
      </div>
    </DirectionProvider>
  );
}
