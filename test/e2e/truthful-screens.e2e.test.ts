import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi } from '../support/api-over-http';
import { screenshotPath } from '../support/browser';
import { chromiumForThisFile } from '../support/chromium-for-file';
import { tempDir } from '../support/temp-dir';
import { FOLLOW_UP_ANSWERS, testTemplate } from '../support/test-template';
import { startWebHostProcess, type RunningWebHost } from '../support/web-host-process';

/**
 * Screens that mislead (issue 17), in the browser, in English and Arabic: trends per comparable
 * series, one site registry, "not comparable" only with its reason, drafts and tests left out.
 */
const browser = chromiumForThisFile();
let host: RunningWebHost;
let ids: { clientId: string; closedId: string };

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
  // A completed audit: its list row and its walk say "Score", not "Score so far".
  const closed = await call('audits.create', {
    clientId: client.id,
    templateId: t1.id,
    title: 'Closed walk',
    site: 'Harbour',
    auditDate: '2027-04-01',
  });
  for (const [touchpointId, criterionId, value] of FOLLOW_UP_ANSWERS)
    await call('audits.setAnswer', { auditId: closed.id, touchpointId, criterionId, value });
  await call('audits.complete', { id: closed.id });
  ids = { clientId: client.id, closedId: closed.id };
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
      // The dashboard draws its sections one after another: wait for the site table's rows.
      const siteRows = page.getByTestId('sites-table').locator('tbody tr');
      await expect.poll(() => siteRows.count()).toBe(3);
      const rows = await siteRows.allInnerTexts();
      const row = (site: string) => rows.find((r) => r.includes(site))!;
      if (language === 'en') {
        expect(row('Main St')).toMatch(/Main St[\s\S]*Test journey[\s\S]*\+100\.0 pts[\s\S]*Baseline/);
        expect(row('Airport')).toContain('Earlier audits here used another template (Branch check)');
        expect(row('Harbour')).toContain('First audit at this site');
        expect(await page.getByTestId('left-out').innerText()).toContain('test audits: 1');
      } else {
        expect(row('Airport')).toContain('استخدمت التدقيقات السابقة هنا قالبًا آخر');
      }
      await page.getByTestId('sites-table').scrollIntoViewIfNeeded();
      await page.screenshot({ path: screenshotPath(`report-dashboard-series-${language}`), fullPage: true });
      await page.close();
    });
  }
});

