import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBackend, type Backend } from '../../electron/backend/backend';
import type { DataExportResult } from '../../shared/api/exports-api';
import type { MethodInput, MethodName } from '../../shared/contract';
import type { AnswerValue } from '../../shared/domain/audit';
import { tempDir } from '../support/temp-dir';
import { testTemplate } from '../support/test-template';
import { dispatchOk, dispatchFailure } from '../support/dispatch';
import { downloadedBytes } from '../support/downloaded';

let backend: Backend;
let dataDir: string;
const now = new Date('2027-07-01T09:00:00Z');

const call = <M extends MethodName>(method: M, input: MethodInput<M>) => dispatchOk(backend, method, input);
const failure = (method: MethodName, input: unknown) => dispatchFailure(backend, method, input);

const INJECTION = '=HYPERLINK("http://x")';
const MARKUP = '<img src=x onerror=alert(1)>';
const ARABIC_NOTE = 'استقبال ممتاز، شكراً';

function open(host: 'web' | 'desktop') {
  backend?.close();
  backend = createBackend({ dataDir, host, version: 'test', now: () => now });
}

beforeEach(() => {
  dataDir = tempDir('ja-exports-');
  open('web');
});
afterEach(() => {
  vi.restoreAllMocks();
  backend.close();
});

/**
 * Cedar Bank (Arabic name), two audits on the test template with a moment-of-truth multiplier of 2.
 * "Wave 1" answers six of seven criteria (one N/A, one left unanswered with a note); "Wave 2" two.
 */
async function seed() {
  const client = await call('clients.create', { name: 'بنك الأرز' });
  const template = await call('templates.import', {
    fileName: 't.json',
    text: JSON.stringify(testTemplate({ momentOfTruthMultiplier: 2 })),
  });
  const wave1 = await call('audits.create', {
    clientId: client.id,
    templateId: template.id,
    title: 'Wave 1, "spring"',
    site: 'فرع الحمراء',
    auditDate: '2027-01-10',
  });
  const given: [string, string, AnswerValue, string][] = [
    ['website', 'price-shown', { kind: 'yesno', value: true }, INJECTION],
    ['website', 'ease', { kind: 'scale', value: 4 }, MARKUP],
    ['branch', 'greeting', { kind: 'yesno', value: true }, ARABIC_NOTE],
    ['branch', 'nps-like', { kind: 'scale', value: 7 }, 'Line 1, "quoted"\r\nline 2'],
    ['branch', 'wait', { kind: 'option', optionId: 'medium' }, '@SUM(A1:A2)'],
    ['branch', 'hours', { kind: 'na' }, '-2 min, +1 chair'],
  ];
  for (const [touchpointId, criterionId, value, note] of given) {
    await call('audits.setAnswer', { auditId: wave1.id, touchpointId, criterionId, value });
    await call('audits.setNote', { auditId: wave1.id, touchpointId, criterionId, note });
  }
  await call('audits.setNote', {
    auditId: wave1.id,
    touchpointId: 'signage',
    criterionId: 'visible',
    note: 'sign hidden by scaffolding',
  });

  const wave2 = await call('audits.create', {
    clientId: client.id,
    templateId: template.id,
    title: 'Wave 2',
    site: 'Main St',
    auditDate: '2027-06-10',
  });
  await call('audits.setAnswer', {
    auditId: wave2.id,
    touchpointId: 'website',
    criterionId: 'price-shown',
    value: { kind: 'yesno', value: false },
  });
  await call('audits.setAnswer', {
    auditId: wave2.id,
    touchpointId: 'branch',
    criterionId: 'hours',
    value: { kind: 'channels', values: { Phone: '9-6', Web: '9-5', Store: '9-5' } },
  });
  return { client, template, wave1, wave2 };
}

const csvRecords = (bytes: Buffer) =>
  parse(bytes, { bom: true, columns: true, skip_empty_lines: false }) as Record<string, string>[];
