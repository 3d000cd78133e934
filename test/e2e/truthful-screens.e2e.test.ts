import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi } from '../support/api-over-http';
import { screenshotPath } from '../support/browser';
import { chromiumForThisFile } from '../support/chromium-for-file';
import { tempDir } from '../support/temp-dir';
import { testTemplate } from '../support/test-template';
import { startWebHostProcess, type RunningWebHost } from '../support/web-host-process';

/**
 * Screens that mislead (issue 17), in the browser, in English and Arabic: trends per comparable
 * series, one site registry, "not comparable" only with its reason, drafts and tests left out.
 */
const browser = chromiumForThisFile();
let host: RunningWebHost;
let ids: { clientId: string };

const call = <M extends Parameters<typeof callApi>[2]>(method: M, input: Parameters<typeof callApi<M>>[3]) =>
  callApi(host.origin, host.token, method, input);

beforeAll(async () => {
  host = await startWebHostProcess(tempDir('ja-truthful-'));
  const client = await call('clients.create', { name: 'Cedar Bank' });
  const t1 = await call('templates.import', { fileName: 'a.json', text: JSON.stringify(testTemplate()) });
  const t2 = await call('templates.import', {
    fileName: 'b.json',
    text: JSON.stringify(testTemplate({ name: 'Branch check' })),
  });
  const sign = (auditId: string, value: boolean) =>
    call('audits.setAnswer', {
      auditId,
      touchpointId: 'signage',
      criterionId: 'visible',
      value: { kind: 'yesno', value },
    });
  for (const [templateId, title, site, date, pass] of [
    [t1.id, 'Baseline', 'Main St', '2027-01-10', false],
    [t2.id, 'Other check', 'main st', '2027-03-10', true],
    [t1.id, 'Follow-up', 'Main St ', '2027-06-10', true],
    [t2.id, 'Airport check', 'Airport', '2027-02-01', true],
    [t1.id, 'Airport walk', 'Airport', '2027-05-01', true],
  ] as const) {
    const a = await call('audits.create', { clientId: client.id, templateId, title, site, auditDate: date });
    await sign(a.id, pass);
  }
  await call('audits.create', {
    clientId: client.id,
    templateId: t1.id,
    title: 'Practice',
    site: 'Main St',
    auditDate: '2027-06-20',
    isTest: true,
  });
  ids = { clientId: client.id };
}, 60_000);
afterAll(async () => {
  await host?.stop();
});

async function openAt(hash: string, language: 'en' | 'ar'): Promise<Page> {
  await call('settings.update', { language });
  const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
  page.setDefaultTimeout(20_000);
  await page.goto(host.openUrl);
  await page.getByTestId('client-list').waitFor();
  await page.evaluate((h) => (window.location.hash = h), hash);
  return page;
}

describe('client dashboard', () => {
  for (const language of ['en', 'ar'] as const) {
    it(`draws a trend per template and gives the site table's reasons (${language})`, async () => {
      const page = await openAt(`#/dashboard/${ids.clientId}`, language);
      await page.getByTestId('latest-score').waitFor();
      // Two templates: two trend charts, never one line through both.
      await expect.poll(() => page.locator('[data-testid^="trend-chart"]').count()).toBe(2);
      const rows = await page.getByTestId('sites-table').locator('tbody tr').allInnerTexts();
      expect(rows).toHaveLength(2);
      if (language === 'en') {
        expect(rows[0]).toMatch(/Main St[\s\S]*Test journey[\s\S]*\+100\.0 pts[\s\S]*Baseline/);
        expect(rows[1]).toContain('Earlier audits here used another template (Branch check)');
        expect(await page.getByTestId('left-out').innerText()).toContain('test audits: 1');
      } else {
        expect(rows[1]).toContain('استخدمت التدقيقات السابقة هنا قالبًا آخر');
      }
      await page.getByTestId('sites-table').scrollIntoViewIfNeeded();
      await page.screenshot({ path: screenshotPath(`report-dashboard-series-${language}`), fullPage: true });
      await page.close();
    });
  }
});
