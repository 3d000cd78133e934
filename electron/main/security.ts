import type { Session, Shell, WebContents, WebFrameMain } from 'electron';

/** The renderer's only origin. Compared as a parsed URL, never by string prefix. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'journey-audit';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

export function isAppUrl(url: string): boolean {
  const u = parse(url);
  return u !== null && u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST && u.username === '' && u.password === '';
}

/** Links the user may open in their own browser: https with a host and no credentials, nothing else. */
export function isSafeExternalUrl(url: string): boolean {
  const u = parse(url);
  return u !== null && u.protocol === 'https:' && u.hostname !== '' && u.username === '' && u.password === '';
}

/** Asks the user before a link leaves the app, showing the full address; resolves true to open it. */
export type ConfirmExternal = (url: string) => Promise<boolean>;

/** Only the app's own top frame may call the backend. */
export function isTrustedSender(frame: Pick<WebFrameMain, 'url' | 'parent'> | null | undefined): boolean {
  return !!frame && frame.parent === null && isAppUrl(frame.url);
}

/** Requests the session may make: only the app's own files (and devtools internals). Everything else is cancelled: the app is offline by design. */
export function isAllowedRequestUrl(url: string): boolean {
  const u = parse(url);
  if (!u) return false;
  if (isAppUrl(url)) return true;
  return u.protocol === 'devtools:' || u.protocol === 'data:' || u.protocol === 'blob:';
}

/** Applies to every web contents the app creates: no navigation away, no new windows, no webviews. */
export function hardenWebContents(
  contents: WebContents,
  shell: Pick<Shell, 'openExternal'>,
  confirmExternal: ConfirmExternal,
): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url))
      void confirmExternal(url).then(
        (yes) => (yes ? shell.openExternal(url) : undefined),
        () => undefined,
      );
    return { action: 'deny' };
  });
}

export function lockDownSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler?.(() => false);
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequestUrl(details.url) }));
}
