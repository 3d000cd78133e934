import fs from 'node:fs';
import { takeDownload } from '../../electron/backend/exports/downloads';

/** The bytes of a finished download, taken the way the web host takes it (once) and removed after. */
export function downloadedBytes(result: { download?: { url: string } }): Buffer {
  if (!result.download) throw new Error('The result offers no download.');
  const file = takeDownload(result.download.url);
  if (!file) throw new Error(`No download behind ${result.download.url}.`);
  try {
    return fs.readFileSync(file.path);
  } finally {
    fs.rmSync(file.path, { force: true });
  }
}
