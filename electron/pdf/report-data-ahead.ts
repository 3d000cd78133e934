import type { Result } from '../../shared/result';

/** How long data worked out for an export waits for its print view to ask for it. */
const KEEP_MS = 30_000;

interface PrintedReport {
  auditId: string;
  /** As an export and its print view name it: left out = the audit's own baseline, null = none. */
  baselineId?: string | null;
}

const keyOf = (r: PrintedReport) => JSON.stringify([r.auditId, r.baselineId === undefined ? 'auto' : r.baselineId]);

/**
 * The report data an export is about to print, worked out while its browser starts, or (a browser
 * kept ready) while its page runs its code, when the host is otherwise idle: the print view's own
 * reports.data call for the same audit and baseline takes it, once, instead of waiting for it to be
 * worked out after the page has loaded. It is the data as of the moment it was worked out, after the
 * export was asked for. Only the latest export's is kept, for at most half a minute.
 */
export function reportDataAhead(
  work: (input: PrintedReport & { photos: false }) => Promise<Result<unknown>>,
  now: () => number = Date.now,
) {
  let ahead: { key: string; at: number; result: Promise<Result<unknown>>; start(): void } | null = null;
  return {
    /**
     * Starts working it out once `when` resolves, by default after the current task (the export's
     * browser is being started by then); the print view asking for it first starts it at once.
     */
    prepare(request: PrintedReport, when: Promise<unknown> = new Promise((resolve) => setTimeout(resolve, 0))): void {
      const input = {
        auditId: request.auditId,
        ...(request.baselineId === undefined ? {} : { baselineId: request.baselineId }),
        photos: false as const,
      };
      let start!: () => void;
      const result = new Promise<Result<unknown>>((resolve) => {
        let started = false;
        start = () => {
          if (!started) resolve(work(input));
          started = true;
        };
      });
      void when.then(start, start);
      ahead = { key: keyOf(request), at: now(), result, start };
    },
    /** The prepared answer to this reports.data call, if it is the one prepared (and not too old); else null. */
    take(input: unknown): Promise<Result<unknown>> | null {
      const kept = ahead;
      if (!kept || now() - kept.at > KEEP_MS) return (ahead = null);
      const asked = input as Partial<PrintedReport> & { photos?: unknown };
      if (typeof asked?.auditId !== 'string' || asked.photos !== false || keyOf(asked as PrintedReport) !== kept.key)
        return null;
      ahead = null;
      kept.start();
      return kept.result;
    },
  };
}
