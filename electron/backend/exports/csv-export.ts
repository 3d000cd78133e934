import { cellOf, type AnyExportTable } from '../../../shared/exports/export-table';
import { cellText, type CellValue } from '../../../shared/exports/neutralize-cell';

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

/**
 * A table as RFC 4180 CSV: a header row of the stable column ids, one record per row, CRLF
 * line ends (also after the last record), UTF-8 with a byte order mark.
 */
export function toCsv(table: AnyExportTable): Buffer {
  const ids = table.columns.map((c) => c.id);
  const parts: Buffer[] = [Buffer.from(`${UTF8_BOM}${ids.map((id) => csvField(id)).join(',')}\r\n`, 'utf8')];
  // Encoded in slices so 190,000 rows never make one giant string.
  const SLICE = 5_000;
  for (let start = 0; start < table.rows.length; start += SLICE) {
    let text = '';
    const end = Math.min(table.rows.length, start + SLICE);
    for (let i = start; i < end; i++) {
      const row = table.rows[i]!;
      let line = '';
      for (let c = 0; c < ids.length; c++) line += (c ? ',' : '') + csvField(cellOf(row, ids[c]!));
      text += `${line}\r\n`;
    }
    parts.push(Buffer.from(text, 'utf8'));
  }
  return Buffer.concat(parts);
}
