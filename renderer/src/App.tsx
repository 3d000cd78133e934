import { DirectionProvider } from '@radix-ui/react-direction';
import { useTranslation } from 'react-i18next';
import { isRtl } from '../../shared/domain/settings';
import type { ApiError } from '../../shared/result';
import { LanguageSwitch } from './components/LanguageSwitch';
import { SaveIndicator } from './components/SaveIndicator';
import { SyncState } from './screens/team/SyncState';
import { StartupError } from './screens/StartupError';
import { RouteScreen } from './screen-table';
import { useRoute } from './stores/route-store';
import { useSettings } from './stores/settings-store';

export function App({ startupError }: { startupError: ApiError | null }) {
  const { t } = useTranslation();
  const language = useSettings((s) => s.language);
  const { route, go } = useRoute();
  // The print view is the report itself: no application chrome around it.
  if (route.name === 'print' && !startupError) {
    return (
      <DirectionProvider dir={isRtl(language) ? 'rtl' : 'ltr'}>
        <RouteScreen route={route} />
      </DirectionProvider>
    );
  }
  const section =
    route.name === 'templates' || route.name === 'template'
      ? 'templates'
      : route.name === 'help'
        ? 'help'
        : route.name === 'settings'
          ? 'settings'
          : route.name === 'packages'
            ? 'packages'
            : route.name === 'search'
              ? 'search'
              : route.name === 'calibration'
                ? 'calibration'
                : 'clients';
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
          {startupError ? null : (
            <nav className="main-nav" aria-label={t('nav.label')}>
              <a
                href="#/"
                aria-current={section === 'clients' ? 'page' : undefined}
                onClick={(e) => (e.preventDefault(), go({ name: 'home' }))}
              >
                {t('nav.clients')}
              </a>
              <a
                href="#/templates"
                aria-current={section === 'templates' ? 'page' : undefined}
                onClick={(e) => (e.preventDefault(), go({ name: 'templates' }))}
              >
                {t('nav.templates')}
              </a>
              <a
                href="#/packages"
                aria-current={section === 'packages' ? 'page' : undefined}
                onClick={(e) => (e.preventDefault(), go({ name: 'packages' }))}
              >
                {t('exchange.nav')}
              </a>
              <a
                href="#/search"
                aria-current={section === 'search' ? 'page' : undefined}
                onClick={(e) => (e.preventDefault(), go({ name: 'search' }))}
                data-testid="nav-search"
              >
                {t('search.nav')}
              </a>
              <a
                href="#/calibration"
                aria-current={section === 'calibration' ? 'page' : undefined}
                onClick={(e) => (e.preventDefault(), go({ name: 'calibration' }))}
                data-testid="nav-calibration"
              >
                {t('calibration.nav')}
              </a>
              <a
                href="#/help"
                aria-current={section === 'help' ? 'page' : undefined}
                onClick={(e) => (e.preventDefault(), go({ name: 'help' }))}
              >
                {t('nav.help')}
              </a>
              <a
                href="#/settings"
                aria-current={section === 'settings' ? 'page' : undefined}
                onClick={(e) => (e.preventDefault(), go({ name: 'settings' }))}
              >
                {t('settings.nav')}
              </a>
            </nav>
          )}
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
