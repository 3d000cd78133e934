import fs from 'node:fs';
import { chooseLanguage } from '../support/choose-language';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshotPath } from '../support/browser';
import { chromiumForThisFile } from '../support/chromium-for-file';
import { tempDir } from '../support/temp-dir';
import { startWebHostProcess, type RunningWebHost } from '../support/web-host-process';

const browser = chromiumForThisFile();

async function openApp(host: RunningWebHost): Promise<{ page: Page; errors: string[] }> {
  const page = await browser().newPage({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
  page.setDefaultTimeout(20_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const offline: string[] = [];
  // Anything but the web host itself would be a network connection the app must not make.
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(host.origin)) return route.continue();
    offline.push(url);
    return route.abort();
  });
  await page.goto(host.openUrl);
  expect(offline).toEqual([]);
  return { page, errors };
}

describe('clients in the browser through the web host', () => {
  it('creates, validates, renames, survives a reload, and switches to Arabic right-to-left', async () => {
    const dataDir = tempDir('ja-e2e-');
    const host = await startWebHostProcess(dataDir);
    try {
      const { page, errors } = await openApp(host);

      // First start: an empty state that offers to create a client.
      await page.getByTestId('clients-empty').waitFor();
      await page.screenshot({ path: screenshotPath('clients-01-first-start') });
      expect(new URL(page.url()).hash).toBe(''); // the token left the address bar
      await page.getByRole('button', { name: 'Create a client' }).click();

      // The form shows the backend's validation errors beside the fields.
      const dialog = page.getByTestId('new-client-dialog');
      await dialog.getByLabel('Contact e-mail').fill('not-an-email');
      await dialog.getByRole('button', { name: 'Create client' }).click();
      await expect.poll(() => dialog.getByText('Name is required.').isVisible()).toBe(true);
      await expect.poll(() => dialog.getByText('Contact e-mail is not a valid e-mail address.').isVisible()).toBe(true);
      await page.screenshot({ path: screenshotPath('clients-02-validation') });

      await dialog.getByLabel('Name').fill('Cedar Bank');
      await dialog.getByLabel('Sector').fill('Retail banking');
      await dialog.getByLabel('Country').fill('Lebanon');
      await dialog.getByLabel('Contact e-mail').fill('cx@cedar.example');
      await dialog.getByRole('button', { name: 'Create client' }).click();
      await dialog.waitFor({ state: 'detached' });
      const list = page.getByTestId('client-list');
      await expect
        .poll(() => list.getByRole('button').allInnerTexts())
        .toEqual([expect.stringContaining('Cedar Bank')]);

      // Rename in place: no Save button; the header turns to Saved once the backend committed it.
      const detail = page.getByTestId('client-detail');
      await detail.getByLabel('Name').fill('Cedar Bank — بنك الأرز');
      await expect.poll(() => page.getByTestId('save-indicator').getAttribute('data-state')).toBe('saved');
      await expect.poll(() => list.getByRole('button').first().innerText()).toContain('Cedar Bank — بنك الأرز');
      await detail.getByLabel('Notes').fill('Branch audit planned; ask for Rania at the front desk.');
      await detail.getByLabel('Name').focus(); // blur saves at once
      await expect.poll(() => page.getByTestId('save-indicator').getAttribute('data-state')).toBe('saved');
      await page.screenshot({ path: screenshotPath('clients-03-list-and-detail') });

      // Clearing the name is refused with a reason, and nothing is saved.
      await detail.getByLabel('Name').fill('');
      await expect.poll(() => page.getByTestId('save-indicator').innerText()).toMatch(/Not saved: Name is required/);
      await detail.getByLabel('Name').fill('Cedar Bank — بنك الأرز');
      await expect.poll(() => page.getByTestId('save-indicator').getAttribute('data-state')).toBe('saved');

      // Reload: everything is still there, from the SQLite file.
      await page.reload();
      await list.waitFor();
      await expect
        .poll(() => list.getByRole('button').allInnerTexts())
        .toEqual([expect.stringContaining('Cedar Bank — بنك الأرز')]);
      await list.getByRole('button').first().click();
      await expect
        .poll(() => page.getByTestId('client-detail').getByLabel('Notes').inputValue())
        .toBe('Branch audit planned; ask for Rania at the front desk.');
      expect(await page.getByTestId('client-detail').getByLabel('Sector').inputValue()).toBe('Retail banking');

      // Arabic: the whole layout mirrors, and the choice persists across a reload.
      await chooseLanguage(page, 'ar');
      await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('ar');
      await expect.poll(() => page.getByRole('heading', { name: 'العملاء' }).isVisible()).toBe(true);
      const listBox = (await page.locator('.list-pane').boundingBox())!;
      const detailBox = (await page.locator('.detail-pane').boundingBox())!;
      expect(listBox.x).toBeGreaterThan(detailBox.x); // the client list sits on the right
      await page.screenshot({ path: screenshotPath('clients-04-arabic-rtl') });
      await page.reload();
      await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
      await chooseLanguage(page, 'ro');
      await expect.poll(() => page.getByRole('heading', { name: 'Clienți' }).isVisible()).toBe(true);
      await chooseLanguage(page, 'en');
      await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('ltr');

      // Archive with undo, then delete with confirmation.
      await page.getByTestId('client-list').getByRole('button').first().click();
      await page.getByRole('button', { name: 'Archive' }).click();
      await expect.poll(() => page.getByTestId('toast').innerText()).toContain('was archived');
      await page.getByTestId('toast').getByRole('button', { name: 'Undo' }).click();
      await expect.poll(() => page.getByTestId('client-list').getByRole('button').count()).toBe(1);
      await page.getByRole('button', { name: 'Delete…' }).click();
      const confirm = page.getByTestId('confirm-dialog');
      await expect.poll(() => confirm.innerText()).toContain('Delete “Cedar Bank — بنك الأرز”?');
      await page.screenshot({ path: screenshotPath('clients-05-confirm-delete') });
      await confirm.getByRole('button', { name: 'Cancel' }).click();
      expect(await page.getByTestId('client-list').getByRole('button').count()).toBe(1);
      await page.getByRole('button', { name: 'Delete…' }).click();
      await confirm.getByRole('button', { name: 'Delete client' }).click();
      await page.getByTestId('clients-empty').waitFor();

      expect(errors).toEqual([]);
    } finally {
      await host.stop();
    }
    expect(fs.existsSync(path.join(dataDir, 'journey-audit.sqlite'))).toBe(true);
  });

  it('shows a clear message instead of the app when the data file is from a newer version', async () => {
    const dataDir = tempDir('ja-e2e-newer-');
    const first = await startWebHostProcess(dataDir);
    await first.stop();
    const Database = (await import('better-sqlite3')).default;
    const db = new Database(path.join(dataDir, 'journey-audit.sqlite'));
    db.pragma('user_version = 999');
    db.close();
    const host = await startWebHostProcess(dataDir);
    try {
      const { page } = await openApp(host);
      const message = page.getByTestId('startup-error');
      await message.waitFor();
      expect(await message.getAttribute('data-code')).toBe('DB_NEWER_VERSION');
      expect(await message.innerText()).toContain('written by a newer version of Journey Audit');
      await page.screenshot({ path: screenshotPath('clients-06-newer-database') });
    } finally {
      await host.stop();
    }
  });
});
