import fs from 'node:fs';
import { chooseLanguage } from '../support/choose-language';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { MethodInput, MethodName } from '../../shared/contract';
import { localIsoDate } from '../../shared/domain/action';
import { callApi } from '../support/api-over-http';
import { screenshotPath } from '../support/browser';
import { chromiumForThisFile } from '../support/chromium-for-file';
import { tempDir } from '../support/temp-dir';
import { testTemplate } from '../support/test-template';
import { startWebHostProcess } from '../support/web-host-process';

const browser = chromiumForThisFile();
const daysAgo = (days: number) => localIsoDate(new Date(Date.now() - days * 86_400_000));

describe('privacy of mystery shopping, through the web host', () => {
  it('sets a retention period, previews and runs the purge, then exports and erases one shopper, in English and Arabic', async () => {
    const host = await startWebHostProcess(tempDir('ja-privacy-e2e-'));
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    page.setDefaultTimeout(20_000);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    try {
      const api = <M extends MethodName>(method: M, input: MethodInput<M>) =>
        callApi(host.origin, host.token, method, input);
      const client = await api('clients.create', { name: 'Cedar Bank' });
      const template = await api('templates.import', { fileName: 't.json', text: JSON.stringify(testTemplate()) });
      const visit = async (title: string, date: string, shopper: string, note: string) => {
        const audit = await api('audits.create', {
          clientId: client.id,
          templateId: template.id,
          title,
          auditType: 'mystery-shop',
          auditDate: date,
        });
        await api('visits.update', { auditId: audit.id, changes: { shopper } });
        await api('audits.setNote', { auditId: audit.id, touchpointId: 'branch', criterionId: 'greeting', note });
        return audit;
      };
      const old = await visit('Visit Cluj', daysAgo(800), 'Rania Haddad', 'The cashier Ion was rude');
      const png = await sharp({ create: { width: 20, height: 20, channels: 3, background: '#369' } })
        .png()
        .toBuffer();
      await api('evidence.add', {
        auditId: old.id,
        touchpointId: 'branch',
        fileName: 'queue.png',
        dataBase64: png.toString('base64'),
      });
      const recent = await visit('Visit Brasov', daysAgo(3), 'Rania Haddad', 'Quick and kind');

      await page.goto(host.openUrl);
      await page
        .getByTestId('client-list')
        .getByRole('button', { name: /Cedar Bank/ })
        .click();
      const panel = page.getByTestId('client-privacy');
      await panel.scrollIntoViewIfNeeded();
      await panel.getByLabel('Yes').check();
      await panel.getByTestId('retention-select').selectOption('12');
      await expect.poll(() => page.getByTestId('save-indicator').getAttribute('data-state')).toBe('saved');
      expect(await api('privacy.get', { clientId: client.id })).toMatchObject({
        staffInformed: 'yes',
        retentionMonths: 12,
      });

      // What a reload shows is what was saved.
      await page.reload();
      await page
        .getByTestId('client-list')
        .getByRole('button', { name: /Cedar Bank/ })
        .click();
      await expect.poll(() => panel.getByTestId('retention-select').inputValue()).toBe('12');

      await expect
        .poll(() => panel.getByTestId('purge-due').innerText())
        .toContain('1 visit is past the retention period');
      await panel.getByTestId('purge-preview').click();
      const plan = panel.getByTestId('purge-plan');
      await expect
        .poll(() => plan.getByTestId('purge-visit').allInnerTexts())
        .toEqual([expect.stringContaining('Visit Cluj')]);
      expect(await plan.getByTestId('purge-totals').innerText()).toBe(
        'To remove — shopper names: 1 · texts: 1 · photos: 1 · from visits: 1.',
      );
      await plan.screenshot({ path: screenshotPath('privacy-01-purge-preview') });
      await plan.getByTestId('purge-run').click();
      const confirm = page.getByTestId('confirm-dialog');
      await confirm.getByRole('button', { name: 'Remove now' }).click();
      await panel.getByTestId('purge-done').waitFor();
      await expect
        .poll(() => panel.getByTestId('privacy-log').innerText())
        .toContain('Retention purge — visits: 1 · texts: 1 · photos: 1');
      const purged = await api('audits.get', { id: old.id });
      expect(purged.visit?.shopper ?? '').toBe('');
      expect(JSON.stringify(purged)).not.toContain('Ion was rude');
      expect((await api('audits.get', { id: recent.id })).visit?.shopper).toBe('Rania Haddad');
      await page.screenshot({ path: screenshotPath('privacy-02-client-panel-en'), fullPage: true });

      // The report of a visit says on its cover whether staff were informed.
      await page.evaluate((id) => (window.location.hash = `#/print/${id}/-/cover`), recent.id);
      const cover = page.getByTestId('report-cover');
      await expect.poll(() => cover.innerText()).toMatch(/Staff informed of mystery shopping\s*Yes/);
      await cover.screenshot({ path: screenshotPath('privacy-05-report-cover') });
      await page.goto(host.openUrl);
      await page
        .getByTestId('client-list')
        .getByRole('button', { name: /Cedar Bank/ })
        .click();
      await panel.waitFor();

      // Arabic: the panel mirrors and speaks Arabic.
      await chooseLanguage(page, 'ar');
      await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
      await expect.poll(() => panel.locator('h3').innerText()).toBe('خصوصية التسوق الخفي');
      await panel.screenshot({ path: screenshotPath('privacy-03-client-panel-ar') });

      // A shopper's access and erasure requests, from Settings.
      await page.evaluate(() => (window.location.hash = '#/settings'));
      const requests = page.getByTestId('shopper-requests');
      await expect.poll(() => requests.getByTestId('shopper-select').inputValue()).toBe('Rania Haddad');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        requests.getByTestId('shopper-export').click(),
      ]);
      expect(download.suggestedFilename()).toBe(`Shopper data - Rania Haddad - ${localIsoDate(new Date())}.json`);
      const exported = JSON.parse(fs.readFileSync((await download.path())!, 'utf8')) as {
        visits: { title: string }[];
      };
      expect(exported.visits.map((v) => v.title)).toEqual(['Visit Brasov']);
      await requests.getByTestId('shopper-erase').click();
      await requests.getByTestId('purge-visit').first().waitFor();
      await requests.screenshot({ path: screenshotPath('privacy-04-shopper-erasure-ar') });
      await requests.getByTestId('purge-run').click();
      await page.getByTestId('confirm-dialog').getByRole('button', { name: 'امحُ الآن' }).click();
      await requests.getByTestId('no-shoppers').waitFor();
      expect((await api('audits.get', { id: recent.id })).visit?.shopper).toBe('');
      expect(errors).toEqual([]);
    } finally {
      await page.close();
      await host.stop();
    }
  });
});
