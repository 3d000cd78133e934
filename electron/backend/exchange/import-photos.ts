import fs from 'node:fs';
import path from 'node:path';
import { reason } from '../../../shared/reasons/reason';
import { AppError } from '../../../shared/result';
import { checkPhoto, whyPhotoUnusable, type CheckedPhoto } from '../evidence/photo-processing';
import { originalPath } from '../evidence/photo-files';
import { syncDirectoryAsync, writeFileAtomicAsync } from '../../files/write-file-atomic';
import type { PackagePhoto } from './read-package';

/** Files and folders an import made, to take back if it fails. */
export interface ImportFiles {
  written: string[];
  /** Folders this import made (evidence/xx/, and evidence/ itself on a first photo), parents first: they go too on a failure. */
  madeDirs: string[];
}

/**
 * Photos being checked at once: enough to keep sharp's queue full while this thread reads, checks and
 * plans the records between two hand-overs (a record entry can take tens of milliseconds), few
 * enough that memory stays bounded (a decoded photo's pixels are let go as soon as it is checked).
 */
const PHOTOS_IN_HAND = 32;
/**
 * Originals being flushed at once while other photos are still decoding: each flush is one job in
 * libuv's pool (writeFileAtomicAsync), queued between sharp's decodes as the checks hand them over.
 */
const WRITES_IN_FLIGHT = 32;

/** What checking a photo came to; 'cancelled' when the import stopped before its turn. */
type Outcome = { photo: CheckedPhoto } | { error: unknown } | 'cancelled';

interface Check {
  sha: string;
  photo: PackagePhoto;
  outcome: Promise<Outcome>;
  done: Outcome | null;
  settle(outcome: Outcome): void;
  /** Its original is queued to be written, or was written (to this file). */
  writeQueued: boolean;
  file: string | null;
}

/**
 * The photo side of an import, run alongside the reading and planning of the records: each photo
 * this laptop does not hold yet is checked (one decode) as soon as its entry is read, and once the
 * plan says which photos the import adds, each of their originals is written as soon as it is
 * checked, while others are still decoding. At most PHOTOS_IN_HAND photos are decoded at once, so
 * their pixels are never all in memory. The first failure stops everything; `stop()` waits for what
 * is under way, so that the caller can take back every file written.
 */
export class ImportPhotos {
  private readonly checks = new Map<string, Check>();
  private readonly waiting: Check[] = [];
  private inHand = 0;
  /** SHA-256 -> the MIME type its records state, for the photos the import adds; null until planned. */
  private wanted: Map<string, string> | null = null;
  private readonly toWrite: Check[] = [];
  private writing = 0;
  private readonly writes: Promise<void>[] = [];
  private writeFailure: unknown = null;
  private stopped = false;
  private wake: (() => void) | null = null;

  /** `files` null: check only (a preview writes nothing). */
  constructor(
    private readonly dataDir: string,
    private readonly files: ImportFiles | null,
  ) {}

  /** A photo of the package read and checksummed: its check starts now unless this laptop holds it already. */
  readonly onPhoto = (sha: string, photo: PackagePhoto): void => {
    if (fs.existsSync(originalPath(this.dataDir, sha, photo.ext))) return;
    this.notHeld.add(sha);
    this.start(sha, photo);
  };

  /** Photos this laptop did not hold when the package was read (the plan, made later, may find them written already). */
  private readonly notHeld = new Set<string>();

  /** After checked(): how many of the photos the import adds were new here (as the preview counted them). */
  newPhotos(): number {
    let n = 0;
    for (const sha of this.wanted?.keys() ?? []) if (this.notHeld.has(sha)) n++;
    return n;
  }

  private start(sha: string, photo: PackagePhoto): void {
    if (this.checks.has(sha)) return;
    let settle!: (outcome: Outcome) => void;
    const outcome = new Promise<Outcome>((resolve) => (settle = resolve));
    const check: Check = { sha, photo, outcome, done: null, settle, writeQueued: false, file: null };
    this.checks.set(sha, check);
    if (this.stopped) check.settle('cancelled');
    else this.waiting.push(check);
    this.pump();
  }

