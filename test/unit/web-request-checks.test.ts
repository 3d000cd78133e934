import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../../electron/content-security-policy';
import {
  headerValue,
  isAllowedHost,
  LISTEN_HOST,
  MAX_BODY_BYTES,
  tokenMatches,
  withinBodyLimit,
} from '../../electron/web/request-checks';
import { startWebHost, type WebHost } from '../../electron/web/web-host';
import { tempDir } from '../support/temp-dir';

describe('the content security policy', () => {
  it('is exactly the strict policy: own scripts only, no inline or eval, no remote origin, no framing', () => {
    expect(CONTENT_SECURITY_POLICY.split('; ')).toEqual([
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self'",
      "img-src 'self' data: blob:",
      "font-src 'self'",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'none'",
      "frame-ancestors 'none'",
    ]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe|\*|https?:/);
    expect(SECURITY_HEADERS).toEqual({
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Resource-Policy': 'same-origin',
    });
  });
});

describe('web host request checks (pure)', () => {
  it('answers only its own host name and port', () => {
    expect(LISTEN_HOST).toBe('127.0.0.1');
    expect(isAllowedHost('127.0.0.1:5301', 5301)).toBe(true);
    expect(isAllowedHost('localhost:5301', 5301)).toBe(true);
    expect(isAllowedHost('127.0.0.1:53010', 5301)).toBe(false);
    expect(isAllowedHost('localhost:530', 5301)).toBe(false);
    expect(isAllowedHost('evil.example:5301', 5301)).toBe(false);
    expect(isAllowedHost('0.0.0.0:5301', 5301)).toBe(false);
    expect(isAllowedHost('', 5301)).toBe(false);
    expect(isAllowedHost(undefined, 5301)).toBe(false);
  });

  it('compares the token in constant time, and only tokens of equal length reach the comparison', () => {
    const compare = vi.fn((a: Buffer, b: Buffer) => a.equals(b));
    expect(tokenMatches('abcdef', 'abcdef', compare)).toBe(true);
    expect(compare).toHaveBeenCalledTimes(1);
    expect(compare.mock.calls[0]!.map((b) => b.toString())).toEqual(['abcdef', 'abcdef']);
    // The decision is the constant-time comparison's, not a string compare beside it.
    expect(tokenMatches('abcdef', 'abcdef', () => false)).toBe(false);
    expect(tokenMatches('abcdeX', 'abcdef', () => true)).toBe(true);
    compare.mockClear();
    expect(tokenMatches('abc', 'abcdef', compare)).toBe(false);
    expect(tokenMatches('', 'abcdef', compare)).toBe(false);
    expect(tokenMatches(null, 'abcdef', compare)).toBe(false);
    expect(tokenMatches(undefined, 'abcdef', compare)).toBe(false);
    expect(compare).not.toHaveBeenCalled();
    // The default is node's timingSafeEqual.
    expect(tokenMatches('abcdef', 'abcdef')).toBe(true);
    expect(tokenMatches('abcdeg', 'abcdef')).toBe(false);
    expect(tokenMatches('ab', 'abcdef')).toBe(false);
  });

  it('limits a request body to 72 MiB, the limit itself included', () => {
    expect(MAX_BODY_BYTES).toBe(75_497_472);
    expect(withinBodyLimit(0)).toBe(true);
    expect(withinBodyLimit(MAX_BODY_BYTES)).toBe(true);
    expect(withinBodyLimit(MAX_BODY_BYTES + 1)).toBe(false);
    expect(headerValue(['first', 'second'])).toBe('first');
    expect(headerValue('only')).toBe('only');
    expect(headerValue(undefined)).toBeUndefined();
  });
});

describe('the web host applies them to real requests', () => {
  let host: WebHost;
  beforeAll(async () => {
    host = await startWebHost({ dataDir: tempDir(), rendererDir: tempDir() });
  });
  afterAll(() => host.close());

  const request = (options: http.RequestOptions, body?: Buffer | string) =>
    new Promise<{ status: number; headers: http.IncomingHttpHeaders; text: string }>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port: host.port, ...options }, (res) => {
        let text = '';
        res.on('data', (d: Buffer) => (text += d.toString()));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, text }));
      });
      req.on('error', reject);
      if (body) req.write(body);
      req.end();
    });
  const api = (headers: Record<string, string>, body = '{}') =>
    request(
      { method: 'POST', path: '/api/app.info', headers: { 'content-type': 'application/json', ...headers } },
      body,
    );

  it('listens on 127.0.0.1 only', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/`);
  });

  it('needs the token, refuses another host name, and never allows other origins', async () => {
    const good = await api({ 'x-journey-token': host.token });
    expect(good.status).toBe(200);
    expect(good.headers['access-control-allow-origin']).toBeUndefined();
    expect(good.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    const wrong = await api({ 'x-journey-token': host.token.replace(/.$/, (c) => (c === 'a' ? 'b' : 'a')) });
    expect(wrong.status).toBe(401);
    expect((await api({})).status).toBe(401);
    expect((await api({ 'x-journey-token': host.token, host: `evil.example:${host.port}` })).status).toBe(421);
    const preflight = await request({
      method: 'OPTIONS',
      path: '/api/app.info',
      headers: { origin: 'https://evil.example' },
    });
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('refuses a body over the limit with 413, before the backend sees it', async () => {
    const big = Buffer.alloc(MAX_BODY_BYTES + 1, 0x20);
    const answer = await api({ 'x-journey-token': host.token }, big as unknown as string);
    expect(answer.status).toBe(413);
  });

  it('serves no source map even when one lies in the renderer folder', async () => {
    const res = await request({ method: 'GET', path: '/assets/index.js.map' });
    expect(res.status).toBe(404);
  });
});
