import fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import { DOWNLOAD_ROUTE, DOWNLOAD_TTL_MS } from '../../../shared/api/exports-api';

/** A finished file waiting to be fetched once (it lives in the data folder as a `.tmp`, swept at open if never taken). */
export interface PendingDownload {
  path: string;
  fileName: string;
  mime: string;
  bytes: number;
}

const pending = new Map<string, PendingDownload & { expires: number }>();

function dropExpired(now: number): void {
  for (const [token, d] of pending)
    if (d.expires <= now) {
      pending.delete(token);
      fs.rmSync(d.path, { force: true });
    }
}

/** Offers a finished file for one download; returns its address (DOWNLOAD_ROUTE + an unguessable token). */
export function offerDownload(file: PendingDownload, now = Date.now()): string {
  dropExpired(now);
  const token = randomBytes(24).toString('base64url');
  pending.set(token, { ...file, expires: now + DOWNLOAD_TTL_MS });
  setTimeout(() => dropExpired(Date.now()), DOWNLOAD_TTL_MS + 1_000).unref();
  return `${DOWNLOAD_ROUTE}${token}`;
}

/**
 * The file behind a download token, once: the token is forgotten here and the caller removes the
 * file after sending it. Null for an unknown, already taken or expired token.
 */
export function takeDownload(tokenOrUrl: string, now = Date.now()): PendingDownload | null {
  dropExpired(now);
  const token = tokenOrUrl.startsWith(DOWNLOAD_ROUTE) ? tokenOrUrl.slice(DOWNLOAD_ROUTE.length) : tokenOrUrl;
  const found = pending.get(token);
  if (!found) return null;
  pending.delete(token);
  const { expires: _, ...file } = found;
  return file;
}
