import { contextBridge, ipcRenderer } from 'electron';
import type { DesktopBridge } from '../../shared/bridge';
import { isEventName, isMethodName, type EventMap, type EventName } from '../../shared/contract';
import { fail } from '../../shared/result';
import { IPC_API_CHANNEL, IPC_EVENT_CHANNEL } from '../relay-protocol';

/**
 * Exposes only the contract's methods and events. No ipcRenderer, no event objects: listeners
 * receive the payload alone.
 */
const bridge: DesktopBridge = {
  call(method, input) {
    if (!isMethodName(method))
      return Promise.resolve(fail('UNKNOWN_METHOD', `There is no API method called "${String(method).slice(0, 80)}".`));
    return ipcRenderer.invoke(IPC_API_CHANNEL, method, input);
  },
  on<E extends EventName>(event: E, listener: (payload: EventMap[E]) => void) {
    if (!isEventName(event)) throw new Error(`Unknown event "${String(event)}".`);
    const handler = (_event: unknown, name: unknown, payload: unknown) => {
      if (name === event) listener(payload as EventMap[E]);
    };
    ipcRenderer.on(IPC_EVENT_CHANNEL, handler);
    return () => {
      ipcRenderer.removeListener(IPC_EVENT_CHANNEL, handler);
    };
  },
};

contextBridge.exposeInMainWorld('journeyAudit', bridge);
