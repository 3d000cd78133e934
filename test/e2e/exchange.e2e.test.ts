import fs from 'node:fs';
import { chooseLanguage } from '../support/choose-language';
import path from 'node:path';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { callApi } from '../support/api-over-http';
import { OUTPUT_DIR, screenshotPath } from '../support/browser';
import { chromiumForThisFile } from '../support/chromium-for-file';
import { tempDir } from '../support/temp-dir';
import { testTemplate, FOLLOW_UP_ANSWERS } from '../support/test-template';
import { startWebHostProcess, type RunningWebHost } from '../support/web-host-process';

const browser = chromiumForThisFile();

async function openApp(host: RunningWebHost, hash: string): Promise<Page> {
  const page = await browser().newPage({
    viewport: { width: 1440, height: 1000 },
    locale: 'en-US',
    acceptDownloads: true,
  });
  page.setDefaultTimeout(30_000);
  await page.goto(host.openUrl);
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
  await page.evaluate((h) => (window.location.hash = h), hash);
  return page;
}

describe('a mystery-shop visit travels from one laptop to another as a package file', () => {
  it('logs a visit with one-tap times on laptop A, exports it, imports it on laptop B (twice), and shows it in the wave view', async () => {
    const hostA = await startWebHostProcess(tempDir('ja-laptop-a-'));
    const hostB = await startWebHostProcess(tempDir('ja-laptop-b-'));
    try {
      const call = <M extends Parameters<typeof callApi>[2]>(method: M, input: Parameters<typeof callApi<M>>[3]) =>
        callApi(hostA.origin, hostA.token, method, input);
      const client = await call('clients.create', { name: 'Cedar Bank' });
      const site = await call('sites.create', {
        clientId: client.id,
        name: 'Hamra branch',
        address: 'Hamra St 12, Beirut',
        region: 'Beirut',
      });
      const wave = await call('waves.create', {
        clientId: client.id,
        name: 'Q1 2027',
        startsOn: '2027-01-01',
        endsOn: '2027-03-31',
      });
      const template = await call('templates.import', { fileName: 'test.json', text: JSON.stringify(testTemplate()) });
      const visit = await call('audits.create', {
        clientId: client.id,
        templateId: template.id,
        title: 'Hamra visit',
        auditType: 'mystery-shop',
        auditDate: '2027-02-10',
      });
      await call('visits.update', {
        auditId: visit.id,
        changes: { siteId: site.id, waveId: wave.id, scenario: 'Open a savings account', shopper: 'Rania' },
      });

      // Laptop A: the shopper taps the moments in the walk.
      const a = await openApp(hostA, `#/audit/${visit.id}`);
      await a.getByTestId('visit-panel').waitFor();
      for (const moment of ['entered', 'greeted', 'served', 'paid', 'left']) {
        await a.getByTestId(`stamp-${moment}`).click();
        await expect.poll(() => a.getByTestId(`stamp-${moment}`).getAttribute('data-stamped')).toBe('true');
      }
      for (const [touchpointId, criterionId, value] of FOLLOW_UP_ANSWERS)
        await call('audits.setAnswer', { auditId: visit.id, touchpointId, criterionId, value });
      await call('audits.setNote', {
        auditId: visit.id,
        touchpointId: 'signage',
        criterionId: 'visible',
        note: 'Sign hidden behind scaffolding',
      });
      const photo = await sharp({
        create: { width: 1200, height: 800, channels: 3, background: { r: 40, g: 110, b: 60 } },
      })
        .jpeg()
        .toBuffer();
      const evidence = await call('evidence.add', {
        auditId: visit.id,
        touchpointId: 'branch',
        fileName: 'counter.jpg',
        dataBase64: photo.toString('base64'),
      });
      await call('audits.complete', { id: visit.id });
      const stamped = (await call('audits.get', { id: visit.id })).visit;

      // Export it from the Exchange screen.
      await a.evaluate((id) => (window.location.hash = `#/packages/${id}`), client.id);
      await a.getByRole('checkbox', { name: /Hamra visit/ }).check();
      await a.getByLabel('Package name').fill('Hamra Q1');
      const [download] = await Promise.all([
        a.waitForEvent('download'),
        a.getByRole('button', { name: 'Export package' }).click(),
      ]);
      const packageFile = path.join(OUTPUT_DIR, download.suggestedFilename());
      await download.saveAs(packageFile);
      await expect.poll(() => a.locator('.exchange-panel [role=status]').innerText()).toContain('is ready');
      await a.screenshot({ path: screenshotPath('exchange-01-export'), fullPage: true });

      // Laptop B: its own data folder. Preview first, then import.
      const b = await openApp(hostB, '#/packages');
      await b.getByLabel('Package file (.zip)').setInputFiles(packageFile);
      await expect.poll(() => b.locator('.exchange-preview').innerText()).toMatch(/What importing “Hamra Q1” will do/);
      expect(await b.locator('.exchange-preview').innerText()).toMatch(/\d+ new, 0 updated, 0 conflicts, 1 new photos/);
      await b.screenshot({ path: screenshotPath('exchange-02-preview'), fullPage: true });
      await b.getByRole('button', { name: 'Import', exact: true }).click();
      await expect.poll(() => b.locator('.exchange-result').innerText()).toMatch(/Imported: \d+ new/);

      // Same visit, same ids, same times, the photo byte for byte.
      const callB = <M extends Parameters<typeof callApi>[2]>(method: M, input: Parameters<typeof callApi<M>>[3]) =>
        callApi(hostB.origin, hostB.token, method, input);
      const copy = await callB('audits.get', { id: visit.id });
      expect(copy.visit.timestamps).toEqual(stamped.timestamps);
      expect(copy.answers.map((x) => [x.touchpointId, x.criterionId, x.value])).toEqual(
        expect.arrayContaining(FOLLOW_UP_ANSWERS),
      );
      const original = await callB('evidence.image', { id: evidence.id, variant: 'original' });
      expect(Buffer.from(original.dataUrl.split(',')[1]!, 'base64').equals(photo)).toBe(true);

      // Importing the same file again changes nothing.
      await b.getByLabel('Package file (.zip)').setInputFiles(packageFile);
      await expect
        .poll(() => b.locator('.exchange-preview').innerText())
        .toMatch(/0 new, 0 updated, 0 conflicts, 0 new photos/);

      // The lead finds it on laptop B the way a user would: client, Waves, the wave.
      await b.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Clients' }).click();
      await b
        .getByTestId('client-list')
        .getByRole('button', { name: /Cedar Bank/ })
        .click();
      await b.getByTestId('open-waves').click();
      await b
        .getByTestId('wave-list')
        .getByRole('button', { name: /Q1 2027/ })
        .click();
      expect(decodeURIComponent(new URL(b.url()).hash)).toBe(`#/wave/${wave.id}`);
      await expect.poll(() => b.locator('body').innerText()).toContain('Hamra branch');
      const text = await b.locator('body').innerText();
      expect(text).toContain('Hamra visit');
      expect(text).toContain('84.3%'); // (3 + 2.9 + 0) / 7 weighted points, as in compare.e2e
      await b.screenshot({ path: screenshotPath('exchange-03-wave-on-laptop-b'), fullPage: true });
      await chooseLanguage(b, 'ar');
      await b.evaluate(() => (window.location.hash = '#/packages'));
      await expect.poll(() => b.evaluate(() => document.documentElement.dir)).toBe('rtl');
      await b.screenshot({ path: screenshotPath('exchange-04-arabic'), fullPage: true });
      expect(fs.statSync(packageFile).size).toBeGreaterThan(photo.length);
    } finally {
      await hostA.stop();
      await hostB.stop();
    }
  }, 120_000);
});
