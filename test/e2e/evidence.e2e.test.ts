import { execFileSync } from 'node:child_process';
import { chooseLanguage } from '../support/choose-language';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { MethodInput, MethodName } from '../../shared/contract';
import { callApi } from '../support/api-over-http';
import { OUTPUT_DIR, screenshotPath } from '../support/browser';
import { chromiumForThisFile } from '../support/chromium-for-file';
import { openHostPage, stopHostAndPages } from '../support/host-page';
import { tempDir } from '../support/temp-dir';
import { FOLLOW_UP_ANSWERS, testTemplate } from '../support/test-template';
import { startWebHostProcess, type RunningWebHost } from '../support/web-host-process';

const browser = chromiumForThisFile();

const stopHost = (host: RunningWebHost) => stopHostAndPages(browser(), host);

const openPage = (host: RunningWebHost, hash: string) =>
  openHostPage(browser(), host, { viewport: { width: 1360, height: 900 }, timeout: 30_000, hash });

/** A shop-front photo: a grey wall with a red "face" at the top-left, taken on a phone with GPS. */
const photo = async () => {
  const face = await sharp({ create: { width: 120, height: 120, channels: 3, background: '#ff0000' } })
    .png()
    .toBuffer();
  return sharp({ create: { width: 640, height: 480, channels: 3, background: '#8a8f98' } })
    .composite([{ input: face, left: 40, top: 40 }])
    .jpeg({ quality: 92 })
    .withExifMerge({
      IFD0: { Make: 'Samsung', Model: 'Galaxy S23' },
      IFD2: { DateTimeOriginal: '2027:01:15 10:02:11', OffsetTimeOriginal: '+02:00' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '44/1 25/1 3000/100',
        GPSLongitudeRef: 'E',
        GPSLongitude: '26/1 6/1 0/1',
      },
    })
    .toBuffer();
};

/** Drags across the markup canvas between two points given as fractions of its size. */
async function dragOnCanvas(page: Page, from: [number, number], to: [number, number]) {
  const box = (await page.locator('[data-testid="markup-canvas"] canvas').first().boundingBox())!;
  await page.mouse.move(box.x + box.width * from[0], box.y + box.height * from[1]);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * ((from[0] + to[0]) / 2), box.y + box.height * ((from[1] + to[1]) / 2), {
    steps: 4,
  });
  await page.mouse.move(box.x + box.width * to[0], box.y + box.height * to[1], { steps: 4 });
  await page.mouse.up();
}

const pixelAt = async (dataUrl: string, x: number, y: number) => {
  const { data, info } = await sharp(Buffer.from(dataUrl.split(',')[1]!, 'base64'))
    .raw()
    .toBuffer({ resolveWithObject: true });
  const i = (y * info.width + x) * info.channels;
  return [data[i]!, data[i + 1]!, data[i + 2]!];
};

