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
 * writeFileAtomic off the main thread: the write and its flush wait in libuv's pool, so many files
 * (an import's photos) are flushed side by side instead of one after another. The folder must exist;
 * it is flushed unless the caller flushes each folder once after its last file (syncDirectoryAsync).
 */
export async function writeFileAtomicAsync(
  target: string,
  data: Uint8Array,
  options: { syncFolder: boolean } = { syncFolder: true },
): Promise<void> {
  const dir = path.dirname(target);
  const temp = path.join(dir, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await fs.promises.writeFile(temp, data, { flag: 'wx', flush: true });
    await fs.promises.rename(temp, target);
  } catch (error) {
    await fs.promises.rm(temp, { force: true });
    throw error;
  }
  if (options.syncFolder) await syncDirectoryAsync(dir);
}

export async function syncDirectoryAsync(dir: string): Promise<void> {
  try {
    const handle = await fs.promises.open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // As syncDirectory: some platforms cannot open a directory for fsync.
  }
}
