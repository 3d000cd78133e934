import type { DesktopBridge } from '../../../shared/bridge';
import { TOKEN_SESSION_KEY } from '../../../shared/api/http-token';
import { httpTransport } from './http-transport';
import { ipcTransport } from './ipc-transport';
import type { Transport } from './transport';

/**
 * Desktop: the preload put a bridge on window. Browser: the web host printed a URL with
 * #token=...; keep it for this tab (reloads included) and take it out of the address bar.
 */
export function chooseTransport(win: Window & { journeyAudit?: DesktopBridge }): Transport {
  if (win.journeyAudit) return ipcTransport(win.journeyAudit);
  const fromHash = new URLSearchParams(win.location.hash.slice(1)).get('token');
  if (fromHash) {
    win.sessionStorage.setItem(TOKEN_SESSION_KEY, fromHash);
    win.history.replaceState(null, '', win.location.pathname + win.location.search);
  }
  const token = win.sessionStorage.getItem(TOKEN_SESSION_KEY) ?? '';
  return httpTransport(`${win.location.origin}/`, token);
}