describe('photo markup, redaction, capture facts and sign-off, through the web host', () => {
  it('redacts a face in the editor, completes, signs, prints the signature on the cover, loses it on reopen; in English and Arabic', async () => {
    const dataDir = tempDir('ja-evidence-e2e-');
    const host = await startWebHostProcess(dataDir);
    try {
      const api = <M extends MethodName>(method: M, input: MethodInput<M>) =>
        callApi(host.origin, host.token, method, input);
      const client = await api('clients.create', { name: 'Cedar Bank' });
      const template = await api('templates.import', {
        fileName: 't.json',
        text: JSON.stringify(testTemplate({ redactionRequired: true })),
      });
      const audit = await api('audits.create', {
        clientId: client.id,
        templateId: template.id,
        title: 'Branch visit',
        site: 'Main street',
        auditDate: '2027-01-15',
      });
      for (const [tp, cr, value] of FOLLOW_UP_ANSWERS)
        await api('audits.setAnswer', { auditId: audit.id, touchpointId: tp, criterionId: cr, value });
      const added = await api('evidence.add', {
        auditId: audit.id,
        touchpointId: 'website',
        fileName: 'counter.jpg',
        dataBase64: (await photo()).toString('base64'),
      });

      const { page, errors } = await openPage(host, `#/audit/${audit.id}`);
      await page.getByTestId('evidence').waitFor();
      await page.locator('.walk-outline .outline-item', { hasText: 'Website' }).click();
      await expect(page.getByTestId('redaction-waiting').textContent()).resolves.toContain(
        '1 photo here is not reviewed',
      );
      // The capture facts, shown on the photo.
      await page.locator('.thumb').first().click();
      await expect(page.getByTestId('capture-facts').textContent()).resolves.toMatch(/Samsung Galaxy S23/);
      await expect(page.getByTestId('capture-facts').textContent()).resolves.toMatch(/44\.42500, 26\.10000/);
      await page.screenshot({ path: screenshotPath('evidence-capture-en') });
      await page.keyboard.press('Escape');

      // Completion waits for the redaction review: the panel lists the photo, and the backend refuses too.
      await page.getByTestId('open-completion').click();
      await expect(page.getByTestId('photos-unredacted').textContent()).resolves.toContain('counter.jpg');
      await expect(page.getByTestId('confirm-complete').isDisabled()).resolves.toBe(true);
      await page.screenshot({ path: screenshotPath('evidence-completion-waiting-en') });
      await page.keyboard.press('Escape');
      const refused = await callApi(host.origin, host.token, 'audits.complete', { id: audit.id }).catch(
        (e: Error) => e.message,
      );
      expect(String(refused)).toMatch(/redacted before the visit is completed/);

      await page.getByTestId('markup-open').first().click();
      await page.getByTestId('markup-editor').waitFor();
      await page.locator('[data-testid="markup-canvas"] canvas').first().waitFor();
      await page.locator('[data-tool="redact-solid"]').click();
      await dragOnCanvas(page, [0.04, 0.04], [0.3, 0.36]); // over the face (40..160 of 640 × 480)
      await page.locator('[data-tool="arrow"]').click();
      await dragOnCanvas(page, [0.8, 0.8], [0.55, 0.55]);
      await page.locator('[data-tool="text"]').click();
      await page.getByLabel('Label text (click the photo to place it)').fill('Queue <here>');
      const box = (await page.locator('[data-testid="markup-canvas"] canvas').first().boundingBox())!;
      await page.mouse.click(box.x + box.width * 0.55, box.y + box.height * 0.45);
      await expect(page.getByTestId('markup-count').textContent()).resolves.toContain('2 marks, 1 redaction boxes');
      await page.screenshot({ path: screenshotPath('evidence-markup-en') });
      await page.getByRole('button', { name: 'Save markup' }).click();
      await page.getByTestId('markup-editor').waitFor({ state: 'detached' });
      await page.locator('[data-badge="redacted"]').waitFor();
      await page.screenshot({ path: screenshotPath('evidence-walk-redacted-en') });
      await expect(page.getByTestId('redaction-waiting').count()).resolves.toBe(0);

      // What the app and its exports show: the redacted copy (the face is black), the original unchanged.
      const shown = await api('evidence.image', { id: added.id, variant: 'display' });
      const [r, g, b] = await pixelAt(shown.dataUrl, 100, 100);
      expect(r + g + b).toBeLessThan(40);
      const original = await api('evidence.image', { id: added.id, variant: 'original' });
      expect((await pixelAt(original.dataUrl, 100, 100))[0]).toBeGreaterThan(200);

      // Complete in the app, then sign.
      await page.getByTestId('open-completion').click();
      await page.getByTestId('confirm-complete').click();
      await page.getByTestId('signoff-open').click();
      await page.getByLabel('Name').fill('Ana Pop');
      await page.getByLabel('Role').fill('Branch manager');
      const pad = (await page.getByTestId('signature-pad').boundingBox())!;
      await page.mouse.move(pad.x + 30, pad.y + 120);
      await page.mouse.down();
      for (const [x, y] of [
        [80, 60],
        [130, 140],
        [180, 50],
        [240, 130],
        [300, 80],
      ] as const)
        await page.mouse.move(pad.x + x, pad.y + y, { steps: 5 });
      await page.mouse.up();
      await page.screenshot({ path: screenshotPath('evidence-signoff-dialog-en') });
      await page.getByRole('button', { name: 'Sign', exact: true }).click();
      await expect
        .poll(() => page.getByTestId('signoff').textContent())
        .toMatch(/Signed by\s+\u2068?Ana Pop\u2069? \(\u2068?Branch manager\u2069?\)/);
      await page.screenshot({ path: screenshotPath('evidence-signed-en') });
      const history = await api('trail.history', { auditId: audit.id });
      expect(history.entries.at(-1)!.field).toBe('signoff');

      // The cover carries the signature; the report's photo is the redacted copy.
      await page.evaluate((id) => (window.location.hash = `#/print/${id}/-/cover,findings`), audit.id);
      await page.waitForSelector('html[data-print-ready="true"]', { timeout: 90_000 });
      await expect(page.getByTestId('cover-signoff').textContent()).resolves.toContain('Ana Pop');
      const pdf = path.join(OUTPUT_DIR, 'evidence-cover-en.pdf');
      await page.pdf({ path: pdf, format: 'A4', printBackground: true });
      execFileSync('pdftoppm', [
        '-png',
        '-r',
        '60',
        '-f',
        '1',
        '-l',
        '1',
        pdf,
        path.join(OUTPUT_DIR, 'screenshots', 'evidence-cover-en'),
      ]);

      // Reopened: the signature is gone, and the walk says whose it was.
      await api('audits.reopen', { id: audit.id, reason: 'Client disputes the queue' });
      await page.evaluate((id) => (window.location.hash = `#/audit/${id}`), audit.id);
      await page.getByTestId('signoff-lost').waitFor();
      await page.locator('.walk-outline .outline-item', { hasText: 'Website' }).click();
      await expect(page.getByTestId('signoff-lost').textContent()).resolves.toContain(
        'was removed when the audit was reopened',
      );

      // Arabic: the same screens, mirrored; the photo itself is not.
      await chooseLanguage(page, 'ar');
      await expect(page.locator('html').getAttribute('dir')).resolves.toBe('rtl');
      await expect(page.getByTestId('signoff-lost').textContent()).resolves.toContain('أُزيل توقيع');
      await page.screenshot({ path: screenshotPath('evidence-signoff-lost-ar') });
      await page.getByTestId('markup-open').first().click();
      await page.getByTestId('markup-editor').waitFor();
      await expect(page.getByTestId('markup-count').textContent()).resolves.toContain('2 علامات، 1 مربعات إخفاء');
      await expect(page.locator('.markup-stage-wrap').evaluate((e) => getComputedStyle(e).direction)).resolves.toBe(
        'ltr',
      );
      await page.locator('[data-tool="redact-blur"]').click();
      await dragOnCanvas(page, [0.6, 0.1], [0.9, 0.3]);
      await page.screenshot({ path: screenshotPath('evidence-markup-ar') });
      await page.getByRole('button', { name: 'حفظ العلامات' }).click();
      await page.getByTestId('markup-editor').waitFor({ state: 'detached' });
      await expect.poll(async () => (await api('audits.get', { id: audit.id })).evidence[0]!.markup?.length).toBe(4);
      expect((await api('trail.verify', { auditId: audit.id })).ok).toBe(true);

      // The export dialog: the PDF's originals tick (off) and the trail as CSV beside the data files.
      await page.getByTestId('open-export').click();
      await page.getByTestId('export-dialog').waitFor();
      await expect(page.getByTestId('pdf-originals').isChecked()).resolves.toBe(false);
      await page.getByTestId('data-export-trail').waitFor();
      await page.screenshot({ path: screenshotPath('evidence-export-dialog-ar') });
      await page.keyboard.press('Escape');
      // The package export: originals for this one export only, off by default.
      await page.evaluate((id) => (window.location.hash = `#/packages/${id}`), client.id);
      await page.getByTestId('include-originals').waitFor();
      await expect(page.getByTestId('include-originals').isChecked()).resolves.toBe(false);
      await page.screenshot({ path: screenshotPath('evidence-package-export-ar'), fullPage: true });
      // The template's switch.
      await chooseLanguage(page, 'en');
      await page.evaluate((id) => (window.location.hash = `#/template/${id}`), template.id);
      await page.getByTestId('template-settings').waitFor();
      await expect(page.getByTestId('template-settings').textContent()).resolves.toContain(
        'Photos must be redacted before completion',
      );
      await page.getByTestId('template-settings').screenshot({ path: screenshotPath('evidence-template-setting-en') });
      expect(errors).toEqual([]);
      expect(fs.existsSync(path.join(OUTPUT_DIR, 'screenshots', 'evidence-cover-en-1.png'))).toBe(true);
    } finally {
      await stopHost(host);
    }
  });
});