  private pump(): void {
    while (!this.stopped && this.inHand < PHOTOS_IN_HAND && this.waiting.length > 0) {
      const check = this.waiting.shift()!;
      this.inHand++;
      checkPhoto(`evidence/${check.sha}.${check.photo.ext}`, check.photo.bytes()).then(
        (photo) => this.onChecked(check, { photo }),
        (error: unknown) => this.onChecked(check, { error }),
      );
    }
  }

  private onChecked(check: Check, outcome: Outcome): void {
    this.inHand--;
    check.done = outcome;
    check.settle(outcome);
    if (this.wanted?.has(check.sha) && this.failure(check)) this.halt();
    else this.queueWrite(check);
    this.pump();
    this.writeNext();
  }

  /** Why a checked photo the import adds refuses the package, or null. */
  private failure(check: Check): AppError | null {
    const outcome = check.done;
    const name = `evidence/${check.sha}.${check.photo.ext}`;
    if (outcome === null || outcome === 'cancelled') return null;
    if ('error' in outcome) {
      // Why, in the words of the photo check ("it is not a JPEG, PNG or WebP photo"); the library's own
      // words went to the log.
      const error = outcome.error;
      const why = whyPhotoUnusable(error);
      if (!why) console.warn(`[import] the photo "${name}" could not be checked:`, error);
      return AppError.because(
        'INVALID_FILE',
        reason('photoUnusable', { name, why: why ?? reason('photoWhyUnknown') }),
        'Nothing was imported.',
      );
    }
    // The file's SHA-256 was checked against its name when the package was read.
    const mime = this.wanted?.get(check.sha);
    if (mime !== undefined && outcome.photo.mime !== mime)
      return AppError.because('INVALID_FILE', reason('photoNotAsDescribed', { name, mime }), 'Nothing was imported.');
    return null;
  }

  /**
   * Queues a checked photo's original to be written: before the plan is known, any photo that was
   * checked (this laptop does not hold it: nearly always one the import adds; one it turns out not to
   * add is taken back by written()); after, only the photos the import adds.
   */
  private queueWrite(check: Check): void {
    if (!this.files || check.writeQueued || check.done === null || check.done === 'cancelled') return;
    if ('error' in check.done || (this.wanted && !this.wanted.has(check.sha))) return;
    if (fs.existsSync(originalPath(this.dataDir, check.sha, check.done.photo.ext))) return;
    check.writeQueued = true;
    this.toWrite.push(check);
  }

  private writeNext(): void {
    const files = this.files;
    while (files && !this.stopped && this.writing < WRITES_IN_FLIGHT && this.toWrite.length > 0) {
      const check = this.toWrite.shift()!;
      const file = originalPath(this.dataDir, check.sha, check.photo.ext);
      // The folder made here, on this thread, so that the clean-up knows it; each folder that got a new
      // folder in it is flushed.
      for (const made of madeDir(files, path.dirname(file))) {
        this.made.push(made);
        this.syncSoon(path.dirname(made));
      }
      files.written.push(file);
      check.file = file;
      this.writing++;
      const write = writeFileAtomicAsync(file, check.photo.bytes(), { syncFolder: false }).then(
        () => {
          this.writing--;
          this.syncSoon(path.dirname(file));
          this.writeNext();
          this.wake?.();
        },
        (error: unknown) => {
          this.writing--;
          this.writeFailure ??= error;
          this.halt();
          this.wake?.();
        },
      );
      this.writes.push(write);
    }
  }

  /** Starts nothing more: photos waiting for their turn are cancelled. */
  private halt(): void {
    this.stopped = true;
    for (const check of this.waiting.splice(0)) check.settle('cancelled');
    this.toWrite.length = 0;
  }

