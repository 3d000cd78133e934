import { BACKEND_ALLOCATOR_ENV } from '../../../electron/backend-allocator';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createElectronMock } from '../../support/electron-mock';

const mock = vi.hoisted(() => ({
  current: null as ReturnType<typeof import('../../support/electron-mock').createElectronMock> | null,
}));
// Getters, so each test's fresh mock is the one the module under test sees.
vi.mock('electron', () => {
  const names = [
    'app',
    'BrowserWindow',
    'Menu',
    'dialog',
    'ipcMain',
    'protocol',
    'session',
    'shell',
    'utilityProcess',
  ] as const;
  const module: Record<string, unknown> = {};
  for (const name of names)
    Object.defineProperty(module, name, { enumerable: true, get: () => mock.current!.electron[name] });
  return module;
});

async function boot(lock = true) {
  mock.current = createElectronMock();
  mock.current.electron.app.requestSingleInstanceLock.mockReturnValue(lock);
  vi.resetModules();
  const { startDesktopApp } = await import('../../../electron/main/desktop-app');
  const result = startDesktopApp({ electronDir: '/opt/ja/dist/electron', rendererDir: '/opt/ja/dist/renderer' });
  if (lock) {
    mock.current.resolveReady();
    await mock.current.ready;
    await new Promise((r) => setTimeout(r, 0));
  }
  return { ...mock.current, result };
}

const trustedEvent = { senderFrame: { url: 'app://journey-audit/index.html', parent: null } };

