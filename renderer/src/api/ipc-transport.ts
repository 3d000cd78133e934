import type { DesktopBridge } from '../../../shared/bridge';
import type { Transport } from './transport';

export function ipcTransport(bridge: DesktopBridge): Transport {
  return {
    kind: 'ipc',
    call: (method, input) => bridge.call(method, input),
    on: (event, listener) => bridge.on(event, listener),
  };
}
