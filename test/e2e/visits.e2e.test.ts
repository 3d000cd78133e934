import type { Page } from 'playwright-core';
import { chooseLanguage } from '../support/choose-language';
import { describe, expect, it } from 'vitest';
import type { MethodInput, MethodName } from '../../shared/contract';
import { callApi } from '../support/api-over-http';
import { screenshotPath } from '../support/browser';
import { chromiumForThisFile } from '../support/chromium-for-file';
import { tempDir } from '../support/temp-dir';
import { testTemplate } from '../support/test-template';
import { startWebHostProcess, type RunningWebHost } from '../support/web-host-process';

const browser = chromiumForThisFile();

const ANSWERS = [
  ['website', 'price-shown', { kind: 'yesno', value: true }],
  ['website', 'ease', { kind: 'scale', value: 4 }],
  ['branch', 'nps-like', { kind: 'scale', value: 8 }],
  ['branch', 'wait', { kind: 'option', optionId: 'short' }],
  ['branch', 'hours', { kind: 'na' }],
  ['signage', 'visible', { kind: 'yesno', value: true }],
] as const;

async function go(page: Page, hash: string) {
  await page.evaluate((h) => {
    window.location.hash = h;
  }, hash);
}

describe('mystery-shop visits and waves through the web host', () => {
  it('taps the moments, needs a comment on a fail, completes, is reviewed from the wave view and locked', async () => {
    const host: RunningWebHost = await startWebHostProcess(tempDir('ja-visits-e2e-'));
    const api = <M extends MethodName>(method: M, input: MethodInput<M>) =>
      callApi(host.origin, host.token, method, input);
    try {
      const client = await api('clients.create', { name: 'Cedar Bank' });
      const template = await api('templates.import', {
        fileName: 'shop.json',
        text: JSON.stringify(testTemplate({ name: 'Branch visit', failRequiresComment: true })),
      });
      const north = await api('sites.create', {
        clientId: client.id,
        name: 'North branch',
        region: 'North',
        address: '1 Hill Road',
      });
      const south = await api('sites.create', { clientId: client.id, name: 'فرع الجنوب', region: 'South' });
      const q1 = await api('waves.create', {
        clientId: client.id,
        name: 'Q1 2027',
        startsOn: '2027-01-01',
        endsOn: '2027-03-31',
      });
      const q2 = await api('waves.create', {
        clientId: client.id,
        name: 'Q2 2027',
        startsOn: '2027-04-01',
        endsOn: '2027-06-30',
      });

      /** A visit done entirely through the API; the greeting passes or fails (with its comment). */
      const visit = async (
        title: string,
        siteId: string,
        waveId: string,
        shopper: string,
        greeted: boolean,
        complete: boolean,
      ) => {
        const audit = await api('audits.create', {
          clientId: client.id,
          templateId: template.id,
          title,
          auditType: 'mystery-shop',
          auditDate: '2027-02-10',
        });
        await api('visits.update', {
          auditId: audit.id,
          changes: { siteId, waveId, shopper, scenario: 'Open a savings account' },
        });
        for (const [touchpointId, criterionId, value] of ANSWERS)
          await api('audits.setAnswer', { auditId: audit.id, touchpointId, criterionId, value });
        if (complete) {
          await api('audits.setAnswer', {
            auditId: audit.id,
            touchpointId: 'branch',
            criterionId: 'greeting',
            value: { kind: 'yesno', value: greeted },
          });
          if (!greeted)
            await api('audits.setNote', {
              auditId: audit.id,
              touchpointId: 'branch',
              criterionId: 'greeting',
              note: 'Nobody looked up for four minutes.',
            });
          await api('audits.complete', { id: audit.id });
        }
        return audit;
      };
      await visit('Q1 North', north.id, q1.id, 'Rania', true, true);
      await visit('Q1 South', south.id, q1.id, 'Mihai', false, true);
      const southQ2 = await visit('Q2 South', south.id, q2.id, 'Mihai', true, true);
      const audit = await visit('Q2 North', north.id, q2.id, 'Rania', true, false);
      await api('audits.setPosition', { auditId: audit.id, touchpointId: 'branch', criterionId: 'greeting' });

      const page = await browser().newPage({ viewport: { width: 1440, height: 900 } });
      page.setDefaultTimeout(20_000);
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(host.openUrl);
      await page.getByTestId('client-list').waitFor();
      await go(page, `#/audit/${audit.id}`);
      await page.getByTestId('visit-panel').waitFor();
      await expect.poll(() => page.locator('#touchpoint-title').innerText()).toContain('Branch counter');

      // One tap each; "greeted" by keyboard (Tab to it, Enter), which must not open the walk's note.
      await page.getByTestId('stamp-entered').click();
      await expect.poll(() => page.getByTestId('stamp-entered').getAttribute('data-stamped')).toBe('true');
      await page.getByTestId('stamp-greeted').focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.getByTestId('stamp-greeted').getAttribute('data-stamped')).toBe('true');
      expect(await page.locator('.criterion-note').count()).toBe(0);
      await page.getByTestId('stamp-served').click();
      await page.getByTestId('stamp-paid').click();
      await page.getByTestId('stamp-left').click();
      await expect.poll(() => page.getByTestId('duration-total').innerText()).not.toBe('—');
      await expect.poll(() => page.getByTestId('duration-waiting').innerText()).toMatch(/\d+ s/);
      // Tapping a stamped moment asks first; "Clear" then Undo puts it back.
      await page.getByTestId('stamp-left').click();
      await page.getByTestId('clear-left').click();
      await expect.poll(() => page.getByTestId('stamp-left').getAttribute('data-stamped')).toBe('false');
      await expect.poll(() => page.getByTestId('duration-total').innerText()).toBe('—');
      await page.getByTestId('stamp-undo').click();
      await expect.poll(() => page.getByTestId('stamp-left').getAttribute('data-stamped')).toBe('true');
      const stamped = await api('audits.get', { id: audit.id });
      expect(Object.keys(stamped.visit.timestamps).sort()).toEqual(['entered', 'greeted', 'left', 'paid', 'served']);
      expect(stamped.visit.durations.totalSeconds).not.toBeNull();

      // The greeting fails (key 2 = no): completion is blocked until it has a comment.
      await page.locator('body').click({ position: { x: 5, y: 5 } });
      await page.keyboard.press('2');
      await expect.poll(() => page.getByTestId('criterion-greeting').getAttribute('data-answered')).toBe('true');
      await page.getByTestId('visit-panel').locator('summary').click();
      await page.getByTestId('visit-site').waitFor();
      await expect.poll(() => page.getByTestId('save-indicator').getAttribute('data-state')).toBe('saved');
      await page.screenshot({ path: screenshotPath('visits-01-walk') });
      await page.getByTestId('open-completion').click();
      const panel = page.getByTestId('completion-panel');
      await expect
        .poll(() => panel.getByTestId('fails-without-comment').innerText())
        .toContain('Greeted within 30 seconds?');
      expect(await panel.getByTestId('confirm-complete').isDisabled()).toBe(true);
      const refused = await fetch(`${host.origin}api/audits.complete`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'x-journey-token': host.token },
        body: JSON.stringify({ id: audit.id }),
      });
      expect(((await refused.json()) as { ok: boolean; error: { code: string } }).error.code).toBe('AUDIT_INCOMPLETE');
      await panel.getByTestId('fails-without-comment').getByRole('button').first().click();
      await page.keyboard.press('Enter'); // the walk's key for the note of the active criterion
      await page
        .getByTestId('criterion-greeting')
        .locator('textarea')
        .fill('Staff on the phone; nobody greeted me for 4 minutes.');
      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByTestId('save-indicator').getAttribute('data-state')).toBe('saved');
      await page.getByTestId('open-completion').click();
      await page.getByTestId('completion-panel').getByTestId('confirm-complete').click();
      await expect.poll(() => page.getByTestId('audit-status').innerText()).toBe('Complete');

      // The wave view: league table with change since Q1 and trend, and the review queue.
      await go(page, `#/wave/${q2.id}`);
      await page.getByTestId('wave-table').waitFor();
      await expect.poll(() => page.getByTestId('wave-site-row').count()).toBe(2);
      const rows = await page.getByTestId('wave-site-row').allInnerTexts();
      expect(rows.join('\n')).toContain('North branch');
      // One visit per site and wave: the change is shown but, with no interval, never called real.
      await expect.poll(() => page.getByTestId('wave-table').locator('[data-verdict="no-interval"]').count()).toBe(2);
      expect(await page.getByTestId('too-few-visits').count()).toBe(2);
      expect(await page.getByTestId('wave-table').locator('[data-movement="improved"]').count()).toBe(1);
      expect(await page.getByTestId('wave-table').locator('[data-movement="regressed"]').count()).toBe(1);
      expect(await page.getByTestId('wave-table').locator('svg.sparkline').count()).toBe(2);
      await expect.poll(() => page.getByTestId('review-item').count()).toBe(2);
      await page.getByTestId('filter-shopper').selectOption('Mihai');
      await expect.poll(() => page.getByTestId('wave-site-row').count()).toBe(1);
      await page.getByTestId('filter-shopper').selectOption('');
      await expect.poll(() => page.getByTestId('wave-site-row').count()).toBe(2);
      await page.screenshot({ path: screenshotPath('visits-02-wave'), fullPage: true });

      // Return the south visit with a comment; mark the north one reviewed.
      const southItem = page.getByTestId('review-item').filter({ hasText: 'Q2 South' });
      await southItem.getByTestId('return-visit').click();
      await southItem.getByTestId('return-comment').fill('Add the name of the person at the counter.');
      await southItem.getByTestId('confirm-return').click();
      await expect.poll(() => page.getByTestId('review-item').count()).toBe(1);
      const returned = await api('audits.get', { id: southQ2.id });
      expect(returned.status).toBe('in_progress');
      expect(returned.visit.review).toMatchObject({
        status: 'returned',
        comment: 'Add the name of the person at the counter.',
      });
      await page.getByTestId('review-item').filter({ hasText: 'Q2 North' }).getByTestId('mark-reviewed').click();
      await expect.poll(() => page.getByTestId('review-item').count()).toBe(0);

      await chooseLanguage(page, 'ar');
      await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
      await expect.poll(() => page.locator('#league-title').innerText()).toBe('الفروع في هذه الموجة');
      await page.screenshot({ path: screenshotPath('visits-03-wave-arabic'), fullPage: true });
      await chooseLanguage(page, 'en');

      // The reviewed visit is locked: the walk shows it, the buttons are off, the backend refuses.
      await go(page, `#/audit/${audit.id}`);
      await expect.poll(() => page.getByTestId('visit-review').innerText()).toContain('Reviewed');
      expect(await page.getByTestId('stamp-entered').isDisabled()).toBe(true);
      await page.getByTestId('open-completion').click();
      expect(await page.getByTestId('completion-panel').getByRole('button', { name: 'Reopen' }).isDisabled()).toBe(
        true,
      );
      await page.keyboard.press('Escape');
      const write = await fetch(`${host.origin}api/audits.reopen`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'x-journey-token': host.token },
        body: JSON.stringify({ id: audit.id, reason: 'typo' }),
      });
      const body = (await write.json()) as { ok: boolean; error: { code: string; message: string } };
      expect(body.error.code).toBe('AUDIT_COMPLETE');
      expect(body.error.message).toContain('reviewed');
      // The returned visit shows the lead's comment in its walk.
      await go(page, `#/audit/${southQ2.id}`);
      await expect
        .poll(() => page.getByTestId('visit-review').innerText())
        .toContain('Add the name of the person at the counter.');
      expect(errors).toEqual([]);
      await page.close();
    } finally {
      await host.stop();
    }
  }, 120_000);
});
