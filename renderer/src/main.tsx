import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { DesktopBridge } from '../../shared/bridge';
import type { ApiError } from '../../shared/result';
import { createApiClient } from './api/api-client';
import { setApi } from './api/api';
import { chooseTransport } from './api/choose-transport';
import { App } from './App';
import { guessLanguage, initI18n, loadCatalog } from './i18n/i18n';
import { installUnloadFlush } from './lib/autosave/flush-registry';
import { apiErrorOf } from './lib/field-errors';
import { prepareFormats } from './lib/format-score';
import { preloadLikelyScreensWhenIdle, preloadScreen } from './screen-table';
import { useClients } from './stores/clients-store';
import { useReports } from './stores/reports-store';
import { useRoute } from './stores/route-store';
import { useSettings } from './stores/settings-store';
import './styles.css';

async function start(): Promise<void> {
  // Everything the first screen needs is asked for at once: its code, the settings, the client list
  // and the strings of the language the browser prefers (most often the one the settings name).
  const route = useRoute.getState().route;
  const client = createApiClient(chooseTransport(window as Window & { journeyAudit?: DesktopBridge }));
  setApi(client);
  installUnloadFlush();
  let startupError: ApiError | null = null;
  let language = guessLanguage(navigator.languages);
  void loadCatalog(language).catch(() => undefined);
  const printing = route.name === 'print';
  const asked = [client.call('settings.get', {}), client.call('app.info', {})] as const;
  // A print address (the PDF export's own page) asks for its report right after the settings (answered
  // first, they are quick), beside its code, and needs no client list.
  if (printing) useReports.getState().preparePrint(route);
  // The screen's code is asked for after them: the browser sends a host six requests at a time, in the order
  // asked, and the print page's report (the largest answer, often worked out already) need not wait for ~30 files.
  const screen = preloadScreen(route);
  try {
    const [settings, info] = await Promise.all([...asked, printing ? undefined : useClients.getState().load()]);
    language = settings.language ?? language;
    useSettings.setState({ language, info });
    client.on('clients.changed', () => void useClients.getState().load());
  } catch (error) {
    startupError = apiErrorOf(error);
  }
  useSettings.setState({ language });
  await Promise.all([initI18n(language), screen]);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App startupError={startupError} />
    </StrictMode>,
  );
  requestIdleCallback(() => prepareFormats(language));
  // The PDF export's print page shows only its report: no other screen's code is worth its time.
  if (!printing) preloadLikelyScreensWhenIdle();
}

void start();
