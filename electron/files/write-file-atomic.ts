import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

/**
 * Writes to a temporary name beside the target, flushes it to disk, then renames: a crash or a
 * full disk leaves either the old file or the new one, never half of one under the real name.
 */
export function writeFileAtomic(target: string, data: Uint8Array): void {
  const dir = path.dirname(target);
  fs.mkdirSync(dir, { recursive: true });
  const temp = path.join(dir, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = fs.openSync(temp, 'wx');
    fs.writeSync(fd, data);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(temp, target);
    syncDirectory(dir);
  } catch (error) {
    if (fd !== undefined) fs.closeSync(fd);
    fs.rmSync(temp, { force: true });
    throw error;
  }
}

export function syncDirectory(dir: string): void {
  try {
    const fd = fs.openSync(dir, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // Some platforms (Windows) cannot open a directory for fsync; the rename is still atomic there.
  }
}

/**
 * writeFileAtomic whose flush waits in libuv's pool: many files (an import's photos) are flushed side
 * by side instead of one after another. The bytes go to the page cache on this thread (a photo's worth
 * takes well under a millisecond), so each file hands over ONE job to the pool, its flush, instead of
 * five (open, write, flush, close, rename) that each queued behind the pool's other work (an import's
 * photo decodes). The folder must exist; it is flushed unless the caller flushes each folder once
 * after its last file (syncDirectoryAsync).
 */
export async function writeFileAtomicAsync(
  target: string,
  data: Uint8Array,
  options: { syncFolder: boolean } = { syncFolder: true },
): Promise<void> {
  const dir = path.dirname(target);
  const temp = path.join(dir, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = fs.openSync(temp, 'wx');
    for (let done = 0; done < data.byteLength;) done += fs.writeSync(fd, data, done);
    await fsyncAsync(fd);
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(temp, target);
  } catch (error) {
    if (fd !== undefined) fs.closeSync(fd);
    try {
      fs.rmSync(temp, { force: true });
    } catch {
      // Never made (its folder is not one): the write's own error says why.
    }
    throw error;
  }
  if (options.syncFolder) await syncDirectoryAsync(dir);
}

const fsyncAsync = (fd: number) =>
  new Promise<void>((resolve, reject) => fs.fsync(fd, (error) => (error ? reject(error) : resolve())));

/**
 * syncDirectory whose flush waits in libuv's pool (one job: the folder is opened and closed on the
 * calling thread). Many folders are flushed side by side: one after another on one thread, each
 * flush waits for the disk (256 photo folders took 0.1 to 0.8 s here, side by side 15 to 40 ms).
 */
export async function syncDirectoryAsync(dir: string): Promise<void> {
  let fd: number;
  try {
    fd = fs.openSync(dir, 'r');
  } catch {
    return; // As syncDirectory: some platforms cannot open a directory for fsync.
  }
  try {
    await fsyncAsync(fd);
  } catch {
    // As syncDirectory: a folder that cannot be flushed (Windows) still has its rename, which is atomic there.
  } finally {
    fs.closeSync(fd);
  }
}
