import type { Page } from 'playwright-core';
import { chooseLanguage } from '../support/choose-language';
import { describe, expect, it } from 'vitest';
import type { MethodInput, MethodName } from '../../shared/contract';
import { explainAudit } from '../../shared/scoring/explain-score';
import { callApi } from '../support/api-over-http';
import { screenshotPath } from '../support/browser';
import { chromiumForThisFile } from '../support/chromium-for-file';
import { tempDir } from '../support/temp-dir';
import { testTemplate } from '../support/test-template';
import { startWebHostProcess, type RunningWebHost } from '../support/web-host-process';

const browser = chromiumForThisFile();

async function go(page: Page, hash: string) {
  await page.evaluate((h) => {
    window.location.hash = h;
  }, hash);
}

describe('numbers that hold up: explainer and wave statistics through the web host', () => {
  it('opens the explainer from the dashboard and shows intervals and "too few visits" in the wave view, in English and Arabic', async () => {
    const host: RunningWebHost = await startWebHostProcess(tempDir('ja-numbers-e2e-'));
    const api = <M extends MethodName>(method: M, input: MethodInput<M>) =>
      callApi(host.origin, host.token, method, input);
    try {
      const client = await api('clients.create', { name: 'Cedar Bank' });
      const template = await api('templates.import', {
        fileName: 'shop.json',
        text: JSON.stringify(testTemplate({ name: 'Branch visit' })),
      });
      const north = await api('sites.create', { clientId: client.id, name: 'North branch', region: 'North' });
      const south = await api('sites.create', { clientId: client.id, name: 'فرع الجنوب', region: 'South' });
      const q1 = await api('waves.create', { clientId: client.id, name: 'Q1', startsOn: '2027-01-01', endsOn: null });
      const q2 = await api('waves.create', { clientId: client.id, name: 'Q2', startsOn: '2027-04-01', endsOn: null });
      /** A completed visit whose "likelihood to come back" (0-10) spreads the scores. */
      const visit = async (siteId: string, waveId: string, comeBack: number, day: string) => {
        const audit = await api('audits.create', {
          clientId: client.id,
          templateId: template.id,
          title: `Visit ${day}`,
          auditType: 'mystery-shop',
          auditDate: day,
        });
        await api('visits.update', { auditId: audit.id, changes: { siteId, waveId, shopper: 'Rania' } });
        const answers = [
          ['website', 'price-shown', { kind: 'yesno', value: true }],
          ['website', 'ease', { kind: 'scale', value: 4 }],
          ['branch', 'greeting', { kind: 'yesno', value: true }],
          ['branch', 'nps-like', { kind: 'scale', value: comeBack }],
          ['branch', 'wait', { kind: 'option', optionId: 'medium' }],
          ['branch', 'hours', { kind: 'na' }],
          ['signage', 'visible', { kind: 'yesno', value: true }],
        ] as const;
        for (const [touchpointId, criterionId, value] of answers)
          await api('audits.setAnswer', { auditId: audit.id, touchpointId, criterionId, value });
        await api('audits.complete', { id: audit.id });
        return audit;
      };
      for (const [i, v] of [2, 3, 4].entries()) await visit(north.id, q1.id, v, `2027-02-0${i + 1}`);
      for (const [i, v] of [8, 9, 10].entries()) await visit(north.id, q2.id, v, `2027-05-0${i + 1}`);
      const last = await visit(south.id, q2.id, 6, '2027-05-09');

      const page = await browser().newPage({ viewport: { width: 1440, height: 900 } });
      page.setDefaultTimeout(20_000);
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(host.openUrl);
      await page.getByTestId('client-list').waitFor();

      for (const language of ['en', 'ar'] as const) {
        await chooseLanguage(page, language);
        await expect.poll(() => page.locator('html').getAttribute('dir')).toBe(language === 'ar' ? 'rtl' : 'ltr');

        // The dashboard's latest score opens to its arithmetic, which gives the same number.
        await go(page, `#/dashboard/${client.id}`);
        await page.getByTestId('latest-score').waitFor();
        const shown = await page.getByTestId('latest-score').locator('.big-number').innerText();
        await page.getByTestId('latest-score').getByTestId('explain-score').click();
        const dialog = page.getByTestId('explain-dialog');
        await dialog.getByTestId('score-explanation').waitFor();
        expect(await dialog.getByTestId('explain-overall').innerText()).toBe(shown);
        expect(await dialog.getByTestId('explain-touchpoint').count()).toBe(3);
        const detail = await api('audits.get', { id: last.id });
        const e = explainAudit(detail.definition, detail.scope, detail.answers);
        // The knock-out-free pooled arithmetic is printed with its sums, and the other method beside it.
        expect(await dialog.getByTestId('explain-formula').innerText()).toMatch(/÷/);
        expect(e.otherPercent).not.toBeNull();
        expect(await dialog.getByTestId('explain-other').innerText()).toMatch(/\d/);
        // N/A is shown as left out.
        expect(await dialog.locator('tr.explain-left-out').count()).toBe(1);
        await page.screenshot({ path: screenshotPath(`numbers-01-explainer-${language}`) });
        await page.keyboard.press('Escape');
        await expect.poll(() => dialog.count()).toBe(0);

        // The wave view: north has three visits (an interval, a real change since Q1), south one ("too few").
        await go(page, `#/wave/${q2.id}`);
        await page.getByTestId('wave-table').waitFor();
        await expect.poll(() => page.getByTestId('wave-site-row').count()).toBe(2);
        const northRow = page.getByTestId('wave-site-row').filter({ hasText: 'North branch' });
        const southRow = page.getByTestId('wave-site-row').filter({ hasText: 'فرع الجنوب' });
        expect(await northRow.getByTestId('site-interval').innerText()).toMatch(/95/);
        expect(await northRow.getByTestId('too-few-visits').count()).toBe(0);
        expect(await northRow.getByTestId('change-verdict').getAttribute('data-verdict')).toBe('real-change');
        expect(await northRow.locator('[data-movement="improved"]').count()).toBe(1);
        expect(await southRow.getByTestId('too-few-visits').count()).toBe(1);
        expect(await southRow.getByTestId('site-interval').innerText()).toBe(
          language === 'ar' ? 'العدد = 1 · زيارة واحدة: بلا فترة ثقة' : 'n = 1 · one visit: no interval',
        );
        // The site's score opens to its arithmetic: three visits, their mean and the t-interval step by step.
        await northRow.getByTestId('explain-site-score').click();
        const siteDialog = page.getByTestId('site-score-dialog');
        await expect.poll(() => siteDialog.locator('tbody tr').count()).toBe(3);
        expect(await page.getByTestId('site-score-steps').innerText()).toContain(
          language === 'ar' ? 'مجموع درجات 3 زيارات' : 'Sum of 3 visit scores',
        );
        expect(await page.getByTestId('site-score-steps').innerText()).toContain(
          language === 'ar' ? 'بدرجات حرية 2: 4.303' : 'with 2 degrees of freedom: 4.303',
        );
        await page.screenshot({ path: screenshotPath(`numbers-02b-site-explainer-${language}`) });
        await page.keyboard.press('Escape');
        await expect.poll(() => siteDialog.count()).toBe(0);
        await page.getByTestId('wave-stats-note').waitFor();
        await page.screenshot({ path: screenshotPath(`numbers-02-wave-${language}`), fullPage: true });

        // The PDF's "how these numbers were computed" appendix: the overall score line by line, and the
        // wave's sites with n and their 95% intervals beside the scores.
        await go(page, `#/print/${last.id}/-/cover,methods`);
        await page.waitForFunction(
          () => document.documentElement.dataset.printReady === 'true' || !!document.documentElement.dataset.printError,
          undefined,
          { timeout: 60_000 },
        );
        const methods = page.getByTestId('report-methods');
        expect(await methods.getByTestId('explain-overall').innerText()).toBe(shown);
        const intervals = await methods.getByTestId('report-wave-intervals').locator('tbody tr').allInnerTexts();
        expect(intervals).toHaveLength(2);
        expect(intervals.join('\n')).toMatch(/ = 3 · /);
        const pdfPath = screenshotPath(`numbers-03-methods-${language}`).replace(/\.png$/, '.pdf');
        await page.pdf({ path: pdfPath, format: 'A4', printBackground: true });
        await go(page, '#/');
      }
      expect(errors).toEqual([]);
    } finally {
      await host.stop();
    }
  }, 120_000);
});
