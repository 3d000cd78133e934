import fs from 'node:fs';
import { chooseLanguage } from '../support/choose-language';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATES } from '../../shared/templates/builtin';
import { screenshotPath } from '../support/browser';
import { chromiumForThisFile } from '../support/chromium-for-file';
import { tempDir } from '../support/temp-dir';
import { startWebHostProcess, type RunningWebHost } from '../support/web-host-process';

const browser = chromiumForThisFile();

async function openApp(host: RunningWebHost): Promise<{ page: Page; errors: string[] }> {
  const page = await browser().newPage({
    viewport: { width: 1280, height: 860 },
    locale: 'en-US',
    acceptDownloads: true,
  });
  page.setDefaultTimeout(20_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // Radix dialogs' scroll lock inserts a <style> element, which the strict CSP blocks (harmlessly); anything else counts.
  page.on(
    'console',
    (m) =>
      m.type() === 'error' &&
      !/Applying inline style violates the following Content Security Policy directive 'style-src/.test(m.text()) &&
      errors.push(m.text()),
  );
  const offline: string[] = [];
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

const saved = (page: Page) =>
  expect.poll(() => page.getByTestId('save-indicator').getAttribute('data-state'), { timeout: 10_000 }).toBe('saved');
const questions = (page: Page) =>
  page
    .getByTestId('criteria-list')
    .getByTestId('criterion-question')
    .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));

