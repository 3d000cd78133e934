import { timingSafeEqual } from 'node:crypto';

/** The only address the web host listens on: this computer, never the network. */
export const LISTEN_HOST = '127.0.0.1';
/** Room for a photo of twice the evidence limit, base64-encoded, so the backend can refuse it in words. */
export const MAX_BODY_BYTES = 72 * 1024 * 1024;

/** Host headers the web host answers (DNS rebinding: a page of another name that resolves here is refused). */
export function isAllowedHost(host: string | undefined, port: number): boolean {
  return host === `${LISTEN_HOST}:${port}` || host === `localhost:${port}`;
}

/**
 * The per-run token, compared in constant time (a timing difference would let a page guess it byte
 * by byte). `compare` is the constant-time comparison; it is a parameter only so tests can see it used.
 */
export function tokenMatches(
  given: string | undefined | null,
  token: string,
  compare: (a: Buffer, b: Buffer) => boolean = timingSafeEqual,
): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && compare(a, b);
}

/** The token from a request's header (the first, if a client sent it twice). */
export const headerValue = (value: string | string[] | undefined): string | undefined =>
  Array.isArray(value) ? value[0] : value;

/** Whether a body of `size` bytes so far is still acceptable. */
export const withinBodyLimit = (size: number): boolean => size <= MAX_BODY_BYTES;
