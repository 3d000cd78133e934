import { DirectionProvider } from '@radix-ui/react-direction';
import { useTranslation } from 'react-i18next';
import { isRtl } from '../../shared/domain/settings';
import type { ApiError } from '../../shared/result';
import { LanguageSwitch } from './components/LanguageSwitch';
import { SaveIndicator } from './components/SaveIndicator';
import { SyncState } from './screens/team/SyncState';
import { ActionsScreen } from './screens/actions/ActionsScreen';
import { AuditWalkScreen } from './screens/audit/AuditWalkScreen';
import { HelpScreen } from './screens/help/HelpScreen';
import { ClientDashboardScreen } from './screens/insights/ClientDashboardScreen';
import { CompareScreen } from './screens/insights/CompareScreen';
import { MetricsScreen } from './screens/metrics/MetricsScreen';
import { PrintReportScreen } from './screens/print/PrintReportScreen';
import { ReportWriterScreen } from './screens/reports/ReportWriterScreen';
import { SettingsScreen } from './screens/settings/SettingsScreen';
import { ClientsScreen } from './screens/clients/ClientsScreen';
import { JourneyMapScreen } from './screens/map/JourneyMapScreen';
import { StartupError } from './screens/StartupError';
import { TemplateEditorScreen } from './screens/templates/TemplateEditorScreen';
import { TemplatesScreen } from './screens/templates/TemplatesScreen';
import { PackagesScreen } from './screens/exchange/PackagesScreen';
import { WaveScreen } from './screens/visits/WaveScreen';
import { WavesScreen } from './screens/visits/WavesScreen';
import { TrailScreen } from './screens/trail/TrailScreen';
import { SearchScreen } from './screens/search/SearchScreen';
import { useRoute, type Route } from './stores/route-store';
import { useSettings } from './stores/settings-store';

function Screen({ route }: { route: Route }) {
  switch (route.name) {
    case 'home':
      return <ClientsScreen />;
    case 'audit':
      return <AuditWalkScreen key={route.id} auditId={route.id} touchpointId={route.touchpointId} />;
    case 'map':
      return <JourneyMapScreen key={route.id} auditId={route.id} />;
    case 'templates':
      return <TemplatesScreen />;
    case 'template':
      return <TemplateEditorScreen key={route.id} templateId={route.id} />;
    case 'actions':
      return <ActionsScreen key={route.clientId} clientId={route.clientId} />;
    case 'dashboard':
      return <ClientDashboardScreen key={route.clientId} clientId={route.clientId} />;
    case 'compare':
      return (
        <CompareScreen
          key={route.clientId}
          clientId={route.clientId}
          {...(route.baselineId ? { baselineId: route.baselineId } : {})}
          {...(route.followUpId ? { followUpId: route.followUpId } : {})}
        />
      );
    case 'help':
      return <HelpScreen />;
    case 'settings':
      return <SettingsScreen />;
    case 'metrics':
      return <MetricsScreen key={route.auditId} auditId={route.auditId} />;
    case 'waves':
      return <WavesScreen key={route.clientId} clientId={route.clientId} />;
    case 'wave':
      return <WaveScreen key={route.waveId} waveId={route.waveId} />;
    case 'search':
      return <SearchScreen key={route.clientId ?? ''} {...(route.clientId ? { clientId: route.clientId } : {})} />;
    case 'trail':
      return (
        <TrailScreen
          key={`${route.auditId}/${route.criterionId ?? ''}`}
          auditId={route.auditId}
          {...(route.touchpointId && route.criterionId
            ? { touchpointId: route.touchpointId, criterionId: route.criterionId }
            : {})}
        />
      );
    case 'packages':
      return <PackagesScreen key={route.clientId ?? ''} {...(route.clientId ? { clientId: route.clientId } : {})} />;
    case 'report':
      return <ReportWriterScreen key={route.auditId} auditId={route.auditId} />;
    case 'print':
      return null;
  }
}

export function App({ startupError }: { startupError: ApiError | null }) {
  const { t } = useTranslation();
  const language = useSettings((s) => s.language);
  const { route, go } = useRoute();
  // The print view is the report itself: no application chrome around it.
  if (route.name === 'print' && !startupError) {
    return (
      <DirectionProvider dir={isRtl(language) ? 'rtl' : 'ltr'}>
        <PrintReportScreen
          key={`${route.auditId}/${route.baselineId}/${route.sections.join()}`}
          auditId={route.auditId}
          baselineId={route.baselineId}
          sections={route.sections}
        />
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
        {startupError ? <StartupError error={startupError} /> : <Screen route={route} />}
      </div>
    </DirectionProvider>
  );
}
