import { execFileSync } from 'node:child_process';
import { chooseLanguage } from '../support/choose-language';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { callApi } from '../support/api-over-http';
import { OUTPUT_DIR, screenshotPath } from '../support/browser';
import { chromiumForThisFile } from '../support/chromium-for-file';
import { chromiumBrowsersOf, isRunning } from '../support/print-browsers';
import { tempDir } from '../support/temp-dir';
import { testTemplate, BASELINE_ANSWERS, FOLLOW_UP_ANSWERS } from '../support/test-template';
import { startWebHostProcess, type RunningWebHost } from '../support/web-host-process';

const browser = chromiumForThisFile();

const INJECTION_NOTE = 'Told to come back <img src=x onerror=alert(1)> =HYPERLINK("http://x") — ملاحظة مختلطة';

const answersFor = (good: boolean) => (good ? FOLLOW_UP_ANSWERS : BASELINE_ANSWERS);

async function seed(host: RunningWebHost) {
  const call = <M extends Parameters<typeof callApi>[2]>(method: M, input: Parameters<typeof callApi<M>>[3]) =>
    callApi(host.origin, host.token, method, input);
  const client = await call('clients.create', { name: 'Cedar Bank — بنك الأرز' });
  const template = await call('templates.import', { fileName: 'test.json', text: JSON.stringify(testTemplate()) });
  const ids: string[] = [];
  for (const [title, date, good] of [
    ['Baseline', '2027-01-15', false],
    ['Follow-up', '2027-06-15', true],
  ] as const) {
    const audit = await call('audits.create', {
      clientId: client.id,
      templateId: template.id,
      title,
      site: 'Main St',
      auditor: 'Ana Pop',
      auditDate: date,
    });
    for (const [touchpointId, criterionId, value] of answersFor(good))
      await call('audits.setAnswer', { auditId: audit.id, touchpointId, criterionId, value });
    ids.push(audit.id);
  }
  const followUp = ids[1]!;
  await call('audits.setNote', {
    auditId: followUp,
    touchpointId: 'branch',
    criterionId: 'greeting',
    note: INJECTION_NOTE,
  });
  await call('audits.setRecord', {
    auditId: followUp,
    touchpointId: 'signage',
    field: 'painPoints',
    value: 'Sign hidden behind scaffolding',
  });
  await call('audits.setRecord', { auditId: followUp, touchpointId: 'branch', field: 'emotion', value: 4 });
  const photo = await sharp({
    create: { width: 2000, height: 1400, channels: 3, background: { r: 200, g: 120, b: 40 } },
  })
    .jpeg()
    .toBuffer();
  await call('evidence.add', {
    auditId: followUp,
    touchpointId: 'branch',
    fileName: 'desk.jpg',
    dataBase64: photo.toString('base64'),
  });
  await call('actions.create', {
    clientId: client.id,
    auditId: followUp,
    touchpointId: 'signage',
    title: 'Move the sign in front of the scaffolding',
    priority: 'high',
    status: 'open',
    dueDate: '2027-07-01',
  });
  await call('metrics.set', {
    auditId: followUp,
    inputs: { npsMode: 'counts', promoters: 6, passives: 2, detractors: 2 },
  });
  return { client, baselineId: ids[0]!, followUp };
}

async function openWalk(host: RunningWebHost, auditId: string): Promise<Page> {
  const page = await browser().newPage({
    viewport: { width: 1440, height: 1000 },
    locale: 'en-US',
    acceptDownloads: true,
  });
  page.setDefaultTimeout(60_000);
  await page.goto(host.openUrl);
  await page.getByTestId('client-list').waitFor();
  await page.evaluate((id) => (window.location.hash = `#/audit/${id}`), auditId);
  await page.getByTestId('audit-walk').waitFor();
  return page;
}

/** Exports through the dialog and returns the saved PDF's path. */
async function exportPdf(page: Page, name: string): Promise<string> {
  await page.getByTestId('open-export').click();
  const dialog = page.getByTestId('export-dialog');
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 120_000 }),
    dialog.getByTestId('pdf-start').click(),
  ]);
  const file = path.join(OUTPUT_DIR, `${name}.pdf`);
  await download.saveAs(file);
  await expect.poll(() => dialog.getByTestId('pdf-done').innerText()).toMatch(/is ready \(\d+ pages?\)/);
  await dialog.getByRole('button', { name: 'Close' }).click();
  return file;
}

function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

