import fs from 'node:fs';
import { chooseLanguage } from '../support/choose-language';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { callApi } from '../support/api-over-http';
import { OUTPUT_DIR, screenshotPath } from '../support/browser';
import { chromiumForThisFile } from '../support/chromium-for-file';
import { tempDir } from '../support/temp-dir';
import { testTemplate } from '../support/test-template';
import { startWebHostProcess, type RunningWebHost } from '../support/web-host-process';

const browser = chromiumForThisFile();

async function openApp(host: RunningWebHost, hash: string): Promise<Page> {
  const page = await browser().newPage({ viewport: { width: 1280, height: 1000 }, locale: 'en-US' });
  page.setDefaultTimeout(30_000);
  await page.goto(host.openUrl);
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
  await page.evaluate((h) => (window.location.hash = h), hash);
  return page;
}

describe('exchange messages for people', () => {
  it('a conflict names the question and shows both answers in words; a broken package is called a package', async () => {
    const hostA = await startWebHostProcess(tempDir('ja-words-a-'));
    const hostB = await startWebHostProcess(tempDir('ja-words-b-'));
    try {
      const on =
        (host: RunningWebHost) =>
        <M extends Parameters<typeof callApi>[2]>(method: M, input: Parameters<typeof callApi<M>>[3]) =>
          callApi(host.origin, host.token, method, input);
      const a = on(hostA);
      const b = on(hostB);
      const client = await a('clients.create', { name: 'Cedar Bank' });
      const template = await a('templates.import', { fileName: 'test.json', text: JSON.stringify(testTemplate()) });
      const visit = await a('audits.create', {
        clientId: client.id,
        templateId: template.id,
        title: 'Hamra visit',
        auditType: 'mystery-shop',
        auditDate: '2027-02-10',
      });
      const wait = (optionId: string) => ({
        auditId: visit.id,
        touchpointId: 'branch',
        criterionId: 'wait',
        value: { kind: 'option' as const, optionId },
      });
      await a('audits.setAnswer', wait('short'));
      await a('audits.setRecord', { auditId: visit.id, touchpointId: 'branch', field: 'emotion', value: 4 });
      const exported = async (name: string) => {
        const pkg = await a('packages.export', {
          scope: { auditIds: [visit.id] },
          name,
          destination: { kind: 'download' },
        });
        return { fileName: pkg.fileName, base64: pkg.base64! };
      };
      await b('packages.import', await exported('First'));
      // Both laptops change the same answer and emotion after they parted.
      await a('audits.setAnswer', wait('long'));
      await a('audits.setRecord', { auditId: visit.id, touchpointId: 'branch', field: 'emotion', value: 1 });
      await b('audits.setAnswer', wait('medium'));
      await b('audits.setRecord', { auditId: visit.id, touchpointId: 'branch', field: 'emotion', value: 5 });
      const second = await exported('Second');
      const file = path.join(OUTPUT_DIR, 'exchange-words-second.zip');
      fs.writeFileSync(file, Buffer.from(second.base64, 'base64'));

      const page = await openApp(hostB, '#/packages');
      await page.getByLabel('Package file (.zip)').setInputFiles(file);
      const preview = page.getByTestId('preview-conflict');
      await expect.poll(() => preview.count()).toBe(2);
      const previewText = (await preview.allInnerTexts()).join('\n');
      // The question by name, the answers as the walk says them; no column names or JSON.
      expect(previewText).toContain('Branch counter — Waiting time');
      expect(previewText).toMatch(/Answer\s+2-5 min\s+Over 5 min/);
      expect(previewText).toMatch(/Customer emotion\s+Delighted\s+Angry/);
      expect(previewText).not.toMatch(/value_json|\{"kind"|branch \/ wait/);
      await page.getByRole('button', { name: 'Import', exact: true }).click();
      await expect.poll(() => page.locator('.exchange-result').innerText()).toMatch(/2 conflicts to resolve/);
      // The conflicts it kept are listed at once, without leaving the screen.
      const conflicts = page.getByTestId('conflict');
      await expect.poll(() => conflicts.count()).toBe(2);
      const titles = await page.getByTestId('conflict-title').allInnerTexts();
      expect(titles.join('\n')).toContain('Hamra visit · Answers: Branch counter — Waiting time');
      expect(titles.join('\n')).toContain('Hamra visit · Touchpoint notes: Branch counter');
      const rows = await page.getByTestId('conflict-difference').allInnerTexts();
      expect(rows.map((r) => r.replace(/\s+/g, ' ').trim()).sort()).toEqual([
        'Answer 2-5 min Over 5 min',
        'Customer emotion Delighted Angry',
      ]);
      await page.screenshot({ path: screenshotPath('exchange-words-01-conflicts-en'), fullPage: true });

      // A file that is not a package: the message says package, never template.
      const broken = path.join(OUTPUT_DIR, 'exchange-words-broken.zip');
      fs.writeFileSync(broken, Buffer.from('PK\u0003\u0004 this is not really a zip file'));
      await page.getByLabel('Package file (.zip)').setInputFiles(broken);
      const error = page.getByTestId('exchange-error');
      await expect.poll(() => error.innerText()).toContain('is not a Journey Audit package that can be read');
      expect(await error.innerText()).not.toMatch(/template/i);

      await chooseLanguage(page, 'ar');
      await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
      await expect.poll(() => error.innerText()).toContain('ليس حزمة');
      const arRows = await page.getByTestId('conflict-difference').allInnerTexts();
      expect(arRows.join('\n')).toContain('الإجابة');
      expect(arRows.join('\n')).toContain('غاضب');
      await page.screenshot({ path: screenshotPath('exchange-words-02-conflicts-ar'), fullPage: true });
      await page.close();
    } finally {
      await hostA.stop();
      await hostB.stop();
    }
  }, 120_000);
});
