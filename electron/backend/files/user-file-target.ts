import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/result';
import type { BackendContext } from '../context';
import { writeFileAtomic } from './write-file-atomic';

/** What is being saved, for the messages: "export" / "An export", "package" / "A package". */
export interface SavedThing {
  noun: 'export' | 'package';
}

const article = (noun: SavedThing['noun']) => (noun === 'export' ? 'An export' : 'A package');

/**
 * Where a file the user saves may go: an absolute path, to an existing folder, outside the app's
 * own data folder (a saved file must never replace the database, a backup or a photo). Only the
 * desktop app names paths (from its save dialog); the web host never writes where a page says.
 */
export function checkUserFileTarget(ctx: BackendContext, target: string, { noun }: SavedThing): string {
  if (ctx.host !== 'desktop')
    throw new AppError(
      'NOT_ALLOWED',
      `In the browser ${article(noun).toLowerCase()} is downloaded; the web host never writes files to paths a page names.`,
    );
  if (!path.isAbsolute(target))
    throw new AppError('VALIDATION', `The ${noun} needs a full path to save to.`, [
      { field: 'destination.path', rule: 'invalid' },
    ]);
  const resolved = path.resolve(target);
  const inData = path.relative(path.resolve(ctx.dataDir), resolved);
  if (inData === '' || (!inData.startsWith('..') && !path.isAbsolute(inData)))
    throw new AppError(
      'NOT_ALLOWED',
      `${article(noun)} cannot be saved inside the app's data folder. Choose another folder.`,
    );
  const folder = path.dirname(resolved);
  if (!fs.statSync(folder, { throwIfNoEntry: false })?.isDirectory())
    throw new AppError('NOT_FOUND', `The folder ${folder} does not exist. Choose another folder.`);
  if (fs.statSync(resolved, { throwIfNoEntry: false })?.isDirectory())
    throw new AppError('VALIDATION', `${resolved} is a folder. Choose a file name.`, [
      { field: 'destination.path', rule: 'invalid' },
    ]);
  return resolved;
}

/** Writes through a temporary name, so a failure leaves nothing (or the previous file) under the real name. */
export function writeUserFile(target: string, data: Uint8Array): void {
  try {
    writeFileAtomic(target, data);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (code === 'ENOSPC' || code === 'EDQUOT')
      throw new AppError(
        'DISK_FULL',
        `The disk is full, so ${path.basename(target)} was not saved. Free some space and try again; no half-written file was left.`,
      );
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
      throw new AppError(
        'READ_ONLY',
        `The folder ${path.dirname(target)} cannot be written, so nothing was saved. Choose another folder.`,
      );
    throw error;
  }
}