function pdfPages(file: string, name: string): string[] {
  const dir = path.join(OUTPUT_DIR, 'pdf-pages');
  fs.mkdirSync(dir, { recursive: true });
  for (const f of fs.readdirSync(dir)) if (f.startsWith(`${name}-`)) fs.rmSync(path.join(dir, f));
  execFileSync('pdftoppm', ['-png', '-r', '60', file, path.join(dir, name)]);
  return fs
    .readdirSync(dir)
    .filter((f) => f.startsWith(`${name}-`))
    .sort();
}

describe('the PDF report, printed by the web host with Chromium', () => {
  it('exports from the walk with progress, holds the client, the scores and the notes as literal text, in English and Arabic', async () => {
    const dataDir = tempDir('ja-pdf-');
    const host = await startWebHostProcess(dataDir);
    try {
      const { followUp } = await seed(host);
      const page = await openWalk(host, followUp);

      // Opening the export panel has the host start its print browser, and nothing before did.
      expect(chromiumBrowsersOf(host.child.pid!)).toEqual([]);
      await page.getByTestId('open-export').click();
      await expect.poll(() => chromiumBrowsersOf(host.child.pid!), { timeout: 30_000 }).toHaveLength(1);
      const [printer] = chromiumBrowsersOf(host.child.pid!);

      // Cancel first: the progress shows, and cancelling leaves no download.
      const dialog = page.getByTestId('export-dialog');
      let downloads = 0;
      page.on('download', () => downloads++);
      await dialog.getByTestId('pdf-start').click();
      await dialog.getByTestId('pdf-progress').waitFor();
      await page.screenshot({ path: screenshotPath('export-01-progress') });
      await dialog.getByTestId('pdf-cancel').click();
      await expect.poll(() => dialog.getByTestId('pdf-cancelled').innerText()).toContain('No file was saved');
      await dialog.getByRole('button', { name: 'Close' }).click();
      await page.waitForTimeout(500);
      expect(downloads).toBe(0);
      page.removeAllListeners('download');

      const english = await exportPdf(page, 'export-en');
      // pdftotext wraps lines as the page does: compare with the spaces folded.
      const text = pdfText(english).replace(/\s+/g, ' ');
      expect(text).toContain('Cedar Bank');
      // Overall: follow-up 84.3%, baseline 50.0% (hand-computed in compare.e2e.test.ts for the same answers).
      expect(text).toContain('84.3%');
      expect(text).toContain('50.0%');
      expect(text).toContain('<img src=x onerror=alert(1)>');
      expect(text).toContain('=HYPERLINK("http://x")');
      expect(text).toContain('Move the sign in front of the'); // the table cell wraps the rest onto a later line
      const pages = pdfPages(english, 'export-en');
      expect(pages.length).toBeGreaterThanOrEqual(4);

      // The data files from the same dialog: the CSV holds every answer, user text as text.
      await page.getByTestId('open-export').click();
      const [csvDownload] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('data-export-csv').click(),
      ]);
      const csv = fs.readFileSync((await csvDownload.path())!);
      expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const csvText = csv.toString('utf8');
      expect(csvText).toContain('Told to come back <img src=x onerror=alert(1)> =HYPERLINK(""http://x"")');
      expect(csvText.trim().split('\r\n')).toHaveLength(1 + 7); // the header and one row per criterion
      await expect.poll(() => page.getByTestId('data-export-done').innerText()).toContain('7');
      await page.screenshot({ path: screenshotPath('export-02-data-files') });
      await page.getByTestId('export-dialog').getByRole('button', { name: 'Close' }).click();

      // Arabic: the same report right to left.
      await chooseLanguage(page, 'ar');
      await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
      await page.getByTestId('open-export').click();
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 120_000 }),
        page.getByTestId('export-dialog').getByTestId('pdf-start').click(),
      ]);
      const arabic = path.join(OUTPUT_DIR, 'export-ar.pdf');
      await download.saveAs(arabic);
      const arText = pdfText(arabic);
      expect(arText).toContain('Cedar Bank');
      expect(pdfPages(arabic, 'export-ar').length).toBeGreaterThanOrEqual(4);
      // Every export printed in the one browser the panel had started; stopping the host stops it.
      expect(chromiumBrowsersOf(host.child.pid!)).toEqual([printer]);
      await host.stop();
      await expect.poll(() => isRunning(printer!), { timeout: 30_000 }).toBe(false);
    } finally {
      await host.stop();
    }
  }, 240_000);
});
