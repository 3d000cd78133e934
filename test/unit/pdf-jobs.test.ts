import { REPORT_SECTIONS } from '../../shared/reports/report-sections';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PdfJobStatus } from '../../shared/api/pdf-api';
import { AppError, type Result } from '../../shared/result';
import { createPdfJobs, type PdfPrinter, type PrintProgress } from '../../electron/pdf/pdf-jobs';
import { preparePhotos } from '../../electron/pdf/prepare-photos';
import { tempDir } from '../support/temp-dir';

const AUDIT = '6f1c1b9e-4d7a-4c55-9d0e-3a2b1c0d9e8f';
/** A two-page PDF skeleton: enough for the page count, which reads the page objects. */
const FAKE_PDF = new TextEncoder().encode(
  '%PDF-1.7\n1 0 obj << /Type /Pages /Count 2 >>\n2 0 obj << /Type /Page >>\n3 0 obj << /Type /Page >>\n%%EOF',
);

/** A printer that reports progress, then waits for the test to let it finish (or fail). */
function controllablePrinter() {
  let release!: (bytes: Uint8Array) => void;
  let reject!: (error: Error) => void;
  const calls: { hash: string; signal: AbortSignal }[] = [];
  const printer: PdfPrinter = {
    print(hash, onProgress: (p: PrintProgress) => void, signal) {
      calls.push({ hash, signal });
      onProgress({ stage: 'drawing', done: 3, total: 8 });
      return new Promise((resolve, fail) => {
        release = resolve;
        reject = fail;
        signal.addEventListener('abort', () => fail(new Error('aborted')));
      });
    },
  };
  return { printer, calls, finish: (bytes = FAKE_PDF) => release(bytes), fail: (e: Error) => reject(e) };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

/** Without a preflight every answer is immediate (only a preflighted start is a promise). */
const now = (jobs: ReturnType<typeof createPdfJobs>) => ({
  dispatch: (method: Parameters<typeof jobs.dispatch>[0], input: unknown) =>
    jobs.dispatch(method, input) as Result<unknown>,
});

function status(jobs: ReturnType<typeof createPdfJobs>, jobId: string): PdfJobStatus {
  const r = now(jobs).dispatch('reports.pdfStatus', { jobId });
  if (!r.ok) throw new Error(r.error.message);
  return r.value as PdfJobStatus;
}

function start(jobs: ReturnType<typeof createPdfJobs>, extra: Record<string, unknown> = {}): string {
  const r = now(jobs).dispatch('reports.startPdf', {
    auditId: AUDIT,
    sections: ['cover', 'summary'],
    fileName: 'Cedar: Baseline/2027.pdf',
    ...extra,
  });
  if (!r.ok) throw new Error(r.error.message);
  return (r.value as { jobId: string }).jobId;
}

describe('PDF export jobs (the host side of reports.*)', () => {
  it('prints the print view of the request, reports progress, and hands over the bytes with their page count', async () => {
    const p = controllablePrinter();
    const jobs = createPdfJobs(p.printer, { kind: 'download' });
    const id = start(jobs, { baselineId: null });
    await tick();
    expect(p.calls[0]!.hash).toBe(`#/print/${AUDIT}/-/cover,summary`);

    expect(status(jobs, id)).toMatchObject({ state: 'running', stage: 'drawing', done: 3, total: 8, result: null });
    p.finish();
    await tick();
    const done = status(jobs, id);
    expect(done.state).toBe('done');
    // The file name cannot carry path separators or reserved characters.
    expect(done.result).toEqual({
      fileName: 'Cedar- Baseline-2027.pdf',
      bytes: FAKE_PDF.byteLength,
      pages: 2,
      base64: Buffer.from(FAKE_PDF).toString('base64'),
      path: null,
    });
  });

  it("asks the view for the audit's own baseline when the request names none", async () => {
    const p = controllablePrinter();
    start(createPdfJobs(p.printer, { kind: 'download' }));
    await tick();
    expect(p.calls[0]!.hash).toBe(`#/print/${AUDIT}/auto/cover,summary`);
  });

  it('cancels: the printer is told to stop, the job says cancelled, and nothing is delivered', async () => {
    const p = controllablePrinter();
    const dir = tempDir('ja-pdf-');
    const target = path.join(dir, 'report.pdf');
    const jobs = createPdfJobs(p.printer, { kind: 'file', choosePath: async () => target });
    const id = start(jobs);
    await tick();
    expect(now(jobs).dispatch('reports.cancelPdf', { jobId: id })).toEqual({ ok: true, value: { cancelled: true } });
    expect(p.calls[0]!.signal.aborted).toBe(true);
    await tick();
    expect(status(jobs, id)).toMatchObject({ state: 'cancelled', result: null, error: null });
    expect(fs.readdirSync(dir)).toEqual([]);
    // Cancelling again, or a finished job, changes nothing.
    expect(now(jobs).dispatch('reports.cancelPdf', { jobId: id })).toEqual({ ok: true, value: { cancelled: false } });
  });

  it('saves to the chosen file under a temporary name, then renames it; a cancelled save dialog prints nothing', async () => {
    const dir = tempDir('ja-pdf-');
    const target = path.join(dir, 'report.pdf');
    fs.writeFileSync(target, 'the previous report');
    const p = controllablePrinter();
    const jobs = createPdfJobs(p.printer, { kind: 'file', choosePath: async () => target });
    const id = start(jobs);
    await tick();
    expect(fs.readFileSync(target, 'utf8')).toBe('the previous report');
    p.finish();
    await tick();
    expect(status(jobs, id).result).toMatchObject({ path: target, base64: null, pages: 2 });
    expect(fs.readFileSync(target)).toEqual(Buffer.from(FAKE_PDF));
    expect(fs.readdirSync(dir)).toEqual(['report.pdf']);

    const q = controllablePrinter();
    const refused = createPdfJobs(q.printer, { kind: 'file', choosePath: async () => null });
    const second = start(refused);
    await tick();
    expect(status(refused, second).state).toBe('cancelled');
    expect(q.calls).toHaveLength(0);
  });

  it('reports a failure in words and leaves the old file untouched', async () => {
    const dir = tempDir('ja-pdf-');
    const target = path.join(dir, 'report.pdf');
    fs.writeFileSync(target, 'the previous report');
    const p = controllablePrinter();
    const jobs = createPdfJobs(p.printer, { kind: 'file', choosePath: async () => target });
    const id = start(jobs);
    await tick();
    p.fail(new Error('Chromium crashed\nat stack line'));
    await tick();
    const failed = status(jobs, id);
    expect(failed.state).toBe('failed');
    expect(failed.error).toEqual({
      code: 'INTERNAL',
      message: 'The PDF could not be made: Chromium crashed. Nothing was saved.',
    });
    expect(fs.readFileSync(target, 'utf8')).toBe('the previous report');
  });

  it('prints one job at a time; the others wait in line with their place, and a cancelled one leaves the line', async () => {
    const p = controllablePrinter();
    const jobs = createPdfJobs(p.printer, { kind: 'download' });
    const [a, b, c] = [start(jobs), start(jobs), start(jobs)];
    await tick();
    expect(p.calls).toHaveLength(1);
    expect(status(jobs, a)).toMatchObject({ state: 'running', stage: 'drawing', place: 0 });
    expect(status(jobs, b)).toMatchObject({ state: 'running', stage: 'queued', place: 1 });
    expect(status(jobs, c)).toMatchObject({ state: 'running', stage: 'queued', place: 2 });

    p.finish();
    await tick();
    await tick();
    expect(status(jobs, a).state).toBe('done');
    expect(p.calls).toHaveLength(2);
    expect(status(jobs, b)).toMatchObject({ stage: 'drawing', place: 0 });
    expect(status(jobs, c)).toMatchObject({ stage: 'queued', place: 1 });

    expect(jobs.dispatch('reports.cancelPdf', { jobId: c })).toEqual({ ok: true, value: { cancelled: true } });
    await tick();
    expect(status(jobs, c).state).toBe('cancelled');
    expect(p.calls).toHaveLength(2); // the cancelled job never printed

    p.finish();
    await tick();
    await tick();
    expect(status(jobs, b).state).toBe('done');
    expect(p.calls).toHaveLength(2);
    // The line is free again: the next job prints at once.
    const d = start(jobs);
    await tick();
    expect(p.calls).toHaveLength(3);
    expect(status(jobs, d)).toMatchObject({ stage: 'drawing', place: 0 });
  });

  it('validates its input like every other method and forgets nothing it should know', () => {
    const jobs = createPdfJobs(controllablePrinter().printer, { kind: 'download' });
    const bad = now(jobs).dispatch('reports.startPdf', { auditId: 'nope', sections: [], fileName: '' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.issues?.map((i) => i.field).sort()).toEqual(['auditId', 'fileName', 'sections']);
    const unknown = now(jobs).dispatch('reports.pdfStatus', { jobId: 'no-such-job' });
    expect(unknown.ok ? null : unknown.error.code).toBe('NOT_FOUND');
    expect(jobs.handles('reports.startPdf')).toBe(true);
    expect(jobs.handles('audits.get')).toBe(false);
  });
});

describe('the printer made ready when the export panel opens', () => {
  it('answers once the printer is ready, at once for a printer that always is, and with the reason it cannot be', async () => {
    let readied = 0;
    let letReady!: () => void;
    const waits: PdfPrinter = {
      ...controllablePrinter().printer,
      prepare: () => new Promise<void>((resolve) => ((letReady = resolve), readied++)),
    };
    let answered = false;
    const asked = Promise.resolve(
      createPdfJobs(waits, { kind: 'download' }).dispatch('reports.preparePrinter', {}),
    ).then((r) => ((answered = true), r));
    await tick();
    expect([readied, answered]).toEqual([1, false]);
    letReady();
    await expect(asked).resolves.toEqual({ ok: true, value: { ready: true } });

    const always = createPdfJobs(controllablePrinter().printer, { kind: 'file', choosePath: async () => null });
    await expect(Promise.resolve(always.dispatch('reports.preparePrinter', {}))).resolves.toEqual({
      ok: true,
      value: { ready: true },
    });

    const missing: PdfPrinter = {
      ...controllablePrinter().printer,
      prepare: () => Promise.reject(new AppError('NOT_ALLOWED', 'PDF export needs Chromium.')),
    };
    await expect(
      Promise.resolve(createPdfJobs(missing, { kind: 'download' }).dispatch('reports.preparePrinter', {})),
    ).resolves.toEqual({ ok: false, error: { code: 'NOT_ALLOWED', message: 'PDF export needs Chromium.' } });
    expect(createPdfJobs(missing, { kind: 'download' }).handles('reports.preparePrinter')).toBe(true);
  });
});

describe('a report of an audit that does not exist', () => {
  it('is refused before any job starts', async () => {
    const p = controllablePrinter();
    const asked: string[] = [];
    const jobs = createPdfJobs(p.printer, { kind: 'download' }, Date.now, async (id) => {
      asked.push(id);
      return { code: 'NOT_FOUND', message: `No audit with id ${id}.` };
    });
    const id = '00000000-0000-4000-8000-000000000009';
    const r = await jobs.dispatch('reports.startPdf', { auditId: id, sections: ['cover'], fileName: 'r.pdf' });
    expect(r).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: `No audit with id ${id}.` } });
    expect(asked).toEqual([id]);
    expect(p.calls).toHaveLength(0);
  });

  it('refuses a sections list longer than the report has sections', async () => {
    const jobs = createPdfJobs(controllablePrinter().printer, { kind: 'download' });
    const r = (await jobs.dispatch('reports.startPdf', {
      auditId: '00000000-0000-4000-8000-000000000009',
      sections: Array.from({ length: 100_000 }, () => 'cover'),
      fileName: 'r.pdf',
    })) as Result<unknown>;
    expect(r.ok || r.error.issues).toEqual([{ field: 'sections', rule: 'tooMany', limit: REPORT_SECTIONS.length }]);
  });
});

