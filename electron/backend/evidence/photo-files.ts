import path from 'node:path';

/** Where evidence files live: content-addressed, so the same photo attached twice is stored once. */
export const evidenceDir = (dataDir: string, sha: string) => path.join(dataDir, 'evidence', sha.slice(0, 2));
export const originalPath = (dataDir: string, sha: string, ext: string) =>
  path.join(evidenceDir(dataDir, sha), `${sha}.${ext}`);
/** The display copy (upright, at most 1600 px): made when a photo is attached, or by the background job after an import. */
export const displayPath = (dataDir: string, sha: string) =>
  path.join(evidenceDir(dataDir, sha), `${sha}.display.webp`);
export const EXT_BY_MIME: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/heic': 'heic',
};
