import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { MethodInput, MethodName } from '../../shared/contract';
import { callApi } from '../support/api-over-http';
import { OUTPUT_DIR, screenshotPath } from '../support/browser';
import { chromiumForThisFile } from '../support/chromium-for-file';
import { tempDir } from '../support/temp-dir';
import { testTemplate } from '../support/test-template';
import { startWebHostProcess } from '../support/web-host-process';

const browser = chromiumForThisFile();

describe('data export in the browser', () => {
  it('saves the CSV and the XLSX of a client from their one-time addresses, leaving nothing in the data folder', async () => {
    const dataDir = tempDir('ja-export-e2e-');
    const host = await startWebHostProcess(dataDir);
    const api = <M extends MethodName>(method: M, input: MethodInput<M>) =>
      callApi(host.origin, host.token, method, input);
    try {
      const client = await api('clients.create', { name: 'Cedar Bank' });
      const template = await api('templates.import', { fileName: 't.json', text: JSON.stringify(testTemplate()) });
      const audit = await api('audits.create', {
        clientId: client.id,
        templateId: template.id,
        title: 'Wave 1',
        site: 'Main St',
        auditDate: '2027-01-10',
      });
      await api('audits.setAnswer', {
        auditId: audit.id,
        touchpointId: 'website',
        criterionId: 'price-shown',
        value: { kind: 'yesno', value: true },
      });
      await api('audits.setNote', {
        auditId: audit.id,
        touchpointId: 'website',
        criterionId: 'price-shown',
        note: '=1+1 <b>',
      });

      const page = await browser().newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
      page.setDefaultTimeout(60_000);
      await page.goto(host.openUrl);
      await page.getByRole('navigation').first().waitFor();
      await page.evaluate((h) => (window.location.hash = h), `#/dashboard/${client.id}`);

      const save = async (format: 'csv' | 'xlsx') => {
        const [file] = await Promise.all([
          page.waitForEvent('download'),
          page.getByTestId(`data-export-${format}`).click(),
        ]);
        const target = path.join(OUTPUT_DIR, `${Date.now()}-${file.suggestedFilename()}`);
        await file.saveAs(target);
        return { name: file.suggestedFilename(), bytes: fs.readFileSync(target), target };
      };
      const csv = await save('csv');
      expect(csv.name).toMatch(/^Cedar Bank - \d{4}-\d{2}-\d{2}\.csv$/);
      const records = parse(csv.bytes, { bom: true, columns: true }) as Record<string, string>[];
      expect(records).toHaveLength(7);
      expect(records.find((r) => r.criterion_id === 'price-shown')).toMatchObject({ answer: 'Yes', note: "'=1+1 <b>" });
      await expect.poll(() => page.getByTestId('data-export-done').innerText()).toContain('7');
      await page.getByTestId('data-export').screenshot({ path: screenshotPath('data-export-download-done') });

      const xlsx = await save('xlsx');
      expect(xlsx.name).toMatch(/\.xlsx$/);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(xlsx.target);
      expect(wb.getWorksheet('Answers')!.rowCount).toBe(8);
      expect(wb.getWorksheet('Answers')!.getRow(1).getCell(1).value).toBe('client_id');

      // Both files were fetched and removed: no temporary file is left in the data folder.
      await expect.poll(() => fs.readdirSync(dataDir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    } finally {
      await host.stop();
    }
  });
});
