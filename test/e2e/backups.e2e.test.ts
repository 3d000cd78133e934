import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createBackend, DATABASE_FILE_NAME } from '../../electron/backend/backend';
import { dispatchOk } from '../support/dispatch';
import { screenshotPath } from '../support/browser';
import { chromiumForThisFile } from '../support/chromium-for-file';
import { tempDir } from '../support/temp-dir';
import { startWebHostProcess, type RunningWebHost } from '../support/web-host-process';

const browser = chromiumForThisFile();

async function openApp(host: RunningWebHost, locale: string, hash = ''): Promise<Page> {
  const page = await browser().newPage({ viewport: { width: 1280, height: 860 }, locale });
  page.setDefaultTimeout(20_000);
  await page.goto(host.openUrl);
  await page.waitForFunction(() => !location.hash.includes('token='));
  if (hash) await page.evaluate((h) => (location.hash = h), hash);
  return page;
}

async function seed(dataDir: string, language: 'en' | 'ar') {
  const backend = createBackend({ dataDir, host: 'web', version: 'test' });
  await dispatchOk(backend, 'settings.update', { language });
  for (const name of ['Cedar Bank', 'Olive Grocers', 'Mistral Telecom'])
    await dispatchOk(backend, 'clients.create', { name });
  await dispatchOk(backend, 'backups.create', {});
  backend.close();
}

function damage(file: string) {
  const db = new Database(file);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.pragma('journal_mode = DELETE');
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const root = db.prepare("SELECT rootpage FROM sqlite_master WHERE name = 'clients'").pluck().get() as number;
  db.close();
  const fd = fs.openSync(file, 'r+');
  fs.writeSync(fd, Buffer.alloc(pageSize, 0x5a), 0, pageSize, (root - 1) * pageSize);
  fs.closeSync(fd);
}

describe('Settings → Backups and the damaged-file screen', () => {
  it.each(['en', 'ar'] as const)(
    'lists, makes and restores backups; a damaged file is restored in one click (%s)',
    async (lang) => {
      const dataDir = tempDir('ja-e2e-backups-');
      await seed(dataDir, lang);
      let host = await startWebHostProcess(dataDir);
      try {
        const page = await openApp(host, lang === 'ar' ? 'ar' : 'en-US', '#/settings');
        const section = page.getByTestId('backups-section');
        await section.getByTestId('backups-table').waitFor();
        expect(await section.getByTestId('backup-row').count()).toBe(1);
        await section.getByTestId('backups-create').click();
        await expect.poll(() => section.getByTestId('backup-row').count(), { timeout: 15_000 }).toBe(2);
        expect(await page.locator('html').getAttribute('dir')).toBe(lang === 'ar' ? 'rtl' : 'ltr');
        await section.scrollIntoViewIfNeeded();
        await page.screenshot({ path: screenshotPath(`backups-01-settings-${lang}`), fullPage: true });
        await section.getByTestId('backup-restore').first().click();
        await page.getByTestId('confirm-dialog').waitFor();
        await page.screenshot({ path: screenshotPath(`backups-02-confirm-${lang}`) });
        await page.getByTestId('confirm-dialog').getByRole('button').last().click();
        // The app reloads on the restored file; the list now also holds the copy set aside before the restore.
        await expect.poll(() => section.getByTestId('backup-row').count(), { timeout: 20_000 }).toBe(3);
        await page.close();
        await host.stop();

        damage(path.join(dataDir, DATABASE_FILE_NAME));
        host = await startWebHostProcess(dataDir);
        const broken = await openApp(host, lang === 'ar' ? 'ar' : 'en-US');
        await broken.getByTestId('startup-error').waitFor();
        expect(await broken.getByTestId('startup-error').getAttribute('data-code')).toBe('DB_DAMAGED');
        await broken.getByTestId('startup-restore-newest').waitFor();
        await broken.screenshot({ path: screenshotPath(`backups-03-damaged-${lang}`) });
        await broken.getByTestId('startup-restore-newest').click();
        await broken.getByText('Mistral Telecom').first().waitFor({ timeout: 20_000 });
        expect(await broken.getByTestId('startup-error').count()).toBe(0);
        await broken.screenshot({ path: screenshotPath(`backups-04-restored-${lang}`) });
        expect(
          fs.readdirSync(path.join(dataDir, 'backups', 'set-aside')).some((f) => f.endsWith('-damaged.sqlite')),
        ).toBe(true);
      } finally {
        await host.stop();
      }
    },
  );
});
