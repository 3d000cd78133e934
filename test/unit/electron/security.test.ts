import { describe, expect, it, vi } from 'vitest';
import {
  hardenWebContents,
  isAllowedRequestUrl,
  isAppUrl,
  isSafeExternalUrl,
  isTrustedSender,
  lockDownSession,
} from '../../../electron/main/security';
import { mainWindowOptions } from '../../../electron/main/window-options';
import { appMenuTemplate } from '../../../electron/main/app-menu';
import { createElectronMock, FakeWebContents } from '../../support/electron-mock';

describe('window options', () => {
  it('isolates the renderer: context isolation and sandbox on, no Node, no webviews', () => {
    const prefs = mainWindowOptions('/app/preload.cjs').webPreferences!;
    expect(prefs).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      devTools: false,
    });
    expect(mainWindowOptions('/app/preload.cjs', { devTools: true }).webPreferences!.devTools).toBe(true);
  });

  it('has no developer tools in the menu of a packaged build', () => {
    const roles = (packaged: boolean) =>
      JSON.stringify(appMenuTemplate(false, 'Journey Audit', packaged)).includes('toggleDevTools');
    expect(roles(true)).toBe(false);
    expect(roles(false)).toBe(true);
  });
});

describe('URL policies', () => {
  it.each([
    ['app://journey-audit/index.html', true],
    ['app://journey-audit/assets/x.js', true],
    ['app://journey-audit.evil.example/index.html', false],
    ['app://evil/index.html', false],
    ['app://user@journey-audit/index.html', false],
    ['https://journey-audit/index.html', false],
    ['file:///etc/passwd', false],
    ['not a url', false],
  ])('isAppUrl(%s) = %s', (url, expected) => expect(isAppUrl(url)).toBe(expected));

  it.each([
    ['https://example.com/help', true],
    ['http://example.com', false],
    ['HTTPS://EXAMPLE.COM/', true],
    ['https://', false],
    ['javascript:alert(1)', false],
    ['file:///etc/passwd', false],
    ['smb://share/x', false],
    ['https://user:pw@example.com', false],
    ['app://journey-audit/index.html', false],
  ])('isSafeExternalUrl(%s) = %s', (url, expected) => expect(isSafeExternalUrl(url)).toBe(expected));

  it('accepts IPC only from the app top frame', () => {
    expect(isTrustedSender({ url: 'app://journey-audit/index.html', parent: null })).toBe(true);
    expect(isTrustedSender({ url: 'https://evil.example/', parent: null })).toBe(false);
    expect(isTrustedSender({ url: 'app://journey-audit/index.html', parent: {} as never })).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
  });

  it('lets the session load only the app itself: no network at all', () => {
    expect(isAllowedRequestUrl('app://journey-audit/assets/a.js')).toBe(true);
    expect(isAllowedRequestUrl('https://fonts.example.com/a.woff')).toBe(false);
    expect(isAllowedRequestUrl('http://127.0.0.1:8080/')).toBe(false);
    expect(isAllowedRequestUrl('ws://localhost:1')).toBe(false);
  });
});

describe('hardenWebContents', () => {
  const setup = (answer = true) => {
    const contents = new FakeWebContents();
    const shell = { openExternal: vi.fn(() => Promise.resolve()) };
    const confirm = vi.fn(async (_url: string) => answer);
    hardenWebContents(contents as never, shell, confirm);
    return { contents, shell, confirm };
  };
  const fire = (contents: FakeWebContents, name: string, url?: string) => {
    const event = { preventDefault: vi.fn() };
    contents.emit(name, event, url);
    return event.preventDefault.mock.calls.length > 0;
  };

  it('blocks navigation and redirects away from the app', () => {
    const { contents } = setup();
    expect(fire(contents, 'will-navigate', 'https://evil.example/')).toBe(true);
    expect(fire(contents, 'will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(fire(contents, 'will-redirect', 'https://evil.example/')).toBe(true);
    expect(fire(contents, 'will-navigate', 'app://journey-audit/index.html')).toBe(false);
    expect(fire(contents, 'will-attach-webview')).toBe(true);
  });

  it('denies every new window; only https links go to the system browser, after the user confirmed the address', async () => {
    const { contents, shell, confirm } = setup(true);
    expect(contents.windowOpenHandler!({ url: 'https://example.com/guide' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler!({ url: 'http://example.com/plain' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler!({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler!({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    await new Promise((r) => setTimeout(r, 0));
    expect(confirm.mock.calls).toEqual([['https://example.com/guide']]);
    expect(shell.openExternal.mock.calls).toEqual([['https://example.com/guide']]);
  });

  it('opens nothing when the user declines the confirmation', async () => {
    const { contents, shell, confirm } = setup(false);
    contents.windowOpenHandler!({ url: 'https://example.com/guide' });
    await new Promise((r) => setTimeout(r, 0));
    expect(confirm).toHaveBeenCalledTimes(1);
    expect(shell.openExternal).not.toHaveBeenCalled();
  });
});

describe('lockDownSession', () => {
  it('denies every permission request and check, and cancels network requests', () => {
    const { session } = createElectronMock();
    lockDownSession(session as never);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const cb = vi.fn();
      session.permissionRequestHandler!({}, permission, cb);
      expect(cb).toHaveBeenCalledWith(false);
    }
    expect(session.permissionCheckHandler!()).toBe(false);
    const decide = (url: string) => {
      let cancel: boolean | undefined;
      session.beforeRequest!({ url }, (r) => (cancel = r.cancel));
      return cancel;
    };
    expect(decide('https://update.example.com/latest.yml')).toBe(true);
    expect(decide('app://journey-audit/index.html')).toBe(false);
  });
});