  /**
   * The plan is known: `wanted` (SHA-256 -> the MIME type its records state) are the photos the
   * import adds, `photos` the package's. Waits until each is checked; refuses the whole package at the
   * first photo that does not decode or is not what its record says. Their originals go on being
   * written: written() waits for them.
   */
  async checked(wanted: Map<string, string>, photos: Map<string, PackagePhoto>): Promise<Map<string, CheckedPhoto>> {
    this.wanted = wanted;
    // Checked before the plan was known: refused or written now.
    for (const check of this.checks.values()) {
      if (!wanted.has(check.sha)) continue;
      if (this.failure(check)) this.halt();
      else this.queueWrite(check);
    }
    // Written for nothing (no record the import adds uses it): out of the queue; written() takes back what was.
    for (let i = this.toWrite.length - 1; i >= 0; i--)
      if (!wanted.has(this.toWrite[i]!.sha)) this.toWrite.splice(i, 1)[0]!.writeQueued = false;
    // Started for nothing: out of the queue.
    for (let i = this.waiting.length - 1; i >= 0; i--) {
      const check = this.waiting[i]!;
      if (!wanted.has(check.sha)) {
        this.waiting.splice(i, 1);
        check.settle('cancelled');
      }
    }
    // Held here already but added by a record: checked all the same.
    for (const sha of wanted.keys()) this.start(sha, photos.get(sha)!);
    this.writeNext();
    await Promise.all([...wanted.keys()].map((sha) => this.checks.get(sha)!.outcome));
    for (const sha of wanted.keys()) {
      const failure = this.failure(this.checks.get(sha)!);
      if (failure) {
        await this.stop();
        throw failure;
      }
    }
    const out = new Map<string, CheckedPhoto>();
    for (const sha of wanted.keys()) {
      const done = this.checks.get(sha)!.done;
      if (done && done !== 'cancelled' && 'photo' in done) out.set(sha, done.photo);
    }
    return out;
  }

  /** After checked(): every added original written and flushed, and each folder that got a new name flushed after it. */
  async written(): Promise<void> {
    while (this.writing > 0 || (this.toWrite.length > 0 && !this.stopped) || this.foldersBusy()) {
      await new Promise<void>((resolve) => (this.wake = resolve));
      this.wake = null;
    }
    if (this.writeFailure) {
      await this.stop();
      throw this.writeFailure;
    }
    this.takeBackUnwanted();
  }

  /** Originals written before the plan said the import does not add them go (and folders left empty by them). */
  private takeBackUnwanted(): void {
    const files = this.files;
    if (!files || !this.wanted) return;
    const unwanted = new Set<string>();
    for (const check of this.checks.values())
      if (check.file && !this.wanted.has(check.sha)) {
        fs.rmSync(check.file, { force: true });
        unwanted.add(check.file);
        check.file = null;
      }
    if (unwanted.size === 0) return;
    files.written = files.written.filter((file) => !unwanted.has(file));
    for (const dir of [...this.made].reverse())
      if (fs.existsSync(dir) && fs.readdirSync(dir).length === 0) fs.rmdirSync(dir);
  }

  /** Every folder this import made, in the order made (files.madeDirs has only the highest of each). */
  private readonly made: string[] = [];

  private readonly folderSyncs = new Map<string, { running: boolean; dirty: boolean }>();

  /**
   * Flushes a folder that got a new name, while the import goes on: each flush starts after the
   * renames it must cover, and a folder that gets another name meanwhile is flushed once more after.
   */
  private syncSoon(dir: string): void {
    const state = this.folderSyncs.get(dir) ?? { running: false, dirty: false };
    this.folderSyncs.set(dir, state);
    state.dirty = true;
    if (state.running) return;
    state.running = true;
    state.dirty = false;
    this.syncs.push(
      syncDirectoryAsync(dir).then(() => {
        state.running = false;
        if (state.dirty) this.syncSoon(dir);
        this.wake?.();
      }),
    );
  }

  private readonly syncs: Promise<void>[] = [];

  private foldersBusy(): boolean {
    for (const state of this.folderSyncs.values()) if (state.running || state.dirty) return true;
    return false;
  }

  /** Starts nothing more and waits for every check and write under way (before the caller takes back its files). */
  async stop(): Promise<void> {
    this.halt();
    await Promise.all([...this.checks.values()].map((c) => c.outcome));
    await Promise.allSettled(this.writes);
    await Promise.allSettled(this.syncs);
  }
}

/** Makes a photo's folder (evidence/xx/, and evidence/ on a first photo), noting each folder made (parents first); returns them. */
function madeDir(files: ImportFiles, dir: string): string[] {
  if (fs.existsSync(dir)) return [];
  const made = [dir];
  while (!fs.existsSync(path.dirname(made[0]!))) made.unshift(path.dirname(made[0]!));
  fs.mkdirSync(dir, { recursive: true });
  files.madeDirs.push(...made);
  return made;
}
