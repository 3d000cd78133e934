import { chooseLanguage } from '../support/choose-language';
import { describe, expect, it } from 'vitest';
import type { MethodInput, MethodName } from '../../shared/contract';
import { callApi } from '../support/api-over-http';
import { screenshotPath } from '../support/browser';
import { chromiumForThisFile } from '../support/chromium-for-file';
import { openHostPage, stopHostAndPages } from '../support/host-page';
import { tempDir } from '../support/temp-dir';
import { testTemplate } from '../support/test-template';
import { startWebHostProcess, type RunningWebHost } from '../support/web-host-process';

const browser = chromiumForThisFile();

const stopHost = (host: RunningWebHost) => stopHostAndPages(browser(), host);

const openPage = (host: RunningWebHost) =>
  openHostPage(browser(), host, { viewport: { width: 1280, height: 800 }, timeout: 20_000, waitForApp: true });

describe('search across findings, through the web host', () => {
  it('finds Romanian without diacritics and Arabic without tashkeel, ranked, within a client or across; a result opens its audit', async () => {
    const host = await startWebHostProcess(tempDir('ja-search-e2e-'));
    try {
      const api = <M extends MethodName>(method: M, input: MethodInput<M>) =>
        callApi(host.origin, host.token, method, input);
      const template = await api('templates.import', { fileName: 't.json', text: JSON.stringify(testTemplate()) });
      const audit = async (name: string) => {
        const client = await api('clients.create', { name });
        const a = await api('audits.create', {
          clientId: client.id,
          templateId: template.id,
          title: `${name} — Q1`,
          auditDate: '2027-01-15',
        });
        return { client, audit: a };
      };
      const ro = await audit('Banca Ţării');
      const ar = await audit('بنك الأرز');
      await api('audits.setNote', {
        auditId: ro.audit.id,
        touchpointId: 'branch',
        criterionId: 'wait',
        note: 'Așteptare lungă la casă: așteptare de 12 minute, fără scuze',
      });
      await api('audits.setRecord', {
        auditId: ro.audit.id,
        touchpointId: 'website',
        field: 'painPoints',
        value: 'Programul nu apare; așteptare la telefon',
      });
      await api('audits.setRecord', {
        auditId: ar.audit.id,
        touchpointId: 'branch',
        field: 'recommendation',
        value: 'قول «مَرْحَبًا» لكل عميل عند الباب',
      });
      await api('actions.create', {
        clientId: ar.client.id,
        auditId: ar.audit.id,
        title: 'تدريب الموظفين على الترحيب',
      });

      const { page, errors } = await openPage(host);
      await page.getByTestId('nav-search').click();
      await page.getByTestId('search-query').fill('asteptare');
      await expect.poll(() => page.getByTestId('search-hit').count()).toBe(2);
      // The note says it twice and is about waiting: it comes first.
      await expect(page.getByTestId('search-hit').first().textContent()).resolves.toContain('Așteptare lungă la casă');
      await expect(page.getByTestId('search-hit').nth(1).textContent()).resolves.toContain('Pain point');
      await page.screenshot({ path: screenshotPath('search-en'), fullPage: true });
      await page.getByTestId('search-query').fill('zzzz');
      await page.getByTestId('search-empty').waitFor();

      await chooseLanguage(page, 'ar');
      await page.getByTestId('search-query').fill('مرحبا');
      await expect.poll(() => page.getByTestId('search-hit').count()).toBe(1);
      await expect(page.locator('html').getAttribute('dir')).resolves.toBe('rtl');
      await page.getByTestId('search-client').selectOption(ro.client.id);
      await page.getByTestId('search-query').fill('مرحبا');
      await page.getByTestId('search-empty').waitFor();
      await page.getByTestId('search-client').selectOption('');
      await page.getByTestId('search-query').fill('مرحبا');
      await expect.poll(() => page.getByTestId('search-hit').count()).toBe(1);
      await page.screenshot({ path: screenshotPath('search-ar'), fullPage: true });
      await page.getByTestId('search-hit').first().click();
      await page.waitForFunction((id) => location.hash === `#/audit/${id}/branch`, ar.audit.id);
      expect(errors).toEqual([]);
    } finally {
      await stopHost(host);
    }
  });
});
