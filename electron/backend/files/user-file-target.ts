import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/result';
import type { BackendContext } from '../context';
import { writeFileAtomic } from '../../files/write-file-atomic';

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
  return assertOutsideDataDir(ctx.dataDir, target, noun);
}

/** The real path (symlinks resolved) of `p`, for as much of it as exists; the rest is appended as written. */
function realPathOf(p: string): string {
  const rest: string[] = [];
  let at = path.resolve(p);
  for (;;) {
    try {
      return path.join(fs.realpathSync(at), ...rest.reverse());
    } catch {
      const parent = path.dirname(at);
      if (parent === at) return path.resolve(p);
      rest.push(path.basename(at));
      at = parent;
    }
  }
}

/**
 * The one check for a path a file is saved to (exports, packages, PDFs; desktop only): the folder is
 * compared after resolving symlinks (realpath) with the data folder's real path, so a link that
 * points into the data folder is refused like the folder itself. Returns the path to write.
 */
export function assertOutsideDataDir(dataDir: string, target: string, noun: SavedThing['noun'] | 'PDF'): string {
  const what = noun === 'PDF' ? 'A PDF' : article(noun);
  if (!path.isAbsolute(target))
    throw new AppError('VALIDATION', `The ${noun} needs a full path to save to.`, [
      { field: 'destination.path', rule: 'invalid' },
    ]);
  const resolved = path.resolve(target);
  const real = path.join(realPathOf(path.dirname(resolved)), path.basename(resolved));
  const inData = path.relative(realPathOf(dataDir), real);
  if (inData === '' || (!inData.startsWith('..') && !path.isAbsolute(inData)))
    throw new AppError('NOT_ALLOWED', `${what} cannot be saved inside the app's data folder. Choose another folder.`);
  if (!fs.statSync(path.dirname(real), { throwIfNoEntry: false })?.isDirectory())
    throw new AppError('NOT_FOUND', `The folder ${path.dirname(resolved)} does not exist. Choose another folder.`);
  const existing = fs.lstatSync(real, { throwIfNoEntry: false });
  if (
    existing?.isDirectory() ||
    (existing?.isSymbolicLink() && fs.statSync(real, { throwIfNoEntry: false })?.isDirectory())
  )
    throw new AppError('VALIDATION', `${resolved} is a folder. Choose a file name.`, [
      { field: 'destination.path', rule: 'invalid' },
    ]);
  return real;
}

/** The error a failed write of a saved file becomes: a full disk or a folder that cannot be written, in words. */
export function userFileError(error: unknown, target: string): unknown {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  if (code === 'ENOSPC' || code === 'EDQUOT')
    return new AppError(
      'DISK_FULL',
      `The disk is full, so ${path.basename(target)} was not saved. Free some space and try again; no half-written file was left.`,
    );
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
    return new AppError(
      'READ_ONLY',
      `The folder ${path.dirname(target)} cannot be written, so nothing was saved. Choose another folder.`,
    );
  return error;
}

/** Writes through a temporary name, so a failure leaves nothing (or the previous file) under the real name. */
export function writeUserFile(target: string, data: Uint8Array): void {
  try {
    writeFileAtomic(target, data);
  } catch (error) {
    throw userFileError(error, target);
  }
}
