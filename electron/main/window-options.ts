import type { BrowserWindowConstructorOptions } from 'electron';

/** devTools: only in a development run; a packaged build has no developer tools at all. */
export function mainWindowOptions(
  preloadPath: string,
  { devTools = false, iconPath }: { devTools?: boolean; iconPath?: string } = {},
): BrowserWindowConstructorOptions {
  return {
    width: 1360,
    height: 880,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Journey Audit',
    backgroundColor: '#f6f7f9',
    ...(iconPath ? { icon: iconPath } : {}),
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      devTools,
    },
  };
}
