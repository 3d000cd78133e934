import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../db/open-database';
import { photosInBackups } from '../backups/backup-files';
import { referencedPhotoHashes } from '../evidence/photo-references';

export interface SweepResult {
  tempFiles: string[];
  photoFiles: string[];
}

/** Folders the app writes through temporary names (writeFileAtomic, backups, restore). */
const TEMP_FOLDERS = ['.', 'backups', 'evidence'];

function walk(dir: string, visit: (file: string) => void): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) walk(full, visit);
    else if (e.isFile()) visit(full);
  }
}

/**
 * Runs once at open, before anything writes: removes what a crash can leave behind. Temporary
 * files (never a finished file: those are renamed into place) and photo files no row refers to,
 * neither in the live database nor in any kept backup, written before this open. (A photo is
 * written before the row that names it; at open no write is in flight, so every photo older than
 * the open and unreferenced after the last commit is an orphan of a crash or a failed write.)
 */
export function sweepAtOpen(db: Db, dataDir: string, openedAt = Date.now()): SweepResult {
  const result: SweepResult = { tempFiles: [], photoFiles: [] };
  for (const folder of TEMP_FOLDERS) {
    const dir = path.join(dataDir, folder);
    const visit = (file: string) => {
      if (!path.basename(file).endsWith('.tmp')) return;
      fs.rmSync(file, { force: true });
      result.tempFiles.push(file);
    };
    if (folder === '.') {
      for (const name of fs.readdirSync(dir))
        if (fs.statSync(path.join(dir, name)).isFile()) visit(path.join(dir, name));
    } else walk(dir, visit);
  }
  const referenced = new Set(referencedPhotoHashes(db));
  for (const sha of photosInBackups(dataDir)) referenced.add(sha);
  walk(path.join(dataDir, 'evidence'), (file) => {
    const sha = path.basename(file).split('.')[0]!;
    if (!/^[0-9a-f]{64}$/.test(sha) || referenced.has(sha)) return;
    if (fs.statSync(file).mtimeMs >= openedAt) return;
    fs.rmSync(file, { force: true });
    result.photoFiles.push(file);
  });
  return result;
}
