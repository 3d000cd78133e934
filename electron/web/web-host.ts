import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { fail, type Result } from '../../shared/result';
import { createBackend, type Backend } from '../backend/backend';
import { APP_VERSION } from '../app-version';
import { SECURITY_HEADERS } from '../content-security-policy';
import { createPdfJobs } from '../pdf/pdf-jobs';
import { preparePhotos } from '../pdf/prepare-photos';
import { reportDataAhead } from '../pdf/report-data-ahead';
import { mimeTypeOf, resolveStaticPath } from '../static-files';
import { chromiumPrinter } from './chromium-printer';
import { TOKEN_HEADER } from '../../shared/api/http-token';
import { DOWNLOAD_ROUTE } from '../../shared/api/exports-api';
import { takeDownload } from '../backend/exports/downloads';
import {
  headerValue,
  isAllowedHost,
  LISTEN_HOST,
  MAX_BODY_BYTES,
  tokenMatches,
  withinBodyLimit,
} from './request-checks';

export { TOKEN_HEADER } from '../../shared/api/http-token';

export interface WebHostOptions {
  dataDir: string;
  rendererDir: string;
  /** 0 or undefined: a random free port. */
  port?: number;
  token?: string;
  /** Put the newest good backup in place of the data file before serving (--restore-latest). */
  restoreLatest?: boolean;
}

export interface WebHost {
  url: string;
  /** The URL to open: the token travels in the fragment, which browsers never send to a server. */
  openUrl: string;
  port: number;
  token: string;
  backend: Backend;
  close(): Promise<void>;
}

/**
 * Serves the built renderer and the backend over HTTP, on 127.0.0.1 only. Every API call must
 * carry the per-run token; requests for another Host are refused (DNS rebinding).
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const backend = createBackend({
    dataDir: options.dataDir,
    host: 'web',
    version: APP_VERSION,
    scheduledBackups: true,
  });
  if (options.restoreLatest) await backend.backups.restoreLatest();
  const streams = new Set<http.ServerResponse>();
  backend.onEvent((event, payload) => {
    const frame = `event: message\ndata: ${JSON.stringify({ event, payload })}\n\n`;
    streams.forEach((res) => res.write(frame));
  });
  let port = 0;
  const dataAhead = reportDataAhead((input) => backend.dispatch('reports.data', input));
  const entry = entryFiles(options.rendererDir);
  // PDF reports: this host opens its own page in a headless Chromium and prints it.
  const printer = chromiumPrinter(() => ({ origin: `http://127.0.0.1:${port}`, token }));
  const pdfJobs = createPdfJobs(
    printer,
    { kind: 'download' },
    Date.now,
    async (id) => {
      const r = await backend.dispatch('audits.get', { id });
      return r.ok ? null : r.error;
    },
    (request) => {
      // A browser kept ready loads the page at once: the data is worked out (one long task of this
      // thread) once the page has its first files, while it runs them, not while it waits for them.
      dataAhead.prepare(request, printer.browser.running ? entry.served() : undefined);
      void preparePhotos(request, (input) => backend.dispatch('reports.photos', input));
    },
  );

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error) => {
      console.error('[web-host]', error);
      if (!res.headersSent) sendJson(res, 500, fail('INTERNAL', 'The web host failed to answer. Try again.'));
      else res.end();
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (!isAllowedHost(req.headers.host, port)) {
      res.writeHead(421, { 'Content-Type': 'text/plain' }).end('Wrong host');
      return;
    }
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    if (url.pathname === '/api/events') return openEventStream(req, res, url);
    if (url.pathname.startsWith('/api/')) return callApi(req, res, url.pathname.slice('/api/'.length));
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    if (url.pathname.startsWith(DOWNLOAD_ROUTE)) return serveDownload(res, url.pathname, req.method === 'HEAD');
    serveStatic(res, url.pathname, req.method === 'HEAD');
  }

  async function callApi(req: http.IncomingMessage, res: http.ServerResponse, method: string): Promise<void> {
    if (req.method !== 'POST') {
      sendJson(res, 405, fail('UNKNOWN_METHOD', 'API calls must use POST.'));
      return;
    }
    if (!tokenMatches(headerValue(req.headers[TOKEN_HEADER]), token)) {
      sendJson(
        res,
        401,
        fail(
          'UNAUTHORIZED',
          'This request did not carry the access token of this run. Open the address printed by the web host.',
        ),
      );
      return;
    }
    const body = await readBody(req);
    if (body === null) {
      sendJson(res, 413, fail('VALIDATION', `The request is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB.`));
      return;
    }
    let input: unknown;
    try {
      input = body.length ? JSON.parse(body.toString('utf8')) : {};
    } catch {
      sendJson(res, 400, fail('VALIDATION', 'The request body is not valid JSON.'));
      return;
    }
    let name: string;
    try {
      name = decodeURIComponent(method);
    } catch {
      sendJson(res, 400, fail('UNKNOWN_METHOD', 'The method name in the address is not valid percent-encoding.'));
      return;
    }
    sendJson(
      res,
      200,
      pdfJobs.handles(name)
        ? await pdfJobs.dispatch(name, input)
        : await ((name === 'reports.data' && dataAhead.take(input)) || backend.dispatch(name, input)),
    );
  }

  function openEventStream(req: http.IncomingMessage, res: http.ServerResponse, url: URL): void {
    if (!tokenMatches(url.searchParams.get('token'), token)) {
      sendJson(res, 401, fail('UNAUTHORIZED', 'The event stream needs the access token of this run.'));
      return;
    }
    res.writeHead(200, {
      'Content-Type': 'text/event-stream',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
      ...SECURITY_HEADERS,
    });
    res.write(': connected\n\n');
    streams.add(res);
    req.on('close', () => streams.delete(res));
  }

  /**
   * A finished export, streamed from its temporary file and removed after: the page got this
   * one-time address from an authenticated call, so the address is the permission. A second
   * request, or one after DOWNLOAD_TTL_MS, finds nothing.
   */
  function serveDownload(res: http.ServerResponse, pathname: string, headOnly: boolean): void {
    const file = headOnly ? null : takeDownload(pathname);
    if (!file) {
      res
        .writeHead(404, {
          'Content-Type': 'text/plain; charset=utf-8',
          'Cache-Control': 'no-store',
          ...SECURITY_HEADERS,
        })
        .end('This download was already saved or has expired. Export again.');
      return;
    }
    res.writeHead(200, {
      'Content-Type': file.mime,
      'Content-Length': String(file.bytes),
      'Content-Disposition': attachment(file.fileName),
      'Cache-Control': 'no-store',
      ...SECURITY_HEADERS,
    });
    const stream = fs.createReadStream(file.path);
    const remove = () => fs.rm(file.path, { force: true }, () => undefined);
    stream.on('close', remove);
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  }

  // The build's hashed assets never change while the host runs: each is read once and answered from
  // memory in one write (no stat, no stream, no thread-pool round trips while the window starts).
  const assets = new Map<string, Buffer>();
  function readStatic(file: string, immutable: boolean): Buffer | null {
    const cached = assets.get(file);
    if (cached) return cached;
    let body: Buffer;
    try {
      body = fs.readFileSync(file); // a folder or a missing file throws: not found
    } catch {
      return null;
    }
    if (immutable) assets.set(file, body);
    return body;
  }

  function serveStatic(res: http.ServerResponse, pathname: string, headOnly: boolean): void {
    const file = resolveStaticPath(options.rendererDir, pathname);
    const immutable = pathname.startsWith('/assets/');
    const body = file ? readStatic(file, immutable) : null;
    if (!file || !body) {
      res.writeHead(404, { 'Content-Type': 'text/plain', ...SECURITY_HEADERS }).end('Not found');
      return;
    }
    const cache = immutable ? 'public, max-age=31536000, immutable' : 'no-store';
    res.writeHead(200, {
      'Content-Type': mimeTypeOf(file),
      'Content-Length': body.length,
      'Cache-Control': cache,
      ...SECURITY_HEADERS,
    });
    res.end(headOnly ? undefined : body);
    entry.sent(pathname);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, LISTEN_HOST, () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}/`;

  return {
    url,
    openUrl: `${url}#token=${token}`,
    port,
    token,
    backend,
    async close() {
      pdfJobs.cancelAll();
      await printer.stop();
      streams.forEach((res) => res.end());
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // An open page keeps keep-alive sockets; close() would wait for them forever.
      server.closeAllConnections();
      await closed;
      backend.close();
    },
  };
}

