import { BrowserWindow, Menu, app, dialog, ipcMain, protocol, session, shell, utilityProcess } from 'electron';
import path from 'node:path';
import { fail } from '../../shared/result';
import { createPdfJobs } from '../pdf/pdf-jobs';
import { preparePhotos } from '../pdf/prepare-photos';
import { IPC_API_CHANNEL, IPC_EVENT_CHANNEL } from '../relay-protocol';
import { appMenuTemplate } from './app-menu';
import { handleAppProtocol, registerAppScheme } from './app-protocol';
import { startBackendRelay, type BackendRelay } from './backend-relay';
import { APP_ENTRY_URL, hardenWebContents, isTrustedSender, lockDownSession } from './security';
import { mainWindowOptions } from './window-options';
import { windowPrinter } from './window-printer';
import { isSavedFileMethod, namesAPath, saveToChosenFile } from './save-to-chosen-file';
import { assertOutsideDataDir } from '../backend/files/user-file-target';

export interface DesktopPaths {
  /** Folder holding main.cjs, preload.cjs and backend.cjs. */
  electronDir: string;
  rendererDir: string;
}

/**
 * The Electron main process: windows, menu, protocol and the relay to the backend. It owns no
 * data; every use case runs in the backend utility process.
 */
export function startDesktopApp(paths: DesktopPaths): { started: boolean } {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return { started: false };
  }
  registerAppScheme(protocol);
  let mainWindow: BrowserWindow | null = null;
  let relay: BackendRelay | null = null;

  const createWindow = (): BrowserWindow => {
    const win = new BrowserWindow(
      mainWindowOptions(path.join(paths.electronDir, 'preload.cjs'), { devTools: !app.isPackaged }),
    );
    win.once('ready-to-show', () => win.show());
    win.on('closed', () => {
      if (mainWindow === win) mainWindow = null;
    });
    void win.loadURL(APP_ENTRY_URL);
    return win;
  };

  /** A link leaves the app only after the user saw its full address and said yes. */
  const confirmExternal = async (url: string): Promise<boolean> => {
    const options = {
      type: 'question' as const,
      buttons: ['Open in browser', 'Cancel'],
      defaultId: 1,
      cancelId: 1,
      message: 'Open this address in your web browser?',
      detail: url,
    };
    const owner = mainWindow ?? BrowserWindow.getFocusedWindow();
    const { response } = owner ? await dialog.showMessageBox(owner, options) : await dialog.showMessageBox(options);
    return response === 0;
  };
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, shell, confirmExternal));
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('before-quit', () => relay?.stop());
  app.on('activate', () => {
    if (!mainWindow && app.isReady()) mainWindow = createWindow();
  });

  /** The save dialog, in Documents, filtered to the file's own type. */
  const chooseSavePath = async (fileName: string): Promise<string | null> => {
    const owner = mainWindow ?? BrowserWindow.getFocusedWindow();
    const extension = path.extname(fileName).slice(1) || 'pdf';
    const options = {
      defaultPath: path.join(app.getPath('documents'), fileName),
      filters: [{ name: extension.toUpperCase(), extensions: [extension] }],
    };
    const chosen = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
    return chosen.canceled || !chosen.filePath ? null : chosen.filePath;
  };

  void app.whenReady().then(() => {
    lockDownSession(session.defaultSession);
    handleAppProtocol(protocol, paths.rendererDir);
    const backend = startBackendRelay(
      (modulePath, args, options) => utilityProcess.fork(modulePath, args, options),
      path.join(paths.electronDir, 'backend.cjs'),
      app.getPath('userData'),
    );
    relay = backend;
    // PDF reports are printed here, in a hidden window, and saved where the user chooses.
    const pdfJobs = createPdfJobs(
      windowPrinter(
        (options) => new BrowserWindow(options),
        mainWindowOptions(path.join(paths.electronDir, 'preload.cjs'), { devTools: !app.isPackaged }),
        APP_ENTRY_URL,
      ),
      {
        kind: 'file',
        // The backend checks export and package paths itself; a PDF is written here, so it is checked here.
        choosePath: async (fileName) => {
          const chosen = await chooseSavePath(fileName);
          return chosen && assertOutsideDataDir(app.getPath('userData'), chosen, 'PDF');
        },
      },
      Date.now,
      async (id) => {
        const r = await backend.call('audits.get', { id });
        return r.ok ? null : r.error;
      },
      (request) => void preparePhotos(request, (input) => backend.call('reports.photos', input)),
    );
    app.on('before-quit', () => pdfJobs.cancelAll());
    ipcMain.handle(IPC_API_CHANNEL, (event, method: unknown, input: unknown) => {
      if (!isTrustedSender(event.senderFrame)) return fail('UNAUTHORIZED', 'This window may not use the app.');
      if (typeof method !== 'string') return fail('UNKNOWN_METHOD', 'The method name must be text.');
      // No call from the page may name a path: files go where the user chose in the save dialog.
      if (namesAPath(input))
        return fail('NOT_ALLOWED', 'The app chooses where a file is saved, through its save dialog.');
      if (isSavedFileMethod(method))
        return saveToChosenFile(method, input, (i) => backend.call(method, i), chooseSavePath);
      return pdfJobs.handles(method) ? pdfJobs.dispatch(method, input) : backend.call(method, input);
    });
    backend.onEvent((name, payload) => {
      for (const win of BrowserWindow.getAllWindows()) win.webContents.send(IPC_EVENT_CHANNEL, name, payload);
    });
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(appMenuTemplate(process.platform === 'darwin', app.getName(), app.isPackaged)),
    );
    mainWindow = createWindow();
  });
  return { started: true };
}