describe('templates in the browser through the web host', () => {
  it('lists the built-ins, duplicates and edits one in the outline editor, exports it, and refuses a broken import', async () => {
    const englishNames = BUILTIN_TEMPLATES.map((b) => b.versions.en.name);
    expect(englishNames).toHaveLength(4);
    const dataDir = tempDir('ja-e2e-templates-');
    const host = await startWebHostProcess(dataDir);
    try {
      const { page, errors } = await openApp(host);
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Templates' }).click();

      // The library: four built-in templates in the interface's language, and a clear empty state for own ones.
      const builtins = page.getByTestId('builtin-templates');
      await expect.poll(() => builtins.getByTestId('template-row').count()).toBe(4);
      expect((await builtins.locator('.tpl-open').allInnerTexts()).sort()).toEqual([...englishNames].sort());
      expect(await builtins.locator('.tpl-badge').allInnerTexts()).toEqual([
        'Built-in',
        'Built-in',
        'Built-in',
        'Built-in',
      ]);
      await expect
        .poll(() => page.getByTestId('own-templates-empty').innerText())
        .toContain('No templates of your own yet');
      expect(await builtins.getByRole('button', { name: /^Delete/ }).count()).toBe(0);
      await page.getByTestId('template-language-filter').selectOption('all');
      await expect.poll(() => builtins.getByTestId('template-row').count()).toBe(12);
      await page.getByTestId('template-language-filter').selectOption('en');
      await expect.poll(() => builtins.getByTestId('template-row').count()).toBe(4);
      await page.screenshot({ path: screenshotPath('templates-01-library'), fullPage: true });

      // A built-in opens read-only, with "Duplicate to edit".
      const source = englishNames[0]!;
      await builtins
        .getByTestId('template-row')
        .filter({ hasText: source })
        .getByRole('button', { name: `View: ${source}` })
        .click();
      const editor = page.getByTestId('template-editor');
      await expect.poll(() => editor.getAttribute('data-readonly')).toBe('true');
      expect(await page.getByTestId('template-name').getAttribute('readonly')).not.toBeNull();
      expect(await page.getByTestId('add-stage').count()).toBe(0);
      await page.getByTestId('outline-touchpoint').first().click();
      expect(await page.getByTestId('add-criterion').count()).toBe(0);
      await page.screenshot({ path: screenshotPath('templates-02-builtin-read-only'), fullPage: true });

      // Duplicate to edit: the copy opens, editable.
      await page.getByTestId('duplicate-to-edit').click();
      await expect.poll(() => editor.getAttribute('data-readonly')).toBe('false');
      await expect.poll(() => page.getByTestId('template-title').innerText()).toBe(`${source} (copy)`);
      const copyId = decodeURIComponent(new URL(page.url()).hash.replace('#/template/', ''));
      await expect(page.getByTestId('version-note').innerText()).resolves.toContain(
        'Audits keep the version they started on; edits here apply to new audits.',
      );

      // Rename the first stage.
      await page.getByTestId('outline-stage').first().click();
      await page.getByTestId('stage-name').fill('Arrival and welcome');
      await saved(page);
      await expect.poll(() => page.getByTestId('outline-stage').first().innerText()).toContain('Arrival and welcome');

      // A name the backend refuses is listed with where it is, beside the field, and the header says Not saved.
      await page.getByTestId('stage-name').fill('');
      await expect
        .poll(() => page.getByTestId('template-problems').innerText(), { timeout: 10_000 })
        .toMatch(/Stage 1: Stage name is required\./);
      await expect.poll(() => page.getByTestId('save-indicator').getAttribute('data-state')).toBe('failed');
      await page.getByTestId('stage-name').fill('Arrival and welcome');
      await saved(page);
      expect(await page.getByTestId('template-problems').count()).toBe(0);

      // Add a touchpoint to that stage: its name field takes the focus with the text selected, so typing replaces it.
      const stageTouchpoints = await page
        .getByTestId('stage-list')
        .locator(':scope > li')
        .first()
        .getByTestId('outline-touchpoint')
        .count();
      await page.getByTestId('add-touchpoint').first().click();
      await expect
        .poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid))
        .toBe('touchpoint-name');
      await page.keyboard.type('Queue ticket kiosk');
      await page.getByTestId('touchpoint-panel').getByLabel('Channel').fill('Branch');
      await page.getByTestId('touchpoint-panel').getByLabel('Kind').selectOption('physical');
      await page.getByTestId('touchpoint-panel').getByRole('switch', { name: 'Moment of truth' }).check();
      await expect
        .poll(() =>
          page.getByTestId('stage-list').locator(':scope > li').first().getByTestId('outline-touchpoint').count(),
        )
        .toBe(stageTouchpoints + 1);

      // Two criteria, added with the mouse and typed with the keyboard.
      await page.getByTestId('add-criterion').click();
      await page.keyboard.type('Is the kiosk working?');
      await page.getByTestId('add-criterion').click();
      await page.keyboard.type('Are the instructions easy to read?');
      const second = page.getByTestId('criterion').nth(1);
      await second.getByTestId('criterion-weight').fill('3');
      await second.getByTestId('criterion-scale').selectOption('options');
      await expect.poll(() => second.getByTestId('options-editor').isVisible()).toBe(true);
      await expect.poll(() => questions(page)).toEqual(['Is the kiosk working?', 'Are the instructions easy to read?']);

      // Reorder with the keyboard: Alt+ArrowUp on the focused criterion moves it up, and the focus stays with it.
      await second.getByTestId('criterion-question').focus();
      await page.keyboard.press('Alt+ArrowUp');
      await expect.poll(() => questions(page)).toEqual(['Are the instructions easy to read?', 'Is the kiosk working?']);
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe(
        'Are the instructions easy to read?',
      );
      await saved(page);

      // And by drag: the handle of the second touchpoint of the first stage, dropped above the first.
      const firstStage = page.getByTestId('stage-list').locator(':scope > li').first();
      const tpNames = () => firstStage.getByTestId('outline-touchpoint').allInnerTexts();
      const before = await tpNames();
      expect(before.length).toBeGreaterThanOrEqual(2);
      const handle = firstStage.locator('.tpl-tp').nth(1).locator('.tpl-handle');
      const target = (await firstStage.locator('.tpl-tp').nth(0).boundingBox())!;
      const from = (await handle.boundingBox())!;
      await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
      await page.mouse.down();
      for (let i = 1; i <= 8; i++)
        await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2 - ((from.y - target.y + 4) * i) / 8);
      await page.mouse.up();
      await expect.poll(() => tpNames()).toEqual([before[1], before[0], ...before.slice(2)]);
      await saved(page);
      await page.screenshot({ path: screenshotPath('templates-03-editor'), fullPage: true });

      // Reload: everything came back from the SQLite file.
      await page.reload();
      await editor.waitFor();
      await expect.poll(() => page.getByTestId('outline-stage').first().innerText()).toContain('Arrival and welcome');
      await expect.poll(() => tpNames()).toEqual([before[1], before[0], ...before.slice(2)]);
      await page.getByTestId('outline-touchpoint').filter({ hasText: 'Queue ticket kiosk' }).click();
      await expect.poll(() => questions(page)).toEqual(['Are the instructions easy to read?', 'Is the kiosk working?']);
      expect(await page.getByTestId('criterion').nth(0).getByTestId('criterion-weight').inputValue()).toBe('3');
      expect(await page.getByTestId('criterion').nth(0).getByTestId('criterion-scale').inputValue()).toBe('options');
      expect(
        await page.getByTestId('touchpoint-panel').getByRole('switch', { name: 'Moment of truth' }).isChecked(),
      ).toBe(true);

      // Export: a .journey-template.json file with the renamed stage.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('export-template').click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/\.journey-template\.json$/);
      const exported = JSON.parse(fs.readFileSync((await download.path())!, 'utf8')) as {
        name: string;
        stages: { name: string }[];
        touchpoints: { name: string; criteria: { question: string }[] }[];
      };
      expect(exported.name).toBe(`${source} (copy)`);
      expect(exported.stages[0]!.name).toBe('Arrival and welcome');
      expect(
        exported.touchpoints.find((tp) => tp.name === 'Queue ticket kiosk')!.criteria.map((c) => c.question),
      ).toEqual(['Are the instructions easy to read?', 'Is the kiosk working?']);

      // Arabic: the editor mirrors, the outline moves to the right.
      await chooseLanguage(page, 'ar');
      await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
      await expect
        .poll(() => page.getByTestId('version-note').innerText())
        .toContain('تحتفظ التدقيقات بالإصدار الذي بدأت عليه');
      const outlineBox = (await page.getByTestId('template-outline').boundingBox())!;
      const panelBox = (await page.getByTestId('touchpoint-panel').boundingBox())!;
      expect(outlineBox.x).toBeGreaterThan(panelBox.x);
      await page.screenshot({ path: screenshotPath('templates-04-editor-arabic'), fullPage: true });
      await chooseLanguage(page, 'en');
      await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('ltr');

      // Back in the library, the copy is listed as one of ours.
      await page.getByRole('button', { name: 'All templates' }).click();
      const own = page.getByTestId('own-templates');
      await expect.poll(() => own.getByTestId('template-row').count()).toBe(1);
      expect(await own.getByTestId('template-row').getAttribute('data-template-id')).toBe(copyId);

      // A broken file is refused with the backend's reason, and nothing is imported.
      const broken = structuredClone(exported) as unknown as { touchpoints: { criteria: { weight: number }[] }[] };
      broken.touchpoints[0]!.criteria[0]!.weight = -2;
      await page.getByTestId('template-import-input').setInputFiles({
        name: 'broken.journey-template.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(broken)),
      });
      const alert = page.getByTestId('import-error');
      await expect.poll(() => alert.innerText()).toContain('“broken.journey-template.json” was not imported.');
      const alertText = await alert.innerText();
      expect(alertText).toContain('This file is not a valid Journey Audit template');
      expect(alertText).toMatch(/touchpoint 1 \(".*"\), criterion 1 \(".*"\), "weight": must be at least 0/);
      expect(await own.getByTestId('template-row').count()).toBe(1);
      await page.screenshot({ path: screenshotPath('templates-05-import-error'), fullPage: true });

      // A good file imports.
      await page.getByTestId('template-import-input').setInputFiles({
        name: 'good.journey-template.json',
        mimeType: 'application/json',
        buffer: fs.readFileSync((await download.path())!),
      });
      await expect.poll(() => page.getByTestId('toast').innerText()).toContain('was imported');
      await expect.poll(() => own.getByTestId('template-row').count()).toBe(2);
      expect(await page.getByTestId('import-error').count()).toBe(0);

      // Delete one of ours, with confirmation.
      await own
        .getByTestId('template-row')
        .first()
        .getByRole('button', { name: /^Delete/ })
        .click();
      const confirm = page.getByTestId('confirm-dialog');
      await expect.poll(() => confirm.innerText()).toContain('cannot be undone');
      await confirm.getByRole('button', { name: 'Delete template' }).click();
      await expect.poll(() => own.getByTestId('template-row').count()).toBe(1);

      expect(errors).toEqual([]);
    } finally {
      await host.stop();
    }
  });
});
