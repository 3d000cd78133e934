import { Suspense, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { lazyComponent, preloadWhenIdle } from './lib/lazy-component';
import type { Route } from './stores/route-store';

/**
 * Every screen of the app, one lazily loaded chunk each: the first screen only waits for its own
 * code, and a screen's charts or editor are fetched the first time someone opens it.
 */
const lazyScreen = lazyComponent;

const Clients = lazyScreen(() => import('./screens/clients/ClientsScreen').then((m) => m.ClientsScreen));
const Walk = lazyScreen(() => import('./screens/audit/AuditWalkScreen').then((m) => m.AuditWalkScreen));
const JourneyMap = lazyScreen(() => import('./screens/map/JourneyMapScreen').then((m) => m.JourneyMapScreen));
const Templates = lazyScreen(() => import('./screens/templates/TemplatesScreen').then((m) => m.TemplatesScreen));
const TemplateEditor = lazyScreen(() =>
  import('./screens/templates/TemplateEditorScreen').then((m) => m.TemplateEditorScreen),
);
const Actions = lazyScreen(() => import('./screens/actions/ActionsScreen').then((m) => m.ActionsScreen));
const Dashboard = lazyScreen(() =>
  import('./screens/insights/ClientDashboardScreen').then((m) => m.ClientDashboardScreen),
);
const Compare = lazyScreen(() => import('./screens/insights/CompareScreen').then((m) => m.CompareScreen));
const Help = lazyScreen(() => import('./screens/help/HelpScreen').then((m) => m.HelpScreen));
const Settings = lazyScreen(() => import('./screens/settings/SettingsScreen').then((m) => m.SettingsScreen));
const Metrics = lazyScreen(() => import('./screens/metrics/MetricsScreen').then((m) => m.MetricsScreen));
const Waves = lazyScreen(() => import('./screens/visits/WavesScreen').then((m) => m.WavesScreen));
const Wave = lazyScreen(() => import('./screens/visits/WaveScreen').then((m) => m.WaveScreen));
const Search = lazyScreen(() => import('./screens/search/SearchScreen').then((m) => m.SearchScreen));
const Trail = lazyScreen(() => import('./screens/trail/TrailScreen').then((m) => m.TrailScreen));
const Packages = lazyScreen(() => import('./screens/exchange/PackagesScreen').then((m) => m.PackagesScreen));
const ReportWriter = lazyScreen(() => import('./screens/reports/ReportWriterScreen').then((m) => m.ReportWriterScreen));
const Calibration = lazyScreen(() =>
  import('./screens/calibration/CalibrationScreen').then((m) => m.CalibrationScreen),
);
const CalibrationSession = lazyScreen(() =>
  import('./screens/calibration/CalibrationSessionScreen').then((m) => m.CalibrationSessionScreen),
);
const Triangulation = lazyScreen(() =>
  import('./screens/triangulation/TriangulationScreen').then((m) => m.TriangulationScreen),
);
const PrintReport = lazyScreen(() => import('./screens/print/PrintReportScreen').then((m) => m.PrintReportScreen));

type RouteOf<K extends Route['name']> = Extract<Route, { name: K }>;
interface TableEntry<K extends Route['name']> {
  screen: { preload(): Promise<unknown> };
  render(route: RouteOf<K>): ReactElement;
}

/** The route table: which screen each address shows, and with what. */
const SCREENS: { [K in Route['name']]: TableEntry<K> } = {
  home: { screen: Clients, render: () => <Clients /> },
  audit: { screen: Walk, render: (r) => <Walk key={r.id} auditId={r.id} touchpointId={r.touchpointId} /> },
  map: { screen: JourneyMap, render: (r) => <JourneyMap key={r.id} auditId={r.id} /> },
  templates: { screen: Templates, render: () => <Templates /> },
  template: { screen: TemplateEditor, render: (r) => <TemplateEditor key={r.id} templateId={r.id} /> },
  actions: { screen: Actions, render: (r) => <Actions key={r.clientId} clientId={r.clientId} /> },
  dashboard: { screen: Dashboard, render: (r) => <Dashboard key={r.clientId} clientId={r.clientId} /> },
  compare: {
    screen: Compare,
    render: (r) => (
      <Compare
        key={r.clientId}
        clientId={r.clientId}
        {...(r.baselineId ? { baselineId: r.baselineId } : {})}
        {...(r.followUpId ? { followUpId: r.followUpId } : {})}
      />
    ),
  },
  help: { screen: Help, render: () => <Help /> },
  triangulation: { screen: Triangulation, render: (r) => <Triangulation key={r.clientId} clientId={r.clientId} /> },
  calibration: {
    screen: Calibration,
    render: (r) => (r.id ? <CalibrationSession key={r.id} sessionId={r.id} /> : <Calibration />),
  },
  settings: { screen: Settings, render: () => <Settings /> },
  metrics: { screen: Metrics, render: (r) => <Metrics key={r.auditId} auditId={r.auditId} /> },
  waves: { screen: Waves, render: (r) => <Waves key={r.clientId} clientId={r.clientId} /> },
  wave: { screen: Wave, render: (r) => <Wave key={r.waveId} waveId={r.waveId} /> },
  search: {
    screen: Search,
    render: (r) => <Search key={r.clientId ?? ''} {...(r.clientId ? { clientId: r.clientId } : {})} />,
  },
  trail: {
    screen: Trail,
    render: (r) => (
      <Trail
        key={`${r.auditId}/${r.criterionId ?? ''}`}
        auditId={r.auditId}
        {...(r.touchpointId && r.criterionId ? { touchpointId: r.touchpointId, criterionId: r.criterionId } : {})}
      />
    ),
  },
  packages: {
    screen: Packages,
    render: (r) => <Packages key={r.clientId ?? ''} {...(r.clientId ? { clientId: r.clientId } : {})} />,
  },
  report: { screen: ReportWriter, render: (r) => <ReportWriter key={r.auditId} auditId={r.auditId} /> },
  print: {
    screen: PrintReport,
    render: (r) => (
      <PrintReport
        key={`${r.auditId}/${r.baselineId}/${r.sections.join()}/${r.originals === true}`}
        auditId={r.auditId}
        baselineId={r.baselineId}
        sections={r.sections}
        originals={r.originals === true}
      />
    ),
  },
};

function entryOf(route: Route): TableEntry<Route['name']> {
  return SCREENS[route.name] as TableEntry<Route['name']>;
}

/**
 * The code of the screens a start most often leads to (a client's dashboard and its comparison), fetched and
 * compiled once the window has nothing else to do: their first opening then runs no chart code compiled on the spot.
 */
export function preloadLikelyScreensWhenIdle(): () => void {
  return preloadWhenIdle(Dashboard, Compare);
}

/** Starts fetching a screen's code before it is shown (the first screen, while the app asks for its settings). */
export function preloadScreen(route: Route): Promise<void> {
  return entryOf(route)
    .screen.preload()
    .then(
      () => undefined,
      () => undefined,
    );
}

function ScreenLoading() {
  const { t } = useTranslation();
  return (
    <main className="empty-state" aria-busy="true" data-testid="screen-loading">
      {t('app.loading')}
    </main>
  );
}

/** The screen of a route, with a visible loading state while its code arrives. */
export function RouteScreen({ route }: { route: Route }) {
  return <Suspense fallback={<ScreenLoading />}>{entryOf(route).render(route)}</Suspense>;
}
