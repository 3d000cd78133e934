import fs from 'node:fs';
import path from 'node:path';
import type { BackendContext } from '../context';
import { write } from '../db/write';
import { writeFileAtomicAsync } from '../../files/write-file-atomic';
import { displayPath, originalPath } from './photo-files';
import { deriveCopies, type DerivedCopies } from './photo-processing';
import type { PhotoDerivations } from './photo-derivations-port';

interface Pending {
  sha256: string;
  ext: string;
  failed_at: string | null;
}

/** The job behind PhotoDerivations (photo-derivations-port.ts). */
export function createPhotoDerivations(context: () => BackendContext | null): PhotoDerivations {
  const inHand = new Map<string, Promise<boolean>>();
  let running: Promise<void> | null = null;
  let wokenAgain = false;
  let stopped = false;

  /** A query against the database open now, or undefined when it is closed (closing, a restore). */
  function withDb<T>(fn: (ctx: BackendContext) => T): T | undefined {
    const ctx = context();
    if (!ctx || stopped) return undefined;
    try {
      return fn(ctx);
    } catch (error) {
      if (!ctx.db.open) return undefined;
      throw error;
    }
  }

  async function derive(sha256: string, ext: string): Promise<boolean> {
    const dataDir = context()?.dataDir;
    if (!dataDir) return false;
    let copies: DerivedCopies | null = null;
    let failure = '';
    try {
      copies = await deriveCopies(await fs.promises.readFile(originalPath(dataDir, sha256, ext)));
      const display = displayPath(dataDir, sha256);
      if (!fs.existsSync(display)) {
        fs.mkdirSync(path.dirname(display), { recursive: true });
        await writeFileAtomicAsync(display, copies.display);
      }
    } catch (error) {
      copies = null;
      failure = String(error instanceof Error ? error.message : error).slice(0, 300) || 'unknown error';
    }
    const settled = withDb((ctx) =>
      write(ctx.db, () => {
        if (copies) {
          // A photo redacted meanwhile keeps its redacted thumbnail: only an empty one is filled in.
          ctx.db
            .prepare(
              "UPDATE evidence SET thumb_data_url = ? WHERE sha256 = ? AND thumb_data_url = '' AND redacted_sha256 IS NULL",
            )
            .run(copies.thumbDataUrl, sha256);
          ctx.db.prepare('DELETE FROM photo_derivations WHERE sha256 = ?').run(sha256);
        } else {
          ctx.db
            .prepare('UPDATE photo_derivations SET failed_at = ?, failure = ? WHERE sha256 = ?')
            .run(ctx.now().toISOString(), failure, sha256);
          console.warn(`[photos] the display copy of ${sha256}.${ext} could not be made: ${failure}`);
        }
        return true;
      }),
    );
    return settled === true && copies !== null;
  }

  /** One derivation per photo at a time: the job and a waiting viewer share it. */
  function deriveOnce(row: Pending): Promise<boolean> {
    let job = inHand.get(row.sha256);
    if (!job) {
      job = derive(row.sha256, row.ext).finally(() => inHand.delete(row.sha256));
      inHand.set(row.sha256, job);
    }
    return job;
  }

  const nextPending = (after: Set<string>) =>
    withDb(
      (ctx) =>
        (
          ctx.db
            .prepare(
              'SELECT sha256, ext, failed_at FROM photo_derivations WHERE failed_at IS NULL ORDER BY queued_at, sha256 LIMIT 8',
            )
            .all() as Pending[]
        ).find((row) => !after.has(row.sha256)) ?? null,
    );

  async function drain(): Promise<void> {
    // Photos settled in this pass: a row that stays (the database closed under it) is not taken twice.
    const done = new Set<string>();
    for (let row = nextPending(done); row && !stopped; row = nextPending(done)) {
      await deriveOnce(row);
      done.add(row.sha256);
    }
  }

  function wake(): void {
    if (stopped) return;
    if (running) {
      wokenAgain = true;
      return;
    }
    wokenAgain = false;
    // After the current request has answered: the job never delays the call that queued it.
    running = new Promise<void>((resolve) => setImmediate(resolve))
      .then(drain)
      .catch((error: unknown) => console.error('[photos] the background job stopped', error))
      .finally(() => {
        running = null;
        if (wokenAgain) wake();
      });
  }

  return {
    wake,
    async deriveNow(sha256) {
      const row = withDb(
        (ctx) =>
          ctx.db.prepare('SELECT sha256, ext, failed_at FROM photo_derivations WHERE sha256 = ?').get(sha256) as
            Pending | undefined,
      );
      if (!row) return true;
      if (row.failed_at) return false;
      return deriveOnce(row);
    },
    async idle() {
      while (running) await running;
      await Promise.all(inHand.values());
    },
    stop() {
      stopped = true;
    },
  };
}