const decode = (r: DataExportResult) => downloadedBytes(r);

async function workbookOf(r: DataExportResult): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(decode(r) as unknown as ArrayBuffer);
  return wb;
}

/** A sheet's rows as objects keyed by the header row; empty cells are null. */
function sheetRecords(sheet: ExcelJS.Worksheet): Record<string, ExcelJS.CellValue>[] {
  const header = (sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(String);
  const out: Record<string, ExcelJS.CellValue>[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    out.push(Object.fromEntries(header.map((h, i) => [h, row.getCell(i + 1).value ?? null])));
  }
  return out;
}

const NUMERIC = [
  'template_version',
  'points',
  'possible_points',
  'weight',
  'weighted_points',
  'weighted_possible',
] as const;

describe('CSV export', () => {
  it('writes one row per criterion in scope with hand-checked values, a BOM, RFC 4180 quoting and Arabic intact', async () => {
    const { client, wave1 } = await seed();
    const result = await call('exports.data', {
      scope: { auditId: wave1.id },
      format: 'csv',
      destination: { kind: 'download' },
    });
    const bytes = decode(result);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(result).toMatchObject({
      fileName: 'بنك الأرز - Wave 1, -spring- - 2027-01-10.csv',
      bytes: bytes.length,
      rows: 7,
    });
    const text = bytes.toString('utf8');
    // CRLF between records (header, 7 rows, and after the last); a line break inside a note is a quoted LF.
    expect(text.split('\r\n')).toHaveLength(1 + 7 + 1);
    expect(text.startsWith('\uFEFF"client_id","client_name","audit_id"')).toBe(true);

    const rows = csvRecords(bytes);
    expect(rows).toHaveLength(7);
    expect(
      rows.every(
        (r) =>
          r.client_id === client.id &&
          r.client_name === 'بنك الأرز' &&
          r.audit_id === wave1.id &&
          r.site === 'فرع الحمراء',
      ),
    ).toBe(true);
    expect(rows[0]!.audit_title).toBe('Wave 1, "spring"');
    const pick = (r: Record<string, string>) => [
      r.touchpoint_id,
      r.criterion_id,
      r.state,
      r.answer,
      r.points,
      r.possible_points,
      r.weight,
      r.weighted_points,
      r.weighted_possible,
      r.na,
    ];
    // Weights: price-shown 2; branch is a moment of truth (x 2); "4" on 1-5 earns 3 of 4; option "2-5 min" 1 of 3.
    expect(rows.map(pick)).toEqual([
      ['website', 'price-shown', 'answered', 'Yes', '1', '1', '2', '2', '2', 'false'],
      ['website', 'ease', 'answered', '4', '3', '4', '1', '0.75', '1', 'false'],
      ['branch', 'greeting', 'answered', 'Yes', '1', '1', '2', '2', '2', 'false'],
      ['branch', 'nps-like', 'answered', '7', '7', '10', '2', '1.4', '2', 'false'],
      ['branch', 'wait', 'answered', '2-5 min', '1', '3', '2', String((2 * 1) / 3), '2', 'false'],
      ['branch', 'hours', 'na', 'N/A', '', '', '2', '', '', 'true'],
      ['signage', 'visible', 'unanswered', '', '', '', '1', '', '', 'false'],
    ]);
    expect(rows.map((r) => [r.stage_id, r.stage_name, r.kind, r.channel, r.moment_of_truth, r.critical])).toEqual([
      ['before', 'Before', 'digital', 'Web', 'false', 'false'],
      ['before', 'Before', 'digital', 'Web', 'false', 'false'],
      ['during', 'During', 'human', 'Store', 'true', 'true'],
      ['during', 'During', 'human', 'Store', 'true', 'false'],
      ['during', 'During', 'human', 'Store', 'true', 'false'],
      ['during', 'During', 'human', 'Store', 'true', 'false'],
      ['during', 'During', 'physical', 'Store', 'false', 'false'],
    ]);
    expect(rows[0]!.question).toBe('Is the full price shown?');
    expect(rows[0]!.template_version).toBe('1');

    // User text never becomes a formula: a leading = + - @ gets a quote; markup stays literal text.
    expect(rows.map((r) => r.note)).toEqual([
      `'${INJECTION}`,
      MARKUP,
      ARABIC_NOTE,
      'Line 1, "quoted"\nline 2',
      "'@SUM(A1:A2)",
      "'-2 min, +1 chair",
      'sign hidden by scaffolding',
    ]);
    expect(text).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(text).toContain(`"${MARKUP}"`);
    // Answered (and N/A) rows carry the answer's time; the unanswered one has none.
    expect(rows.slice(0, 6).every((r) => r.answered_at === now.toISOString())).toBe(true);
    expect(rows[6]!.answered_at).toBe('');
  });

  it('covers every audit of a client, oldest first, and writes a per-channel answer channel by channel', async () => {
    const { client, wave1, wave2 } = await seed();
    const result = await call('exports.data', {
      scope: { clientId: client.id },
      format: 'csv',
      destination: { kind: 'download' },
    });
    const rows = csvRecords(decode(result));
    expect(result.rows).toBe(14);
    expect(rows).toHaveLength(14);
    expect(rows.slice(0, 7).every((r) => r.audit_id === wave1.id)).toBe(true);
    expect(rows.slice(7).every((r) => r.audit_id === wave2.id && r.audit_title === 'Wave 2')).toBe(true);
    const hours = rows.find((r) => r.audit_id === wave2.id && r.criterion_id === 'hours')!;
    // The scale's channel order (Web, Phone, Store), whatever order they were saved in; they disagree, so 0 of 1.
    expect([hours.answer, hours.points, hours.possible_points, hours.weighted_points, hours.weighted_possible]).toEqual(
      ['Web: 9-5; Phone: 9-6; Store: 9-5', '0', '1', '0', '2'],
    );
    expect(rows.filter((r) => r.audit_id === wave2.id && r.state === 'unanswered')).toHaveLength(5);
    expect(result.fileName).toBe('بنك الأرز - 2027-07-01.csv');
  });

  it('writes Yes / No / N/A in the export language', async () => {
    const { wave1 } = await seed();
    const rows = csvRecords(
      decode(
        await call('exports.data', {
          scope: { auditId: wave1.id },
          format: 'csv',
          destination: { kind: 'download' },
          language: 'ar',
        }),
      ),
    );
    expect(rows.map((r) => r.answer).slice(0, 6)).toEqual(['نعم', '4', 'نعم', '7', '2-5 min', 'لا ينطبق']);
  });

  it('refuses an unknown audit or client by name', async () => {
    expect(
      (
        await failure('exports.data', {
          scope: { auditId: '00000000-0000-4000-8000-000000000000' },
          format: 'csv',
          destination: { kind: 'download' },
        })
      ).code,
    ).toBe('NOT_FOUND');
    expect(
      (
        await failure('exports.data', {
          scope: { clientId: '00000000-0000-4000-8000-000000000000' },
          format: 'xlsx',
          destination: { kind: 'download' },
        })
      ).code,
    ).toBe('NOT_FOUND');
  });
});

describe('XLSX export', () => {
  it('has summary, answers, actions and metrics sheets with numbers as numbers, text as strings and a frozen bold header', async () => {
    const { client, wave1 } = await seed();
    await call('actions.create', {
      clientId: client.id,
      auditId: wave1.id,
      touchpointId: 'branch',
      title: '=1+1 greet faster',
      owner: 'Ana',
      dueDate: '2027-06-01',
      priority: 'high',
    });
    await call('actions.create', { clientId: client.id, title: 'Unlinked plan' });
    await call('metrics.set', { auditId: wave1.id, inputs: { csatCounts: [0, 0, 1, 1, 2], ttrHours: 5 } });

    const result = await call('exports.data', {
      scope: { auditId: wave1.id },
      format: 'xlsx',
      destination: { kind: 'download' },
    });
    expect(result).toMatchObject({ fileName: 'بنك الأرز - Wave 1, -spring- - 2027-01-10.xlsx', rows: 7 });
    const wb = await workbookOf(result);
    expect(wb.worksheets.map((s) => s.name)).toEqual([
      'Summary',
      'Answers',
      'Touchpoints',
      'Visits',
      'Actions',
      'Metrics',
    ]);

    for (const sheet of wb.worksheets) {
      expect(sheet.views[0], sheet.name).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.views[0]!.rightToLeft ?? false).toBe(false);
      expect(sheet.getRow(1).getCell(1).font?.bold, sheet.name).toBe(true);
      expect(sheet.autoFilter, sheet.name).toBeTruthy();
    }

    // Answers read back equal the CSV, cell for cell: numbers as numbers, booleans as booleans, text as text.
    const answers = sheetRecords(wb.getWorksheet('Answers')!);
    const csv = csvRecords(
      decode(
        await call('exports.data', { scope: { auditId: wave1.id }, format: 'csv', destination: { kind: 'download' } }),
      ),
    );
    expect(answers).toHaveLength(csv.length);
    answers.forEach((row, i) => {
      for (const [key, value] of Object.entries(row)) {
        const expected = csv[i]![key]!;
        if (value === null) expect(expected, key).toBe('');
        else if (typeof value === 'number') expect(value, key).toBe(Number(expected));
        else if (typeof value === 'boolean') expect(String(value), key).toBe(expected);
        else expect(value, key).toBe(expected);
      }
      for (const key of NUMERIC) if (csv[i]![key] !== '') expect(typeof row[key], key).toBe('number');
    });
    expect(answers[0]!.note).toBe(`'${INJECTION}`);
    expect(answers[1]!.note).toBe(MARKUP);
    expect(answers[2]!.note).toBe(ARABIC_NOTE);
    expect(answers[4]!.weighted_points).toBe((2 * 1) / 3);
    // The injection is a plain string cell, never a formula.
    const sheet = wb.getWorksheet('Answers')!;
    const noteCol = (sheet.getRow(1).values as string[]).indexOf('note');
    expect(sheet.getRow(2).getCell(noteCol).type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getRow(2).getCell(noteCol).formula).toBeUndefined();

    // Summary: overall, stages, kinds, channels; scores as fractions with a percent format.
    const summary = sheetRecords(wb.getWorksheet('Summary')!);
    expect(summary.map((r) => [r.section, r.section_id])).toEqual([
      ['overall', 'overall'],
      ['stage', 'before'],
      ['stage', 'during'],
      ['kind', 'digital'],
      ['kind', 'human'],
      ['kind', 'physical'],
      ['channel', 'Web'],
      ['channel', 'Store'],
    ]);
    // Website 2 + 0.75 of 3; branch 2 + 1.4 + 2/3 of 6; signage unanswered: no score (empty, never 0).
    const during = 2 + 1.4 + 2 / 3;
    expect(summary[0]).toMatchObject({
      method: 'pooled',
      section_name: 'Wave 1, "spring"',
      earned: 2.75 + during,
      possible: 9,
      criteria: 7,
      scored: 5,
      na: 1,
      unanswered: 1,
      knockouts: 0,
    });
    expect(summary[0]!.score).toBeCloseTo((2.75 + during) / 9, 12);
    expect(summary[1]).toMatchObject({ section_name: 'Before', earned: 2.75, possible: 3 });
    expect(summary[1]!.score).toBeCloseTo(2.75 / 3, 12);
    expect(summary[2]!.score).toBeCloseTo(during / 6, 12);
    expect(summary[5]).toMatchObject({ section_id: 'physical', score: null, unanswered: 1 });
    const summarySheet = wb.getWorksheet('Summary')!;
    const scoreCol = (summarySheet.getRow(1).values as string[]).indexOf('score');
    expect(summarySheet.getRow(2).getCell(scoreCol).numFmt).toBe('0.0%');
    expect(summarySheet.getRow(2).getCell(scoreCol).type).toBe(ExcelJS.ValueType.Number);

    // The report's actions (shared/reports/report-actions): this audit's and the client-wide one,
    // neutralised, with the touchpoint's name; overdue against "today" (2027-07-01).
    const actions = sheetRecords(wb.getWorksheet('Actions')!);
    expect(actions.map((a) => a.title)).toEqual(["'=1+1 greet faster", 'Unlinked plan']);
    expect(actions[0]).toMatchObject({
      audit_id: wave1.id,
      audit_title: 'Wave 1, "spring"',
      touchpoint_id: 'branch',
      touchpoint_name: 'Branch counter',
      title: "'=1+1 greet faster",
      owner: 'Ana',
      due_date: '2027-06-01',
      priority: 'high',
      status: 'open',
      overdue: true,
    });

    // Metrics: every metric of the audit, computed; "no data" is an empty cell.
    const metrics = sheetRecords(wb.getWorksheet('Metrics')!);
    expect(metrics.map((m) => [m.metric, m.value, m.unit, m.n])).toEqual([
      ['nps', null, 'nps', null],
      ['csat', 75, 'percent', 4],
      ['ces', null, 'scale', null],
      ['ttr', 5, 'hours', null],
      ['fcr', null, 'percent', null],
      ['aht', null, 'minutes', null],
      ['retention', null, 'percent', null],
      ['churn', null, 'percent', null],
    ]);
  });

  it('exports a whole client: every audit, every action, and right-to-left sheets in Arabic', async () => {
    const { client, wave1, wave2 } = await seed();
    await call('actions.create', { clientId: client.id, auditId: wave1.id, title: 'First' });
    await call('actions.create', { clientId: client.id, title: 'Second' });
    const result = await call('exports.data', {
      scope: { clientId: client.id },
      format: 'xlsx',
      destination: { kind: 'download' },
      language: 'ar',
    });
    const wb = await workbookOf(result);
    expect(wb.worksheets.every((s) => s.views[0]!.rightToLeft === true)).toBe(true);
    const answers = sheetRecords(wb.getWorksheet('Answers')!);
    expect(answers).toHaveLength(14);
    expect(new Set(answers.map((a) => a.audit_id))).toEqual(new Set([wave1.id, wave2.id]));
    expect(answers[0]!.answer).toBe('نعم');
    expect(
      sheetRecords(wb.getWorksheet('Summary')!)
        .filter((r) => r.section === 'overall')
        .map((r) => r.audit_id),
    ).toEqual([wave1.id, wave2.id]);
    expect(
      sheetRecords(wb.getWorksheet('Actions')!)
        .map((a) => a.title)
        .sort(),
    ).toEqual(['First', 'Second']);
    expect(sheetRecords(wb.getWorksheet('Metrics')!)).toEqual([]);
  });
});

