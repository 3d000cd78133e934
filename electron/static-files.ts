import path from 'node:path';

const MIME: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

export const mimeTypeOf = (file: string): string =>
  MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';

/**
 * Maps a URL path to a file inside `root`, or null when it would escape it (encoded `..`,
 * backslashes, NUL). Paths without an extension fall back to the single-page app's index.html.
 */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]!.split('#')[0]!);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  // Source maps are never served, even if a build left some behind.
  if (decoded.toLowerCase().endsWith('.map')) return null;
  const relative = decoded.replace(/^\/+/, '') || 'index.html';
  const rootResolved = path.resolve(root);
  const full = path.resolve(rootResolved, relative);
  if (full !== rootResolved && !full.startsWith(rootResolved + path.sep)) return null;
  if (!path.extname(full)) return path.join(rootResolved, 'index.html');
  return full;
}