describe('audit list', () => {
  it('shows the score, progress where unfinished, filters, and edits, re-audits and deletes with confirmation', async () => {
    const page = await openAt('#/', 'en');
    await page
      .getByTestId('client-list')
      .getByRole('button', { name: /Cedar Bank/ })
      .click();
    const list = page.getByTestId('client-audits');
    await list.getByTestId('audit-filters').waitFor();
    // The test audit is listed only when asked for.
    await expect.poll(() => list.getByTestId('audit-filter-count').innerText()).toBe('6 of 7 audits shown');
    const closedRow = list.locator('li', { hasText: 'Closed walk' });
    // Follow-up answers: 5.9 of 7 points = 84.3% (test/e2e/compare.e2e.test.ts works it out).
    expect(await closedRow.getByTestId('audit-row-score').innerText()).toMatch(/^Score\s+84\.3%$/);
    const followRow = list.locator('li', { hasText: 'Follow-up' });
    expect(await followRow.innerText()).toContain('14% answered (1 of 7)');
    expect(await followRow.getByTestId('audit-row-score').innerText()).toMatch(/^Score so far\s+100\.0%$/);
    await page.screenshot({ path: screenshotPath('report-audit-list-en'), fullPage: true });

    await list.getByTestId('audit-filter-tests').check();
    await expect.poll(() => list.getByTestId('audit-filter-count').innerText()).toBe('7 of 7 audits shown');
    await list.getByTestId('audit-filter-text').fill('airport');
    await expect.poll(() => list.locator('li').count()).toBe(2);
    await list.getByTestId('audit-filter-text').fill('');
    await list.getByTestId('audit-filter-status').selectOption('complete');
    await expect.poll(() => list.locator('li').allInnerTexts()).toEqual([expect.stringContaining('Closed walk')]);
    await list.getByTestId('audit-filter-status').selectOption('all');

    // Rename, re-date and re-assign an unfinished audit.
    await list.locator('li', { hasText: 'Other check' }).getByTestId('edit-audit').click();
    const dialog = page.getByTestId('edit-audit-dialog');
    await dialog.getByLabel('Title').fill('Other check, renamed');
    await dialog.getByLabel('Auditor').fill('Ioana');
    await dialog.getByTestId('edit-audit-date').fill('2027-03-12');
    await page.screenshot({ path: screenshotPath('report-audit-edit-en') });
    await dialog.getByTestId('save-audit').click();
    await dialog.waitFor({ state: 'detached' });
    const audits = await call('audits.list', { clientId: ids.clientId });
    expect(audits.find((a) => a.title === 'Other check, renamed')).toMatchObject({
      auditor: 'Ioana',
      auditDate: '2027-03-12',
    });

    // A complete audit's details are read-only, but a re-audit starts from it, measured against it.
    await list.locator('li', { hasText: 'Closed walk' }).getByTestId('edit-audit').click();
    expect(await dialog.getByLabel('Title').isDisabled()).toBe(true);
    await dialog.getByTestId('reaudit').click();
    await page
      .getByTestId('walk-score')
      .waitFor({ state: 'attached' })
      .catch(() => undefined);
    await expect.poll(() => page.evaluate(() => window.location.hash)).toMatch(/^#\/audit\//);
    const re = (await call('audits.list', { clientId: ids.clientId })).find(
      (a) => a.title === 'Closed walk (re-audit)',
    )!;
    expect(re).toMatchObject({ site: 'Harbour', status: 'draft' });
    expect((await call('audits.get', { id: re.id })).baselineAuditId).toBe(ids.closedId);

    // Delete asks first; Cancel keeps it.
    await page.evaluate(() => (window.location.hash = '#/'));
    await page
      .getByTestId('client-list')
      .getByRole('button', { name: /Cedar Bank/ })
      .click();
    await list.getByTestId('audit-filter-tests').check();
    await list.locator('li', { hasText: 'Practice' }).getByTestId('edit-audit').click();
    await dialog.getByTestId('delete-audit').click();
    const confirm = page.getByTestId('confirm-dialog');
    expect(await confirm.innerText()).toContain('Delete “Practice”?');
    await page.screenshot({ path: screenshotPath('report-audit-delete-en') });
    await confirm.getByRole('button', { name: 'Delete…' }).click();
    await expect
      .poll(async () => (await call('audits.list', { clientId: ids.clientId })).some((a) => a.title === 'Practice'))
      .toBe(false);
    await page.close();
  });

  it('reads right to left in Arabic, and a complete audit\'s walk says "Score"', async () => {
    const page = await openAt(`#/audit/${ids.closedId}`, 'ar');
    await expect.poll(() => page.getByTestId('walk-score').innerText()).toMatch(/^النتيجة\s/);
    await page.evaluate(() => (window.location.hash = '#/'));
    await page
      .getByTestId('client-list')
      .getByRole('button', { name: /Cedar Bank/ })
      .click();
    await page.getByTestId('audit-filters').waitFor();
    const closedRow = page.locator('li').filter({ has: page.getByText('Closed walk', { exact: true }) });
    expect(await closedRow.getByTestId('audit-row-score').innerText()).toMatch(/^النتيجة\s/);
    await page.screenshot({ path: screenshotPath('report-audit-list-ar'), fullPage: true });
    await page.close();
  });
});

describe('a report worth handing over', () => {
  for (const language of ['en', 'ar'] as const) {
    it(`writes the executive summary with a live preview, focuses the findings, and names the PDF by client, audit and date (${language})`, async () => {
      const audits = await call('audits.list', { clientId: ids.clientId });
      const closed = audits.find((a) => a.id === ids.closedId)!;
      const page = await openAt(`#/report/${closed.id}`, language);
      const writer = page.getByTestId('report-writer');
      await writer.getByTestId('report-summary-input').waitFor();
      const summary =
        language === 'en'
          ? 'The branch **greets** customers at once.\n\n- The sign is hidden\n- <script>alert(1)</script> stays text'
          : 'الفرع **يرحب** بالعملاء فورًا.\n\n- اللافتة مخفية\n- الطابور أقصر';
      await writer.getByTestId('report-summary-input').fill(summary);
      await writer.getByTestId('report-recommendations-input').fill('1. Move the sign\n2. Keep greeting');
      await writer.getByTestId('report-recommendations-input').blur();
      const preview = page.getByTestId('report-preview');
      await expect.poll(() => preview.getByTestId('report-executive-summary').locator('li').count()).toBe(2);
      await expect.poll(() => preview.getByTestId('report-executive-recommendations').locator('ol li').count()).toBe(2);
      expect(await preview.locator('script').count()).toBe(0);
      await expect
        .poll(() =>
          page
            .getByTestId('save-indicator')
            .innerText()
            .catch(() => ''),
        )
        .not.toMatch(/Saving/);
      await expect
        .poll(async () => (await call('reports.getWriting', { auditId: closed.id })).summary)
        .toBe(summary.trim());
      // Findings: the follow-up answers fail only the sign (a yes/no "No"); the branch is a moment of truth.
      const findings = preview.getByTestId('report-findings');
      expect(await findings.locator('article').count()).toBe(2);
      expect(
        await findings
          .locator('[data-criterion]')
          .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-criterion'))),
      ).toEqual(['visible']);
      await page.screenshot({ path: screenshotPath(`report-writer-${language}`), fullPage: false });

      // The export dialog names the PDF with the client, the audit and its date.
      await page.getByTestId('report-writer-export').click();
      await page.getByTestId('pdf-start').click();
      await expect
        .poll(
          () =>
            page
              .getByTestId('pdf-done')
              .innerText()
              .catch(() => ''),
          { timeout: 60_000 },
        )
        .toContain('Cedar Bank - Closed walk - 2027-04-01.pdf');
      await page.close();
    });
  }
});