describe('desktop app start-up', () => {
  beforeEach(() => {
    mock.current = null;
  });

  it('quits at once when another instance holds the lock, opening no window', async () => {
    const m = await boot(false);
    expect(m.result.started).toBe(false);
    expect(m.electron.app.quit).toHaveBeenCalled();
    expect(m.windows).toHaveLength(0);
    expect(m.electron.utilityProcess.fork).not.toHaveBeenCalled();
  });

  it('opens one secure window on app:// with the preload, and registers the app scheme as privileged', async () => {
    const m = await boot();
    expect(m.windows).toHaveLength(1);
    const win = m.windows[0]!;
    expect(win.loadedUrl).toBe('app://journey-audit/index.html');
    expect(win.options).toMatchObject({
      webPreferences: {
        preload: '/opt/ja/dist/electron/preload.cjs',
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
      },
    });
    expect(m.electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
    expect(m.electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(m.electron.Menu.setApplicationMenu).toHaveBeenCalled();
    expect(m.session.permissionRequestHandler).not.toBeNull();
    expect(m.session.beforeRequest).not.toBeNull();
  });

  it('runs the backend in a utility process with the user-data folder, off the main process', async () => {
    const m = await boot();
    // The backend starts lazily on the first call.
    const handler = m.ipcHandlers.get('journey-audit:api')!;
    const pending = handler(trustedEvent, 'clients.list', {}) as Promise<unknown>;
    expect(m.forks).toHaveLength(1);
    expect(m.forks[0]!.modulePath).toBe('/opt/ja/dist/electron/backend.cjs');
    expect(m.forks[0]!.args).toEqual(['--data-dir', '/fake/user-data']);
    // The backend's allocator settings are read by glibc at process start: they must be in the fork's environment.
    expect(m.forks[0]!.options).toMatchObject({ env: { ...BACKEND_ALLOCATOR_ENV, PATH: process.env.PATH } });
    const child = m.forks[0]!.child;
    expect(child.posted).toEqual([{ kind: 'call', id: 1, method: 'clients.list', input: {} }]);
    child.emit('message', { kind: 'result', id: 1, result: { ok: true, value: ['answer'] } });
    await expect(pending).resolves.toEqual({ ok: true, value: ['answer'] });
  });

  it('answers the export panel\'s "get the printer ready" at once, opening no window and starting no backend', async () => {
    const m = await boot();
    const handler = m.ipcHandlers.get('journey-audit:api')!;
    await expect(handler(trustedEvent, 'reports.preparePrinter', {})).resolves.toEqual({
      ok: true,
      value: { ready: true },
    });
    // The app's own window prints: nothing is started ahead for it.
    expect(m.windows).toHaveLength(1);
    expect(m.forks).toHaveLength(0);
  });

  it('refuses any renderer call that names a path, for every method, without reaching the backend or a dialog', async () => {
    const m = await boot();
    const handler = m.ipcHandlers.get('journey-audit:api')!;
    const scope = { auditIds: ['6f1c1b9e-4d7a-4c55-9d0e-3a2b1c0d9e8f'] };
    for (const [method, input] of [
      [
        'packages.export',
        { scope, name: 'x', destination: { kind: 'file', path: '/fake/user-data/journey-audit.sqlite' } },
      ],
      [
        'exports.data',
        { scope: { auditId: scope.auditIds[0] }, format: 'csv', destination: { kind: 'file', path: '/tmp/a.csv' } },
      ],
      ['templates.export', { id: 'x', destination: { kind: 'file', path: '/home/u/.bashrc' } }],
    ] as const) {
      const answer = await handler(trustedEvent, method, input);
      expect(answer, method).toMatchObject({ ok: false, error: { code: 'NOT_ALLOWED' } });
    }
    expect(m.forks).toHaveLength(0);
    expect(m.electron.dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('saves a package where the save dialog says, and writes nothing when it is closed', async () => {
    const m = await boot();
    const handler = m.ipcHandlers.get('journey-audit:api')!;
    const input = {
      scope: { waveId: '6f1c1b9e-4d7a-4c55-9d0e-3a2b1c0d9e8f' },
      name: 'Spring: wave',
      destination: { kind: 'download' },
    };
    const cancelled = await handler(trustedEvent, 'packages.export', input);
    expect(cancelled).toEqual({ ok: true, value: { fileName: '', bytes: 0, counts: {}, cancelled: true } });
    expect(m.forks).toHaveLength(0);
    expect(m.electron.dialog.showSaveDialog.mock.calls[0]![1]).toMatchObject({
      defaultPath: expect.stringMatching(/Spring- wave\.zip$/),
    });

    m.electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '/home/ana/spring.zip' });
    const pending = handler(trustedEvent, 'packages.export', input) as Promise<unknown>;
    await new Promise((r) => setTimeout(r, 0));
    const child = m.forks[0]!.child;
    expect(child.posted).toEqual([
      {
        kind: 'call',
        id: 1,
        method: 'packages.export',
        input: { ...input, destination: { kind: 'file', path: '/home/ana/spring.zip' } },
      },
    ]);
    child.emit('message', { kind: 'result', id: 1, result: { ok: true, value: { path: '/home/ana/spring.zip' } } });
    await expect(pending).resolves.toEqual({ ok: true, value: { path: '/home/ana/spring.zip' } });
  });

  it('refuses IPC from any frame that is not the app top frame, without reaching the backend', async () => {
    const m = await boot();
    const handler = m.ipcHandlers.get('journey-audit:api')!;
    for (const senderFrame of [
      { url: 'https://evil.example/', parent: null },
      { url: 'app://journey-audit/index.html', parent: {} },
      null,
    ]) {
      const answer = await handler({ senderFrame }, 'clients.delete', { id: 'x' });
      expect(answer).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    }
    expect(m.forks).toHaveLength(0);
    expect(await handler(trustedEvent, 42, {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  });

  it('relays backend events to windows as name and payload only', async () => {
    const m = await boot();
    void m.ipcHandlers.get('journey-audit:api')!(trustedEvent, 'app.info', {});
    m.forks[0]!.child.emit('message', {
      kind: 'event',
      event: 'clients.changed',
      payload: { id: 'c1', change: 'created' },
    });
    expect(m.windows[0]!.webContents.sent).toEqual([
      ['journey-audit:event', 'clients.changed', { id: 'c1', change: 'created' }],
    ]);
  });

  it('focuses the existing window when a second instance starts, and hardens every web contents', async () => {
    const m = await boot();
    m.appEvents.emit('second-instance');
    expect(m.windows[0]!.focused).toBe(true);
    const contents = m.windows[0]!.webContents;
    m.appEvents.emit('web-contents-created', {}, contents);
    expect(contents.windowOpenHandler!({ url: 'https://example.com' })).toEqual({ action: 'deny' });
  });
});
