import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { toXlsx } from '../../../electron/backend/exports/xlsx-export';

/** The hand-written SpreadsheetML, read back by another library: columns past Z, markup as text, sheet names escaped. */
describe('the streaming XLSX writer', () => {
  it('writes what a spreadsheet reader reads back cell for cell', async () => {
    const columns = Array.from(
      { length: 30 },
      (_, i) => ({ id: `col_${i}`, kind: i === 1 ? 'percent' : 'text' }) as const,
    );
    const rows = Array.from({ length: 4_500 }, (_, r) =>
      Object.fromEntries(
        columns.map((c, i) => [c.id, i === 1 ? r / 1000 : i === 29 ? `<b>&${r}</b> "q"` : `r${r}c${i}`]),
      ),
    );
    const buffer = await toXlsx([{ name: 'Q&A <1>', columns, rows }], {
      rightToLeft: false,
      createdAt: new Date('2027-01-02T03:04:05Z'),
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    expect(sheet.name).toBe('Q&A <1>');
    expect(sheet.rowCount).toBe(4_501);
    expect(sheet.getRow(1).getCell(30).value).toBe('col_29');
    expect(sheet.getCell('AD1').value).toBe('col_29');
    expect(sheet.getCell('AD4501').value).toBe('<b>&4499</b> "q"');
    expect(sheet.getCell('B3002').value).toBe(3);
    expect(sheet.getCell('B3002').numFmt).toBe('0.0%');
    expect(sheet.getCell('C2').value).toBe('r0c2');
    expect(sheet.autoFilter).toBeTruthy();
  });
});