describe('what an export starts before the browser is up', () => {
  it('asks for the photos of a report with findings, once the audit is known, and never for a refused one', async () => {
    const asked: unknown[] = [];
    const call = (input: unknown) => void asked.push(input);
    const known = '00000000-0000-4000-8000-000000000001';
    const jobs = createPdfJobs(
      controllablePrinter().printer,
      { kind: 'download' },
      Date.now,
      async (id) => (id === known ? null : { code: 'NOT_FOUND', message: 'gone' }),
      (request) => void preparePhotos(request, call),
    );
    await jobs.dispatch('reports.startPdf', { auditId: known, sections: ['cover', 'findings'], fileName: 'r.pdf' });
    await jobs.dispatch('reports.startPdf', {
      auditId: known,
      sections: ['cover'],
      fileName: 'r.pdf',
      originals: true,
    });
    await jobs.dispatch('reports.startPdf', { auditId: AUDIT, sections: ['findings'], fileName: 'r.pdf' });
    // Not in the task that starts the export (it goes on to start the browser), but right after it.
    expect(asked).toEqual([]);
    await tick();
    expect(asked).toEqual([{ auditId: known, originals: false }]);
  });

  it('leaves a failure to make them to the print view, which asks again', async () => {
    await expect(
      preparePhotos({ auditId: AUDIT, sections: ['findings'], originals: true }, async () => {
        throw new Error('disk gone');
      }),
    ).resolves.toBeUndefined();
  });
});
