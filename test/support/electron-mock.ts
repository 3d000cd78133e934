import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

/** A small stand-in for the parts of Electron the main process touches; the real binary cannot run here. */
export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  sent: unknown[][] = [];
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
  send(...args: unknown[]) {
    this.sent.push(args);
  }
}

export class FakeUtilityProcess extends EventEmitter {
  posted: unknown[] = [];
  killed = false;
  postMessage(message: unknown) {
    this.posted.push(message);
  }
  kill() {
    this.killed = true;
    this.emit('exit', 0);
    return true;
  }
}

export function createElectronMock() {
  const appEvents = new EventEmitter();
  let resolveReady!: () => void;
  const ready = new Promise<void>((r) => (resolveReady = r));
  const windows: FakeBrowserWindow[] = [];
  const forks: { modulePath: string; args: string[]; options: unknown; child: FakeUtilityProcess }[] = [];
  const ipcHandlers = new Map<string, (...args: unknown[]) => unknown>();
  type PermissionRequest = (wc: unknown, permission: string, cb: (granted: boolean) => void) => void;
  type BeforeRequest = (details: { url: string }, cb: (r: { cancel: boolean }) => void) => void;
  const session = {
    permissionRequestHandler: null as null | PermissionRequest,
    permissionCheckHandler: null as null | (() => boolean),
    beforeRequest: null as null | BeforeRequest,
    setPermissionRequestHandler(h: PermissionRequest) {
      session.permissionRequestHandler = h;
    },
    setPermissionCheckHandler(h: () => boolean) {
      session.permissionCheckHandler = h;
    },
    setDevicePermissionHandler: vi.fn(),
    webRequest: {
      onBeforeRequest(h: BeforeRequest) {
        session.beforeRequest = h;
      },
    },
  };

  class FakeBrowserWindow extends EventEmitter {
    webContents = new FakeWebContents();
    loadedUrl: string | null = null;
    focused = false;
    constructor(readonly options: Record<string, unknown>) {
      super();
      windows.push(this);
    }
    loadURL(url: string) {
      this.loadedUrl = url;
      return Promise.resolve();
    }
    show() {}
    isMinimized() {
      return false;
    }
    restore() {}
    focus() {
      this.focused = true;
    }
    static getAllWindows() {
      return windows;
    }
  }

  const electron = {
    app: {
      requestSingleInstanceLock: vi.fn(() => true),
      quit: vi.fn(),
      on: (event: string, listener: (...a: unknown[]) => void) => appEvents.on(event, listener),
      whenReady: () => ready,
      isReady: () => true,
      isPackaged: true,
      getPath: vi.fn(() => '/fake/user-data'),
      getName: () => 'Journey Audit',
    },
    BrowserWindow: FakeBrowserWindow,
    Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn((t: unknown) => t) },
    ipcMain: {
      handle: (channel: string, handler: (...args: unknown[]) => unknown) => ipcHandlers.set(channel, handler),
    },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    session: { defaultSession: session },
    shell: { openExternal: vi.fn(() => Promise.resolve()) },
    dialog: {
      showSaveDialog: vi.fn(async (..._args: unknown[]): Promise<{ canceled: boolean; filePath?: string }> => ({
        canceled: true,
      })),
      showMessageBox: vi.fn(async (..._args: unknown[]) => ({ response: 1, checkboxChecked: false })),
    },
    utilityProcess: {
      fork: vi.fn((modulePath: string, args: string[], options: unknown) => {
        const child = new FakeUtilityProcess();
        forks.push({ modulePath, args, options, child });
        return child;
      }),
    },
  };
  return { electron, appEvents, resolveReady, ready, windows, forks, ipcHandlers, session };
}
