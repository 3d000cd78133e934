import type { AnyExportTable } from '../../../shared/exports/export-table';
import { cellText, type CellValue } from '../../../shared/exports/neutralize-cell';
import { BytePieces } from './byte-pieces';
import type { ExportFile } from './export-file';

/** UTF-8 byte order mark: without it Excel reads a CSV in the machine's ANSI code page and Arabic turns to noise. */
export const UTF8_BOM = '\uFEFF';

/**
 * One CSV field. Text is neutralised, its line breaks made LF (`cellText`), and always quoted
 * with quotes doubled (RFC 4180; quoting every text field is also what OWASP recommends). Numbers
 * and booleans are written bare so spreadsheets read them as such; null is an empty field.
 */
export function csvField(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = cellText(value);
  return `"${text.includes('"') ? text.replace(/"/g, '""') : text}"`;
}

/** One record with its CRLF. */
function csvLine(ids: readonly string[], row: object): string {
  const cells = row as Record<string, CellValue>;
  let line = '';
  for (let c = 0; c < ids.length; c++) line += (c ? ',' : '') + csvField(cells[ids[c]!] ?? null);
  return `${line}\r\n`;
}

const headerLine = (ids: readonly string[]) => `${UTF8_BOM}${ids.map((id) => csvField(id)).join(',')}\r\n`;

/**
 * RFC 4180 CSV written into an export file as the rows come: a header row of the stable column
 * ids, one record per row, CRLF line ends (also after the last record), UTF-8 with a byte order
 * mark. Holds about a megabyte at a time, whatever the number of rows.
 */
export class CsvWriter {
  private readonly out: BytePieces;
  private readonly ids: string[];

  constructor(file: ExportFile, columns: readonly { id: string }[]) {
    this.out = new BytePieces((bytes) => {
      file.write(bytes);
      this.out.release(bytes);
    });
    this.ids = columns.map((c) => c.id);
    this.out.write(headerLine(this.ids));
  }

  add(row: object): void {
    this.out.write(csvLine(this.ids, row));
  }

  end(): void {
    this.out.flush();
  }
}

/** A whole table as CSV text (small tables and tests; exports stream through CsvWriter). */
export function toCsv(table: AnyExportTable): Buffer {
  const ids = table.columns.map((c) => c.id);
  return Buffer.from(headerLine(ids) + table.rows.map((row) => csvLine(ids, row)).join(''), 'utf8');
}
