import type { Protocol } from 'electron';
import fs from 'node:fs/promises';
import { SECURITY_HEADERS } from '../content-security-policy';
import { mimeTypeOf, resolveStaticPath } from '../static-files';
import { APP_HOST, APP_SCHEME } from './security';

/** Must run before the app is ready: makes app:// a secure, standard origin instead of file://. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: false, stream: true },
    },
  ]);
}

export async function serveAppRequest(rendererDir: string, requestUrl: string): Promise<Response> {
  const url = new URL(requestUrl);
  const file = url.host === APP_HOST ? resolveStaticPath(rendererDir, url.pathname) : null;
  if (!file) return new Response('Not found', { status: 404, headers: SECURITY_HEADERS });
  try {
    const body = await fs.readFile(file);
    return new Response(body, { status: 200, headers: { 'Content-Type': mimeTypeOf(file), ...SECURITY_HEADERS } });
  } catch {
    return new Response('Not found', { status: 404, headers: SECURITY_HEADERS });
  }
}

export function handleAppProtocol(protocol: Pick<Protocol, 'handle'>, rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(rendererDir, request.url));
}
