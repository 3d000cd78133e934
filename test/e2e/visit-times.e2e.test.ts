import type { Page } from 'playwright-core';
import { chooseLanguage } from '../support/choose-language';
import { describe, expect, it } from 'vitest';
import type { MethodInput, MethodName } from '../../shared/contract';
import type { VisitMoment } from '../../shared/domain/visit';
import { callApi } from '../support/api-over-http';
import { screenshotPath } from '../support/browser';
import { chromiumForThisFile } from '../support/chromium-for-file';
import { tempDir } from '../support/temp-dir';
import { PASSING_ANSWERS, testTemplate } from '../support/test-template';
import { startWebHostProcess } from '../support/web-host-process';

const browser = chromiumForThisFile();

const go = (page: Page, hash: string) => page.evaluate((h) => (window.location.hash = h), hash);

describe('mystery-shop times corrected after the visit', () => {
  it('edits a mis-tapped moment with a time field, flags it while out of order, and the league table shows median waiting and service times', async () => {
    const host = await startWebHostProcess(tempDir('ja-visit-times-'));
    const api = <M extends MethodName>(method: M, input: MethodInput<M>) =>
      callApi(host.origin, host.token, method, input);
    try {
      const client = await api('clients.create', { name: 'Cedar Bank' });
      const template = await api('templates.import', {
        fileName: 'shop.json',
        text: JSON.stringify(testTemplate({ name: 'Branch visit' })),
      });
      const north = await api('sites.create', { clientId: client.id, name: 'North branch', region: 'North' });
      const wave = await api('waves.create', { clientId: client.id, name: 'Q1 2027', startsOn: '2027-01-01' });
      const visit = async (title: string, stamps: Partial<Record<VisitMoment, string>>, complete: boolean) => {
        const audit = await api('audits.create', {
          clientId: client.id,
          templateId: template.id,
          title,
          auditType: 'mystery-shop',
          auditDate: '2027-02-10',
        });
        await api('visits.update', { auditId: audit.id, changes: { siteId: north.id, waveId: wave.id } });
        for (const [moment, at] of Object.entries(stamps))
          await api('visits.stamp', { auditId: audit.id, moment: moment as VisitMoment, at });
        if (complete) {
          for (const [touchpointId, criterionId, value] of PASSING_ANSWERS)
            await api('audits.setAnswer', { auditId: audit.id, touchpointId, criterionId, value });
          await api('audits.complete', { id: audit.id });
        }
        return audit;
      };
      // Completed visits: waiting 60, 180 and 120 s (median 120 s); service 240 and 120 s, the third
      // has neither served nor paid (median of two: 180 s).
      await visit(
        'V1',
        {
          entered: '2027-02-10T08:00:00.000Z',
          greeted: '2027-02-10T08:01:00.000Z',
          served: '2027-02-10T08:05:00.000Z',
        },
        true,
      );
      await visit(
        'V2',
        {
          entered: '2027-02-10T09:00:00.000Z',
          greeted: '2027-02-10T09:03:00.000Z',
          served: '2027-02-10T09:05:00.000Z',
        },
        true,
      );
      await visit('V3', { entered: '2027-02-10T10:00:00.000Z', greeted: '2027-02-10T10:02:00.000Z' }, true);
      // In progress (not in the league's times): entered at 10:02:00 in Bucharest (UTC+2 in February).
      const open = await visit('V4', { entered: '2027-02-10T08:02:00.000Z' }, false);

      const page = await browser().newPage({ viewport: { width: 1280, height: 900 }, timezoneId: 'Europe/Bucharest' });
      page.setDefaultTimeout(20_000);
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(host.openUrl);
      await page.getByTestId('client-list').waitFor();
      await go(page, `#/audit/${open.id}`);
      await page.getByTestId('visit-panel').locator('summary').click();
      const entered = page.getByTestId('visit-time-entered');
      await expect.poll(() => entered.inputValue()).toBe('10:02:00');

      // Greeted typed before Entered (a slip): saved as typed, flagged on its button and its field, no waiting time.
      await page.getByTestId('visit-time-greeted').fill('10:01:30');
      await expect.poll(() => page.getByTestId('save-indicator').getAttribute('data-state')).toBe('saved');
      expect((await api('audits.get', { id: open.id })).visit.timestamps.greeted).toBe('2027-02-10T08:01:30.000Z');
      await expect.poll(() => page.getByTestId('stamp-flag-greeted').innerText()).toContain('out of order');
      expect(await page.getByTestId('visit-time-flag-greeted').innerText()).toContain(
        'earlier than a moment before it',
      );
      expect(await page.getByTestId('visit-out-of-order').innerText()).toContain('Greeted');
      expect(await page.getByTestId('stamp-flag-entered').count()).toBe(0);
      expect(await page.getByTestId('duration-waiting').innerText()).toBe('—');
      await page.screenshot({ path: screenshotPath('visit-times-01-out-of-order-en') });

      // The wave's visit list flags it too.
      await go(page, `#/wave/${wave.id}`);
      await page.getByTestId('wave-table').waitFor();
      await expect.poll(() => page.getByTestId('visit-row-out-of-order').count()).toBe(1);
      // League: medians of the completed visits only, hand-computed above.
      const row = page.getByTestId('wave-site-row');
      expect(await row.getByTestId('site-waiting').innerText()).toBe('2 min 00 s');
      expect(await row.getByTestId('site-service').innerText()).toBe('3 min 00 s');
      expect(await row.getByTestId('site-service').getAttribute('title')).toBe('2 visits with both moments');
      await page.screenshot({ path: screenshotPath('visit-times-02-league-en'), fullPage: true });

      // Corrected: 10:04:30 is 150 s after entering; the flags go.
      await go(page, `#/audit/${open.id}`);
      await page.getByTestId('visit-panel').locator('summary').click();
      await page.getByTestId('visit-time-greeted').fill('10:04:30');
      await expect.poll(() => page.getByTestId('duration-waiting').innerText()).toBe('2 min 30 s');
      expect(await page.getByTestId('stamp-flag-greeted').count()).toBe(0);
      expect(await page.getByTestId('visit-out-of-order').count()).toBe(0);
      expect((await api('audits.get', { id: open.id })).visit.durations.waitingSeconds).toBe(150);
      // A moment never tapped can be given its time; emptying a time clears the moment.
      await page.getByTestId('visit-time-left').fill('10:20:05');
      await expect.poll(() => page.getByTestId('duration-total').innerText()).toBe('18 min 05 s');
      await page.getByTestId('visit-time-left').fill('');
      await expect.poll(() => page.getByTestId('stamp-left').getAttribute('data-stamped')).toBe('false');
      expect((await api('audits.get', { id: open.id })).visit.timestamps.left).toBeUndefined();

      // Arabic: the same flag in words, laid out right to left.
      await page.getByTestId('visit-time-paid').fill('10:03:00');
      await chooseLanguage(page, 'ar');
      await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
      await expect.poll(() => page.getByTestId('stamp-flag-paid').innerText()).toContain('خارج الترتيب');
      await page.screenshot({ path: screenshotPath('visit-times-03-out-of-order-ar') });
      await go(page, `#/wave/${wave.id}`);
      await page.getByTestId('wave-table').waitFor();
      expect(await page.getByTestId('wave-site-row').getByTestId('site-waiting').innerText()).toMatch(/2\D+00/);
      await page.screenshot({ path: screenshotPath('visit-times-04-league-ar'), fullPage: true });
      await chooseLanguage(page, 'en');
      expect(errors).toEqual([]);
      await page.close();
    } finally {
      await host.stop();
    }
  }, 120_000);
});
