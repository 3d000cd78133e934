import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { syncDirectory } from '../../files/write-file-atomic';
import { userFileError } from '../files/user-file-target';

/**
 * The file an export is written into as it is produced, so no export is ever whole in memory: a
 * temporary name (beside the chosen file, or in the data folder for a download, where a crash's
 * left-over `.tmp` is swept at the next open), written in order, patched in place where a ZIP
 * header learns its sizes at the end, then flushed and renamed into place or handed over.
 */
export class ExportFile {
  private fd: number | null;
  private position = 0;
  readonly tempPath: string;

  /** `target` names the file for the messages (disk full, read-only folder). */
  constructor(
    dir: string,
    private readonly target: string,
  ) {
    this.tempPath = path.join(dir, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
    this.fd = this.guard(() => fs.openSync(this.tempPath, 'wx'));
  }

  /** Bytes written so far: the offset of the next write. */
  get offset(): number {
    return this.position;
  }

  private guard<T>(io: () => T): T {
    try {
      return io();
    } catch (error) {
      this.discard();
      throw userFileError(error, this.target);
    }
  }

  private open(): number {
    if (this.fd === null) throw new Error('The export file is already closed.');
    return this.fd;
  }

  write(bytes: Uint8Array): void {
    const fd = this.open();
    this.guard(() => {
      for (let done = 0; done < bytes.length;) done += fs.writeSync(fd, bytes, done, bytes.length - done);
    });
    this.position += bytes.length;
  }

  /** Overwrites bytes already written (a header's sizes, known once its entry has ended). */
  writeAt(bytes: Uint8Array, position: number): void {
    const fd = this.open();
    this.guard(() => fs.writeSync(fd, bytes, 0, bytes.length, position));
  }

  /** Flushes the bytes to disk and renames the file to `target`: a crash leaves the old file or the new one. */
  commit(target: string): void {
    const fd = this.open();
    this.guard(() => {
      fs.fsyncSync(fd);
      fs.closeSync(fd);
      this.fd = null;
      fs.renameSync(this.tempPath, target);
    });
    syncDirectory(path.dirname(target));
  }

  /** Closes the file and leaves it for the caller, who removes it once read (a download). */
  close(): string {
    const fd = this.open();
    this.fd = null;
    this.guard(() => fs.closeSync(fd));
    return this.tempPath;
  }

  /** Closes and removes the temporary file (after a failure); safe to call twice. */
  discard(): void {
    if (this.fd !== null) {
      try {
        fs.closeSync(this.fd);
      } catch {
        // Already unusable: the file is removed below all the same.
      }
      this.fd = null;
    }
    fs.rmSync(this.tempPath, { force: true });
  }
}
