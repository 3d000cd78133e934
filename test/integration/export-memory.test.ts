import { randomUUID } from 'node:crypto';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import Database from 'better-sqlite3';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, DATABASE_FILE_NAME, type Backend } from '../../electron/backend/backend';
import { answerFor, generateTemplate } from '../bench/generate';
import { dispatchOk } from '../support/dispatch';
import { downloadedBytes } from '../support/downloaded';
import { tempDir } from '../support/temp-dir';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

const CRITERIA = 8;

let backend: Backend | undefined;
afterEach(() => backend?.close());

/** A client with `audits` audits of `touchpoints` x 8 criteria, every one answered, one note in seven (quotes, markup, a formula, Arabic). */
async function clientWith(audits: number, touchpoints: number): Promise<{ backend: Backend; clientId: string }> {
  const dataDir = tempDir('ja-export-memory-', { inMemory: true });
  let b = createBackend({ dataDir, host: 'web', version: 'test' });
  const definition = generateTemplate(touchpoints, CRITERIA);
  const template = await dispatchOk(b, 'templates.import', { fileName: 'big.json', text: JSON.stringify(definition) });
  const client = await dispatchOk(b, 'clients.create', { name: 'Cedar "Bank" & Co' });
  const ids: string[] = [];
  for (let i = 0; i < audits; i++)
    ids.push(
      (
        await dispatchOk(b, 'audits.create', {
          clientId: client.id,
          templateId: template.id,
          title: `Wave ${1 + (i % 4)} · site ${i}`,
          site: `Site ${i}`,
          auditDate: `2027-0${1 + (i % 4)}-01`,
        })
      ).id,
    );
  b.close();
  // Written straight into the file, as the bench does: thousands of durable saves would only test the save path.
  const db = new Database(path.join(dataDir, DATABASE_FILE_NAME));
  const insert = db.prepare(
    'INSERT INTO answers (id, audit_id, touchpoint_id, criterion_id, value_json, note, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  db.transaction(() => {
    let n = 0;
    for (const id of ids)
      definition.touchpoints.forEach((tp, t) =>
        tp.criteria.forEach((c, ci) => {
          n++;
          const note = n % 7 === 0 ? `Note ${n}: "late" <b>&</b> ${n % 2 ? '=1+1' : 'استقبال ممتاز'}` : '';
          insert.run(
            randomUUID(),
            id,
            tp.id,
            c.id,
            JSON.stringify(answerFor(c.scale.type, t * 31 + ci * 7 + n)),
            note,
            `2027-01-01T10:00:${String(n % 60).padStart(2, '0')}.000Z`,
          );
        }),
      );
  })();
  db.close();
  b = createBackend({ dataDir, host: 'web', version: 'test' });
  backend = b;
  return { backend: b, clientId: client.id };
}

/**
 * The most memory the export holds at once beyond what was held before it: the live heap and the
 * buffers outside it, after a full collection, sampled at every turn of the event loop the export yields.
 */
async function heldDuring<T>(work: () => Promise<T>): Promise<{ held: number; result: T }> {
  const live = () => {
    gc();
    const m = process.memoryUsage();
    // external includes the buffers (arrayBuffers) and zlib's memory.
    return m.heapUsed + m.external;
  };
  const before = live();
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, live())), 0);
  try {
    const result = await work();
    peak = Math.max(peak, live());
    return { held: peak - before, result };
  } finally {
    clearInterval(sampler);
  }
}

async function exportOf(b: Backend, clientId: string, format: 'csv' | 'xlsx') {
  return dispatchOk(b, 'exports.data', { scope: { clientId }, format, destination: { kind: 'download' } });
}

describe('data exports stream their rows', () => {
  it('holds about as much memory for 4N rows as for N (never the table): CSV and XLSX', async () => {
    // The least of two runs: what an export holds peaks with the pieces in flight at the moment sampled.
    const heldBy = async (b: Backend, clientId: string, format: 'csv' | 'xlsx') => {
      const runs = [];
      for (let i = 0; i < 2; i++) {
        const run = await heldDuring(() => exportOf(b, clientId, format));
        expect(downloadedBytes(run.result).length).toBe(run.result.bytes);
        runs.push(run);
      }
      return { held: Math.min(...runs.map((r) => r.held)), rows: runs[0]!.result.rows };
    };
    const small = await clientWith(10, 120);
    const smallCsv = await heldBy(small.backend, small.clientId, 'csv');
    const smallXlsx = await heldBy(small.backend, small.clientId, 'xlsx');
    small.backend.close();
    const large = await clientWith(40, 120);
    const csv = await heldBy(large.backend, large.clientId, 'csv');
    const xlsx = await heldBy(large.backend, large.clientId, 'xlsx');
    expect(csv.rows).toBe(40 * 120 * CRITERIA);
    expect(xlsx.rows).toBe(40 * 120 * CRITERIA);
    // 28,800 more rows: a table held in memory would cost at least 50 references of 8 bytes a row
    // beyond the small export (11.5 MB), and the finished file's bytes held would add 13 MB more (CSV).
    // Streaming holds one audit's rows, a few pieces of about 1 MB and the bounded shared strings,
    // whatever the number of rows: what it holds moves with the pieces in flight, not with the rows.
    const growthBound = 6 * 1024 * 1024;
    expect(csv.held - smallCsv.held, `CSV held ${csv.held} vs ${smallCsv.held}`).toBeLessThan(growthBound);
    expect(xlsx.held - smallXlsx.held, `XLSX held ${xlsx.held} vs ${smallXlsx.held}`).toBeLessThan(growthBound);
  }, 300_000);

  it('writes the same rows into the XLSX answers sheet as into the CSV, cell for cell', async () => {
    const { backend: b, clientId } = await clientWith(6, 40);
    // Text Excel would read as an escape ("_x003D_" is "="): the XLSX must still hold the text the CSV holds.
    b.database!.db.prepare(
      `UPDATE audits SET title = '_x003D_HYPERLINK("http://evil.example","Open") _x0041_' WHERE rowid = (SELECT min(rowid) FROM audits)`,
    ).run();
    const csvRows = parse(downloadedBytes(await exportOf(b, clientId, 'csv')), { bom: true }) as string[][];
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(downloadedBytes(await exportOf(b, clientId, 'xlsx')) as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('Answers')!;
    const answers = 6 * 40 * CRITERIA;
    expect(csvRows).toHaveLength(1 + answers);
    expect(sheet.rowCount).toBe(1 + answers);
    const width = csvRows[0]!.length;
    // The CSV writes numbers bare, booleans as true / false, text as itself and null as nothing: each
    // XLSX cell, read back and written that way, gives the CSV's field.
    const asCsv = (v: ExcelJS.CellValue): string => (v === null || v === undefined ? '' : String(v));
    csvRows.forEach((fields, r) => {
      const row = sheet.getRow(r + 1);
      const cells = Array.from({ length: width }, (_, c) => asCsv(row.getCell(c + 1).value));
      expect(cells, `row ${r + 1}`).toEqual(fields);
    });
    const note = csvRows[0]!.indexOf('note');
    const notes = csvRows.slice(1).filter((f) => f[note] !== '');
    expect(notes).toHaveLength(Math.floor(answers / 7));
    expect(notes.some((f) => f[note]!.includes('استقبال ممتاز'))).toBe(true);
    const title = csvRows[0]!.indexOf('audit_title');
    expect(csvRows.some((f) => f[title] === '_x003D_HYPERLINK("http://evil.example","Open") _x0041_')).toBe(true);
  }, 120_000);
});