/** How long the data of an export waits for its page's first files at most. */
const ENTRY_WAIT_MS = 1000;

/**
 * The files a page asks for first, all at once: index.html and what it names (its script, styles and
 * module preloads). `served()` resolves once each was sent after it was called (or after ENTRY_WAIT_MS).
 */
export function entryFiles(rendererDir: string) {
  let names: string[] = [];
  try {
    const html = fs.readFileSync(path.join(rendererDir, 'index.html'), 'utf8');
    names = ['/', ...[...html.matchAll(/(?:src|href)="\.?(\/assets\/[^"]+)"/g)].map((m) => m[1]!)];
  } catch {
    // No built page (tests of the API alone): nothing to wait for.
  }
  const waiting = new Set<{ left: Set<string>; done(): void }>();
  return {
    served(): Promise<void> {
      if (!names.length) return Promise.resolve();
      return new Promise<void>((resolve) => {
        const waiter = {
          left: new Set(names),
          done() {
            clearTimeout(timer);
            waiting.delete(waiter);
            resolve();
          },
        };
        const timer = setTimeout(() => waiter.done(), ENTRY_WAIT_MS);
        timer.unref();
        waiting.add(waiter);
      });
    },
    sent(pathname: string): void {
      const name = pathname === '/index.html' ? '/' : pathname;
      for (const waiter of waiting) if (waiter.left.delete(name) && !waiter.left.size) waiter.done();
    },
  };
}

/** Content-Disposition for a saved file: an ASCII fallback name and the real name in UTF-8 (RFC 6266). */
function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}

function sendJson(res: http.ServerResponse, status: number, result: Result<unknown>): void {
  const body = JSON.stringify(result);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    ...SECURITY_HEADERS,
  });
  res.end(body);
}

function readBody(req: http.IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooBig = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (!withinBodyLimit(size)) tooBig = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(tooBig ? null : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
