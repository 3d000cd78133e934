import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ExportFile } from '../../../electron/backend/exports/export-file';
import { XlsxWriter } from '../../../electron/backend/exports/xlsx-export';
import { tempDir } from '../../support/temp-dir';

/** The hand-written SpreadsheetML, read back by another library: columns past Z, markup as text, sheet names escaped. */
describe('the streaming XLSX writer', () => {
  it('writes what a spreadsheet reader reads back cell for cell', async () => {
    const columns = Array.from(
      { length: 30 },
      (_, i) => ({ id: `col_${i}`, kind: i === 1 ? 'percent' : i === 2 ? 'boolean' : 'text' }) as const,
    );
    const dir = tempDir('ja-xlsx-');
    const file = new ExportFile(dir, 'book.xlsx');
    const book = new XlsxWriter(file, { rightToLeft: false, createdAt: new Date('2027-01-02T03:04:05Z') });
    const small = book.sheet('Small', [{ id: 'n', kind: 'number' }]);
    const sheet = book.sheet('Q&A <1>', columns, { direct: true });
    // Long texts, texts with markup and one text per row (more than fit in the shared table of a small file
    // would still be right): shared and inline cells mixed.
    for (let r = 0; r < 4_500; r++) {
      sheet.add(
        Object.fromEntries(
          columns.map((c, i) => [
            c.id,
            i === 1
              ? r / 1000
              : i === 2
                ? r % 2 === 0
                : i === 29
                  ? `<b>&${r}</b> "q"`
                  : i === 28
                    ? 'x'.repeat(300)
                    : `r${r}c${i}`,
          ]),
        ),
      );
      if (r % 1000 === 0) await sheet.drain();
      // A kept sheet written while the direct one streams lands after it, whole.
      if (r % 900 === 0) small.add({ n: r });
    }
    await book.finish();
    const target = path.join(dir, 'book.xlsx');
    file.commit(target);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(target);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Small', 'Q&A <1>']);
    const ws = wb.getWorksheet('Q&A <1>')!;
    expect(ws.rowCount).toBe(4_501);
    expect(ws.getRow(1).getCell(30).value).toBe('col_29');
    expect(ws.getCell('AD1').value).toBe('col_29');
    expect(ws.getCell('AD1').font?.bold).toBe(true);
    expect(ws.getCell('AD4501').value).toBe('<b>&4499</b> "q"');
    expect(ws.getCell('AC4501').value).toBe('x'.repeat(300));
    expect(ws.getCell('B3002').value).toBe(3);
    expect(ws.getCell('B3002').numFmt).toBe('0.0%');
    expect(ws.getCell('C2').value).toBe(true);
    expect(ws.getCell('C3').value).toBe(false);
    expect(ws.getCell('D2').value).toBe('r0c3');
    expect(ws.autoFilter).toBeTruthy();
    const smallRows = wb.getWorksheet('Small')!;
    expect(smallRows.getColumn(1).values.slice(1)).toEqual(['n', 0, 900, 1800, 2700, 3600]);
  });
});
