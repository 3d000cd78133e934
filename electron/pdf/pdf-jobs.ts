import { randomUUID } from 'node:crypto';
import { isHostMethod, pdfApi, type HostMethodName, type PdfJobStatus, type PdfStage } from '../../shared/api/pdf-api';
import { AppError, fail, ok, type ApiError, type Result } from '../../shared/result';
import { printHash } from '../../shared/reports/report-sections';
import { describeIssues, toFieldIssues } from '../../shared/validation';
import { suggestedFileName } from '../../shared/rules/file-names';
import { writeFileAtomic } from '../files/write-file-atomic';

export interface PrintProgress {
  stage: PdfStage;
  done: number;
  total: number;
}

/** Draws the renderer's print view at `hash` and prints it to PDF bytes; stops when `signal` aborts. */
export interface PdfPrinter {
  print(hash: string, onProgress: (progress: PrintProgress) => void, signal: AbortSignal): Promise<Uint8Array>;
  /** Gets ready to print (the export panel is open): resolves once a print would start at once. None = always ready. */
  prepare?(): Promise<void>;
}

/**
 * Where a finished PDF goes: `download` hands the bytes to the page (browser); `choosePath` asks
 * the user where to save before printing starts (desktop save dialog; null = they cancelled), and
 * the file is then written under a temporary name and renamed.
 */
export type PdfDelivery = { kind: 'download' } | { kind: 'file'; choosePath(fileName: string): Promise<string | null> };

interface Job {
  status: PdfJobStatus;
  controller: AbortController;
  finishedAt: number | null;
}

/** Finished jobs are kept this long for their status (and bytes) to be fetched. */
const KEEP_FINISHED_MS = 10 * 60 * 1000;

export const countPdfPages = (bytes: Uint8Array): number =>
  (
    Buffer.from(bytes)
      .toString('latin1')
      .match(/\/Type\s*\/Page(?![s\w])/g) ?? []
  ).length;

/** What the user is told when the printer fails: its own message for a known refusal (no Chromium), else the first line of the cause. */
function printError(error: unknown): ApiError {
  return error instanceof AppError
    ? error.toApiError()
    : {
        code: 'INTERNAL',
        message: `The PDF could not be made: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}. Nothing was saved.`,
      };
}

/** The host's answers to the report methods: PDF jobs that report progress and can be cancelled. */
/** Asks the backend whether the audit can be printed (it exists); an error refuses the job before it starts. */
export type PdfPreflight = (auditId: string) => Promise<ApiError | null>;
/** Starts what the print view will ask for (the photos' print copies) while the browser starts: its result is not awaited. */
export type PdfPrepare = (request: PdfRequest) => void;
type PdfRequest = ReturnType<(typeof pdfApi)['reports.startPdf']['input']['parse']>;

