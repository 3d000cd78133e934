import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { DesktopBridge } from '../../../shared/bridge';

const electron = vi.hoisted(() => {
  const listeners = new Map<string, ((...args: unknown[]) => void)[]>();
  return {
    exposed: new Map<string, unknown>(),
    listeners,
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => electron.exposed.set(key, api) },
    ipcRenderer: {
      invoke: vi.fn((..._args: unknown[]) => Promise.resolve({ ok: true, value: 'from main' })),
      on: (channel: string, l: (...args: unknown[]) => void) =>
        listeners.set(channel, [...(listeners.get(channel) ?? []), l]),
      removeListener: (channel: string, l: (...args: unknown[]) => void) =>
        listeners.set(
          channel,
          (listeners.get(channel) ?? []).filter((x) => x !== l),
        ),
    },
  };
});
vi.mock('electron', () => ({ contextBridge: electron.contextBridge, ipcRenderer: electron.ipcRenderer }));

let bridge: DesktopBridge;
beforeAll(async () => {
  await import('../../../electron/preload/preload');
  bridge = electron.exposed.get('journeyAudit') as DesktopBridge;
});

describe('preload bridge', () => {
  it('exposes one object with two functions, and no ipcRenderer', () => {
    expect([...electron.exposed.keys()]).toEqual(['journeyAudit']);
    expect(Object.keys(bridge).sort()).toEqual(['call', 'on']);
    expect(JSON.stringify(Object.keys(bridge))).not.toContain('ipcRenderer');
  });

  it('forwards only the contract methods over the one API channel', async () => {
    expect(await bridge.call('clients.list', {})).toEqual({ ok: true, value: 'from main' });
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith('journey-audit:api', 'clients.list', {});
    electron.ipcRenderer.invoke.mockClear();
    expect(await bridge.call('fs.readFile', { path: '/etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_METHOD' },
    });
    expect(await bridge.call('__proto__', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(electron.ipcRenderer.invoke).not.toHaveBeenCalled();
  });

  it('gives listeners the payload alone (never the event object), for the event they asked for', () => {
    const seen: unknown[][] = [];
    const off = bridge.on('clients.changed', (...args: unknown[]) => seen.push(args));
    const [handler] = electron.listeners.get('journey-audit:event')!;
    const ipcEvent = { sender: { send: () => {} }, ports: [] };
    handler!(ipcEvent, 'settings.changed', { language: 'ar' });
    handler!(ipcEvent, 'clients.changed', { id: 'c1', change: 'created' });
    expect(seen).toEqual([[{ id: 'c1', change: 'created' }]]);
    off();
    expect(electron.listeners.get('journey-audit:event')).toEqual([]);
    expect(() => bridge.on('shell.exec' as never, () => {})).toThrow(/Unknown event/);
  });
});