describe('saving to a file (the desktop save dialog)', () => {
  const listing = (dir: string) => fs.readdirSync(dir).sort();

  it('writes the same bytes as the download to the chosen path, with nothing left beside it', async () => {
    const { wave1 } = await seed();
    const download = await call('exports.data', {
      scope: { auditId: wave1.id },
      format: 'csv',
      destination: { kind: 'download' },
    });
    // Fetched before reopening: an open sweeps the data folder's temporary files, unfetched downloads included.
    const downloaded = decode(download);
    open('desktop');
    const out = tempDir('ja-export-out-');
    const target = path.join(out, 'answers.csv');
    const saved = await call('exports.data', {
      scope: { auditId: wave1.id },
      format: 'csv',
      destination: { kind: 'file', path: target },
    });
    expect(saved).toEqual({ fileName: 'answers.csv', bytes: download.bytes, rows: 7, path: target });
    expect(fs.readFileSync(target)).toEqual(downloaded);
    expect(listing(out)).toEqual(['answers.csv']);

    const xlsx = path.join(out, 'all.xlsx');
    const savedXlsx = await call('exports.data', {
      scope: { auditId: wave1.id },
      format: 'xlsx',
      destination: { kind: 'file', path: xlsx },
    });
    expect(savedXlsx.download).toBeUndefined();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    expect(sheetRecords(wb.getWorksheet('Answers')!)).toHaveLength(7);
  });

  it('leaves no half file under the real name when the write fails midway, and keeps the previous file', async () => {
    const { wave1 } = await seed();
    open('desktop');
    const out = tempDir('ja-export-out-');
    const fresh = path.join(out, 'fresh.xlsx');
    const existing = path.join(out, 'existing.csv');
    fs.writeFileSync(existing, 'the previous export');
    const realWrite = fs.writeSync;
    // Half the bytes reach the disk, then it is full.
    const halfThenFull = (fd: number, data: NodeJS.ArrayBufferView | string): number => {
      const bytes =
        typeof data === 'string' ? Buffer.from(data) : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
      realWrite(fd, bytes.subarray(0, bytes.length >> 1));
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    };
    const spy = vi.spyOn(fs, 'writeSync').mockImplementation(halfThenFull as typeof fs.writeSync);

    const full = await failure('exports.data', {
      scope: { auditId: wave1.id },
      format: 'xlsx',
      destination: { kind: 'file', path: fresh },
    });
    expect(full.code).toBe('DISK_FULL');
    expect(full.message).toContain('fresh.xlsx');
    const again = await failure('exports.data', {
      scope: { auditId: wave1.id },
      format: 'csv',
      destination: { kind: 'file', path: existing },
    });
    expect(again.code).toBe('DISK_FULL');
    expect(spy).toHaveBeenCalledTimes(2);
    spy.mockRestore();

    // No partial file, no temporary file, and the earlier export untouched.
    expect(listing(out)).toEqual(['existing.csv']);
    expect(fs.readFileSync(existing, 'utf8')).toBe('the previous export');
  });

  it.skipIf(process.getuid?.() === 0)(
    'says so when the folder cannot be written, and leaves nothing there',
    async () => {
      const { wave1 } = await seed();
      open('desktop');
      const out = tempDir('ja-export-out-');
      fs.chmodSync(out, 0o555);
      try {
        const error = await failure('exports.data', {
          scope: { auditId: wave1.id },
          format: 'csv',
          destination: { kind: 'file', path: path.join(out, 'a.csv') },
        });
        expect(error.code).toBe('READ_ONLY');
        expect(listing(out)).toEqual([]);
      } finally {
        fs.chmodSync(out, 0o755);
      }
    },
  );

  it('refuses a path in the browser host, a relative path, a missing folder and the data folder', async () => {
    const { wave1 } = await seed();
    const out = tempDir('ja-export-out-');
    const input = (p: string): MethodInput<'exports.data'> => ({
      scope: { auditId: wave1.id },
      format: 'csv',
      destination: { kind: 'file', path: p },
    });
    expect((await failure('exports.data', input(path.join(out, 'a.csv')))).code).toBe('NOT_ALLOWED');
    open('desktop');
    expect((await failure('exports.data', input('a.csv'))).code).toBe('VALIDATION');
    expect((await failure('exports.data', input(path.join(out, 'missing', 'a.csv')))).code).toBe('NOT_FOUND');
    expect((await failure('exports.data', input(path.join(dataDir, 'journey-audit.sqlite')))).code).toBe('NOT_ALLOWED');
    expect((await failure('exports.data', input(path.join(dataDir, 'backups', 'x.csv')))).code).toBe('NOT_ALLOWED');
    expect((await failure('exports.data', input(out))).code).toBe('VALIDATION');
    expect(listing(out)).toEqual([]);
    // The database is still there and readable.
    expect((await call('audits.get', { id: wave1.id })).answered).toBe(6);
  });
});