export function createPdfJobs(
  printer: PdfPrinter,
  delivery: PdfDelivery,
  now: () => number = Date.now,
  preflight?: PdfPreflight,
  prepare?: PdfPrepare,
) {
  const jobs = new Map<string, Job>();
  /**
   * One print at a time: each job holds a browser (several processes), so they wait in line, and
   * each waiting job shows its place (1 = next).
   */
  const waiting: { job: Job; go: (granted: boolean) => void }[] = [];
  let printing = false;

  function showPlaces(): void {
    waiting.forEach(({ job }, i) => (job.status = { ...job.status, place: i + 1 }));
  }
  /** Resolves true when it is this job's turn to print, false when it was cancelled while it waited. */
  function turn(job: Job): Promise<boolean> {
    if (!printing) {
      printing = true;
      return Promise.resolve(true);
    }
    return new Promise((go) => {
      waiting.push({ job, go });
      job.status = { ...job.status, stage: 'queued' };
      showPlaces();
    });
  }
  function next(): void {
    const first = waiting.shift();
    if (!first) {
      printing = false;
      return;
    }
    first.job.status = { ...first.job.status, stage: 'starting', place: 0 };
    showPlaces();
    first.go(true);
  }
  function leaveQueue(job: Job): void {
    const i = waiting.findIndex((w) => w.job === job);
    if (i >= 0) waiting.splice(i, 1);
    showPlaces();
  }

  function forget(): void {
    for (const [id, job] of jobs)
      if (job.finishedAt !== null && now() - job.finishedAt > KEEP_FINISHED_MS) jobs.delete(id);
  }

  function finish(job: Job, state: PdfJobStatus['state'], error: ApiError | null = null): void {
    job.status = { ...job.status, state, error };
    job.finishedAt = now();
  }

  async function run(job: Job, hash: string, fileName: string): Promise<void> {
    const { signal } = job.controller;
    let holdsTurn = false;
    try {
      // The save dialog first: the user answers it at once, then the job waits for its turn.
      const path = delivery.kind === 'file' ? await delivery.choosePath(fileName) : null;
      if (delivery.kind === 'file' && path === null) return finish(job, 'cancelled');
      if (signal.aborted) return finish(job, 'cancelled');
      holdsTurn = await turn(job);
      if (!holdsTurn || signal.aborted) return finish(job, 'cancelled');
      const bytes = await printer.print(
        hash,
        (p) => job.status.state === 'running' && (job.status = { ...job.status, ...p }),
        signal,
      );
      if (signal.aborted) return finish(job, 'cancelled');
      job.status = { ...job.status, stage: 'writing', done: 0, total: 0 };
      if (path) writeFileAtomic(path, bytes);
      job.status = {
        ...job.status,
        result: {
          fileName,
          bytes: bytes.byteLength,
          pages: countPdfPages(bytes),
          base64: path ? null : Buffer.from(bytes).toString('base64'),
          path,
        },
      };
      finish(job, 'done');
    } catch (error) {
      if (signal.aborted) return finish(job, 'cancelled');
      finish(job, 'failed', printError(error));
    } finally {
      if (holdsTurn) next();
    }
  }

  function startJob(input: PdfRequest): Result<{ jobId: string }> {
    const jobId = randomUUID();
    prepare?.(input);
    const job: Job = {
      status: { jobId, state: 'running', stage: 'starting', place: 0, done: 0, total: 0, error: null, result: null },
      controller: new AbortController(),
      finishedAt: null,
    };
    jobs.set(jobId, job);
    void run(
      job,
      printHash({
        auditId: input.auditId,
        ...(input.baselineId === undefined ? {} : { baselineId: input.baselineId }),
        sections: input.sections,
        originals: input.originals,
      }),
      suggestedFileName([input.fileName.replace(/\.pdf$/i, '')], 'pdf', 'report'),
    );
    return ok({ jobId });
  }

  const handlers: { [M in HostMethodName]: (input: unknown) => Result<unknown> | Promise<Result<unknown>> } = {
    'reports.startPdf'(raw) {
      forget();
      const input = pdfApi['reports.startPdf'].input.parse(raw);
      if (!preflight) return startJob(input);
      // No job for an audit that does not exist (or a baseline that does not).
      return (async () => {
        for (const id of [input.auditId, input.baselineId ?? null]) {
          if (id === null) continue;
          const error = await preflight(id);
          if (error) return { ok: false as const, error };
        }
        return startJob(input);
      })();
    },
    'reports.pdfStatus'(raw) {
      const { jobId } = pdfApi['reports.pdfStatus'].input.parse(raw);
      const job = jobs.get(jobId);
      return job ? ok(job.status) : fail('NOT_FOUND', 'This export is no longer known; start it again.');
    },
    async 'reports.preparePrinter'() {
      try {
        await printer.prepare?.();
        return ok({ ready: true as const });
      } catch (error) {
        return { ok: false as const, error: printError(error) };
      }
    },
    'reports.cancelPdf'(raw) {
      const { jobId } = pdfApi['reports.cancelPdf'].input.parse(raw);
      const job = jobs.get(jobId);
      if (!job || job.status.state !== 'running') return ok({ cancelled: false });
      job.controller.abort();
      const queued = waiting.find((w) => w.job === job);
      leaveQueue(job);
      finish(job, 'cancelled');
      // A job cancelled while it waited ends without ever taking a turn.
      queued?.go(false);
      return ok({ cancelled: true });
    },
  };

  return {
    handles: (method: string): method is HostMethodName => isHostMethod(method),
    dispatch(method: HostMethodName, input: unknown): Result<unknown> | Promise<Result<unknown>> {
      const parsed = pdfApi[method].input.safeParse(input ?? {});
      if (!parsed.success) {
        const issues = toFieldIssues(parsed.error, input ?? {});
        return fail('VALIDATION', `Invalid input for ${method}: ${describeIssues(issues)}.`, issues);
      }
      return handlers[method](parsed.data);
    },
    /** Stops every running export (the host is closing). */
    cancelAll(): void {
      for (const job of jobs.values()) if (job.status.state === 'running') job.controller.abort();
      for (const w of waiting.splice(0)) w.go(false);
    },
  };
}

export type PdfJobs = ReturnType<typeof createPdfJobs>;
