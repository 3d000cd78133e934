import Database from 'better-sqlite3';
import { chooseLanguage } from '../support/choose-language';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MethodInput, MethodName } from '../../shared/contract';
import { callApi } from '../support/api-over-http';
import { OUTPUT_DIR, screenshotPath } from '../support/browser';
import { chromiumForThisFile } from '../support/chromium-for-file';
import { openHostPage, stopHostAndPages } from '../support/host-page';
import { tempDir } from '../support/temp-dir';
import { testTemplate } from '../support/test-template';
import { startWebHostProcess, type RunningWebHost } from '../support/web-host-process';

const browser = chromiumForThisFile();

const stopHost = (host: RunningWebHost) => stopHostAndPages(browser(), host);

const openPage = (host: RunningWebHost, hash: string) =>
  openHostPage(browser(), host, { viewport: { width: 1360, height: 860 }, timeout: 20_000, hash });

describe('the audit trail, through the web host', () => {
  it('shows who changed what and why, verifies the chain, names the entry an edit behind the app broke, in English and Arabic', async () => {
    const dataDir = tempDir('ja-trail-e2e-');
    const host = await startWebHostProcess(dataDir);
    try {
      const api = <M extends MethodName>(method: M, input: MethodInput<M>) =>
        callApi(host.origin, host.token, method, input);
      await api('trail.setIdentity', { actor: 'Maya Haddad', device: 'Laptop-7' });
      const client = await api('clients.create', { name: 'Cedar Bank' });
      const template = await api('templates.import', { fileName: 't.json', text: JSON.stringify(testTemplate()) });
      const audit = await api('audits.create', {
        clientId: client.id,
        templateId: template.id,
        title: 'Baseline 2027',
        site: 'Main street',
        auditDate: '2027-01-15',
      });
      const at = { auditId: audit.id, touchpointId: 'website' };
      await api('audits.setAnswer', { ...at, criterionId: 'price-shown', value: { kind: 'yesno', value: false } });
      await api('audits.setAnswer', { ...at, criterionId: 'ease', value: { kind: 'scale', value: 2 } });
      await api('audits.setAnswer', { ...at, criterionId: 'ease', value: { kind: 'scale', value: 4 } });
      await api('audits.setNote', { ...at, criterionId: 'ease', note: 'ساعات العمل في أسفل الصفحة' });
      await api('audits.setRecord', { ...at, field: 'painPoints', value: 'Fees only shown at checkout' });

      const { page, errors } = await openPage(host, `#/audit/${audit.id}`);
      await page.getByTestId('open-trail').click();
      await page.getByTestId('trail-screen').waitFor();
      await expect.poll(() => page.locator('[data-testid^="trail-entry-"]').count()).toBe(5);
      await expect(page.getByTestId('trail-entry-3').textContent()).resolves.toMatch(
        /Maya Haddad.*Laptop-7.*Answer.*2 → 4/,
      );
      await page.getByTestId('trail-verify').click();
      await expect
        .poll(() => page.getByTestId('trail-result').textContent())
        .toContain('all 5 entries and 0 photos match');
      const head = await page.getByTestId('trail-head').getAttribute('title');
      expect(head).toMatch(/^[0-9a-f]{64}$/);
      await page.screenshot({ path: screenshotPath('trail-verified-en'), fullPage: true });

      // Per criterion: only the three entries of "How easy is it to find opening hours?".
      await page.getByTestId('trail-criterion').selectOption('website/ease');
      await expect.poll(() => page.locator('[data-testid^="trail-entry-"]').count()).toBe(3);
      expect(await page.locator('[data-testid^="trail-entry-"]').first().getAttribute('data-testid')).toBe(
        'trail-entry-2',
      );

      // An answer changed behind the app's back: Verify names entry 3, the last that wrote it.
      const db = new Database(path.join(dataDir, 'journey-audit.sqlite'));
      db.prepare(
        'UPDATE answers SET value_json = \'{"kind":"scale","value":5}\' WHERE audit_id = ? AND criterion_id = \'ease\'',
      ).run(audit.id);
      db.close();
      await page.getByTestId('trail-verify').click();
      await expect
        .poll(() => page.getByTestId('trail-result').textContent())
        .toContain('Entry #3 (Answer) does not match');
      await expect.poll(() => page.getByTestId('trail-entry-3').getAttribute('class')).toBe('trail-bad');
      await page.screenshot({ path: screenshotPath('trail-broken-en'), fullPage: true });

      await chooseLanguage(page, 'ar');
      await page.getByTestId('trail-criterion').selectOption('');
      await expect.poll(() => page.locator('[data-testid^="trail-entry-"]').count()).toBe(5);
      await expect(page.locator('html').getAttribute('dir')).resolves.toBe('rtl');
      await page.getByTestId('trail-verify').click();
      await expect.poll(() => page.getByTestId('trail-result').textContent()).toContain('القيد رقم 3');
      await page.screenshot({ path: screenshotPath('trail-broken-ar'), fullPage: true });
      // The report's appendix prints the chain head and when it was verified (here: the broken trail, said so).
      await page.evaluate((id) => (window.location.hash = `#/print/${id}/-/appendix`), audit.id);
      await page.waitForSelector('html[data-print-ready="true"]', { timeout: 60_000 });
      await expect(page.getByTestId('report-trail-head').textContent()).resolves.toBe(head);
      await expect(page.getByTestId('report-trail-outcome').textContent()).resolves.toContain('3');
      await page.pdf({ path: path.join(OUTPUT_DIR, 'trail-report-ar.pdf'), format: 'A4', printBackground: true });
      await page.screenshot({ path: screenshotPath('trail-report-ar'), fullPage: true });
      expect(errors).toEqual([]);
    } finally {
      await stopHost(host);
    }
  });

  it('after a shopper is erased, Verify says how many entries it could check and how many a purge emptied', async () => {
    const dataDir = tempDir('ja-trail-purged-e2e-');
    const host = await startWebHostProcess(dataDir);
    try {
      const api = <M extends MethodName>(method: M, input: MethodInput<M>) =>
        callApi(host.origin, host.token, method, input);
      await api('trail.setIdentity', { actor: 'Rania Saleh', device: 'Phone-3' });
      const client = await api('clients.create', { name: 'Cedar Bank' });
      const template = await api('templates.import', { fileName: 't.json', text: JSON.stringify(testTemplate()) });
      const visit = await api('audits.create', {
        clientId: client.id,
        templateId: template.id,
        title: 'Visit Cluj',
        auditType: 'mystery-shop',
        auditDate: '2027-01-15',
        auditor: 'Rania Saleh',
      });
      await api('visits.update', { auditId: visit.id, changes: { shopper: 'Rania Saleh' } });
      const at = { auditId: visit.id, touchpointId: 'branch', criterionId: 'greeting' };
      await api('audits.setAnswer', { ...at, value: { kind: 'yesno', value: true } });
      await api('audits.setNote', { ...at, note: 'Greeted by name at the door' });
      const plan = await api('privacy.planErasure', { shopper: 'Rania Saleh' });
      await api('privacy.erase', { shopper: 'Rania Saleh', token: plan.token });
      const verified = await api('trail.verify', { auditId: visit.id });
      expect(verified).toMatchObject({ ok: true });
      expect(verified.redactedEntries).toBeGreaterThan(0);

      const { page, errors } = await openPage(host, `#/audit/${visit.id}`);
      await page.getByTestId('open-trail').click();
      await page.getByTestId('trail-screen').waitFor();
      await page.getByTestId('trail-verify').click();
      const checked = verified.entries - verified.redactedEntries;
      await expect
        .poll(() => page.getByTestId('trail-result').textContent())
        .toContain(`${checked} of ${verified.entries} entries and 0 photos match their hashes`);
      await expect(page.getByTestId('trail-result').textContent()).resolves.toContain(
        `The other ${verified.redactedEntries} had names and typed text removed by a privacy purge`,
      );
      await page.screenshot({ path: screenshotPath('trail-purged-en'), fullPage: true });
      await chooseLanguage(page, 'ro');
      await page.getByTestId('trail-verify').click();
      await expect
        .poll(() => page.getByTestId('trail-result').textContent())
        .toContain(`${checked} din ${verified.entries}`);
      await page.screenshot({ path: screenshotPath('trail-purged-ro'), fullPage: true });
      // The report's appendix says the same, not "all entries match".
      await page.evaluate((id) => (window.location.hash = `#/print/${id}/-/appendix`), visit.id);
      await page.waitForSelector('html[data-print-ready="true"]', { timeout: 60_000 });
      await expect(page.getByTestId('report-trail-outcome').textContent()).resolves.toContain(
        `${checked} din ${verified.entries}`,
      );
      expect(errors).toEqual([]);
    } finally {
      await stopHost(host);
    }
  });
});
