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

/** One photo's copies made (and the display copy on disk), or why they could not be. */
interface Outcome {
  sha256: string;
  ext: string;
  copies: DerivedCopies | null;
  failure: string;
}

/** Photos settled in one transaction: one flush for many photos, while the user's saves wait for none. */
const BATCH = 16;

/** The job behind PhotoDerivations (photo-derivations-port.ts). */
export function createPhotoDerivations(context: () => BackendContext | null): PhotoDerivations {
  const inHand = new Map<string, Promise<Outcome>>();
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

  async function make(sha256: string, ext: string): Promise<Outcome> {
    const dataDir = context()?.dataDir;
    if (!dataDir) return { sha256, ext, copies: null, failure: '' };
    try {
      const copies = await deriveCopies(await fs.promises.readFile(originalPath(dataDir, sha256, ext)));
      const display = displayPath(dataDir, sha256);
      if (!fs.existsSync(display)) {
        fs.mkdirSync(path.dirname(display), { recursive: true });
        await writeFileAtomicAsync(display, copies.display);
      }
      return { sha256, ext, copies, failure: '' };
    } catch (error) {
      const failure = String(error instanceof Error ? error.message : error).slice(0, 300) || 'unknown error';
      return { sha256, ext, copies: null, failure };
    }
  }

  /** Records what was made (the thumbnails, the rows leave the queue) and what failed; false when the database closed. */
  function settle(outcomes: Outcome[]): boolean {
    const made = outcomes.filter((o) => o.copies || o.failure);
    if (!made.length) return true;
    return (
      withDb((ctx) =>
        write(ctx.db, () => {
          // A photo redacted meanwhile keeps its redacted thumbnail: only an empty one is filled in.
          const thumb = ctx.db.prepare(
            "UPDATE evidence SET thumb_data_url = ? WHERE sha256 = ? AND thumb_data_url = '' AND redacted_sha256 IS NULL",
          );
          const done = ctx.db.prepare('DELETE FROM photo_derivations WHERE sha256 = ?');
          const failed = ctx.db.prepare(
            'UPDATE photo_derivations SET failed_at = ?, failure = ? WHERE sha256 = ? AND failed_at IS NULL',
          );
          const held = ctx.db.prepare('SELECT 1 FROM evidence WHERE sha256 = ? LIMIT 1');
          for (const o of made) {
            // A photo removed (or purged) meanwhile: nothing is owed for it any more.
            if (!held.get(o.sha256)) done.run(o.sha256);
            else if (o.copies) {
              thumb.run(o.copies.thumbDataUrl, o.sha256);
              done.run(o.sha256);
            } else if (failed.run(ctx.now().toISOString(), o.failure, o.sha256).changes) {
              console.warn(`[photos] the display copy of ${o.sha256}.${o.ext} could not be made: ${o.failure}`);
            }
          }
          return true;
        }),
      ) === true
    );
  }

  /** One derivation per photo at a time: the job and a waiting viewer share it. */
  function makeOnce(row: Pending): Promise<Outcome> {
    let job = inHand.get(row.sha256);
    if (!job) {
      job = make(row.sha256, row.ext).finally(() => inHand.delete(row.sha256));
      inHand.set(row.sha256, job);
    }
    return job;
  }

  const nextPending = (after: Set<string>) =>
    withDb((ctx) =>
      (
        ctx.db
          .prepare(
            'SELECT sha256, ext, failed_at FROM photo_derivations WHERE failed_at IS NULL ORDER BY queued_at, sha256 LIMIT ?',
          )
          .all(BATCH + after.size) as Pending[]
      ).filter((row) => !after.has(row.sha256)),
    ) ?? [];

  async function drain(): Promise<void> {
    // Photos taken in this pass: a row that stays (the database closed under it) is not taken twice.
    const taken = new Set<string>();
    for (let batch = nextPending(taken); batch.length && !stopped; batch = nextPending(taken)) {
      const outcomes: Outcome[] = [];
      const rows = batch.slice(0, BATCH);
      // Two at a time: one photo's encode overlaps the other's hand-overs, and a core is left for the user.
      const lane = async () => {
        for (let row = rows.shift(); row && !stopped; row = rows.shift()) {
          taken.add(row.sha256);
          outcomes.push(await makeOnce(row));
        }
      };
      await Promise.all([lane(), lane()]);
      if (!settle(outcomes)) return;
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
      const outcome = await makeOnce(row);
      return settle([outcome]) && outcome.copies !== null;
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
