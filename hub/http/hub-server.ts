import http from 'node:http';
import type pg from 'pg';
import { EVIDENCE_MAX_BYTES } from '../../shared/api/audits-api';
import {
  HUB_LIMITS,
  inviteRequestSchema,
  joinRequestSchema,
  revokeRequestSchema,
} from '../../shared/sync/hub-protocol';
import { missingPhotos, getPhoto, putPhoto } from '../sync/photos';
import { pull } from '../sync/pull';
import { push } from '../sync/push';
import { authenticate, createInvite, join, leave, listDevices, revokeDevice, type Caller } from '../teams/teams';
import { HubError, invalid } from './hub-error';

export interface HubServerOptions {
  /** Behind a TLS reverse proxy: requests it marks as plain HTTP are refused. */
  behindProxy: boolean;
}

/** The hub's HTTP API (see shared/sync/hub-protocol.ts). Stateless: every fact lives in PostgreSQL. */
export function createHubServer(pool: pg.Pool, options: HubServerOptions): http.Server {
  const server = http.createServer((req, res) => {
    handle(pool, options, req)
      .then((reply) => send(res, reply.status ?? 200, reply.body))
      .catch((error: unknown) => {
        if (error instanceof HubError)
          return send(res, error.status, {
            error: { code: error.code, message: error.message, ...(error.reason ? { reason: error.reason } : {}) },
          });
        console.error('[hub] unexpected error', error);
        send(res, 503, {
          error: { code: 'UNAVAILABLE', message: 'The hub could not answer just now; nothing was changed. Try again.' },
        });
      });
  });
  // Laptops reuse connections: the server must keep an idle one open longer than a client would
  // (undici keeps them 4 s), or a request sent on a socket the server is closing fails mid-sync.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  return server;
}

interface Reply {
  status?: number;
  body: unknown;
}

function send(res: http.ServerResponse, status: number, body: unknown): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  if (Buffer.isBuffer(body)) {
    res.writeHead(status, {
      'content-type': 'application/octet-stream',
      'content-length': body.length,
      'cache-control': 'no-store',
    });
    res.end(body);
    return;
  }
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(text);
}

function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit)
      return reject(
        new HubError(413, 'FILE_TOO_LARGE', `The request is larger than the hub accepts (${limit} bytes).`),
      );
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new HubError(413, 'FILE_TOO_LARGE', `The request is larger than the hub accepts (${limit} bytes).`));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
    req.on('aborted', () => reject(new HubError(400, 'VALIDATION', 'The request was cut off.')));
  });
}

async function readJson(req: http.IncomingMessage, limit: number = HUB_LIMITS.jsonBodyBytes): Promise<unknown> {
  const body = await readBody(req, limit);
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    throw invalid('The request body is not JSON.');
  }
}

const bearer = (req: http.IncomingMessage): string | null => {
  const h = req.headers.authorization;
  return h && h.startsWith('Bearer ') ? h.slice(7).trim() : null;
};

function parse<T>(
  schema: {
    safeParse(
      v: unknown,
    ): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
  },
  value: unknown,
): T {
  const r = schema.safeParse(value);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    throw invalid(`${issue.path.map(String).join('.') || 'The request'} ${issue.message}.`);
  }
  return r.data;
}

async function handle(pool: pg.Pool, options: HubServerOptions, req: http.IncomingMessage): Promise<Reply> {
  if (options.behindProxy && req.headers['x-forwarded-proto'] !== 'https')
    throw new HubError(403, 'NOT_ALLOWED', 'The hub answers only over HTTPS (through its reverse proxy).');
  const url = new URL(req.url ?? '/', 'http://hub');
  const route = `${req.method} ${url.pathname}`;
  if (route === 'GET /v1/health') {
    await pool.query('SELECT 1');
    return { body: { ok: true } };
  }
  if (route === 'POST /v1/join') {
    const input = parse(joinRequestSchema, await readJson(req));
    return { body: await join(pool, input.code, input.deviceName) };
  }
  const caller: Caller = await authenticate(pool, bearer(req));
  const photo = /^\/v1\/photos\/([0-9a-f]{64})$/.exec(url.pathname);
  if (photo && req.method === 'PUT')
    return { body: await putPhoto(pool, caller, photo[1]!, await readBody(req, EVIDENCE_MAX_BYTES)) };
  if (photo && req.method === 'GET') return { body: await getPhoto(pool, caller, photo[1]!) };
  switch (route) {
    case 'GET /v1/me':
      return { body: caller };
    case 'POST /v1/invites': {
      const input = parse(inviteRequestSchema, await readJson(req));
      return { body: await createInvite(pool, caller, input.role, input.name) };
    }
    case 'GET /v1/devices':
      return { body: { devices: await listDevices(pool, caller) } };
    case 'POST /v1/devices/revoke':
      return { body: await revokeDevice(pool, caller, parse(revokeRequestSchema, await readJson(req)).deviceId) };
    case 'POST /v1/leave':
      return { body: await leave(pool, caller) };
    case 'POST /v1/photos/missing':
      return { body: await missingPhotos(pool, caller, await readJson(req, HUB_LIMITS.pushBodyBytes)) };
    case 'POST /v1/push':
      return { body: await push(pool, caller, await readJson(req, HUB_LIMITS.pushBodyBytes)) };
    case 'GET /v1/pull':
      return { body: await pull(pool, caller, url.searchParams.get('since'), url.searchParams.get('limit')) };
    default:
      throw new HubError(404, 'NOT_FOUND', `The hub has no ${route}.`);
  }
}
