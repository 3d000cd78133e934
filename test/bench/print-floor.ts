import fs from 'node:fs';
import path from 'node:path';
import {
  PDF_FOOTER_TEMPLATE,
  PDF_HEADER_TEMPLATE,
  PDF_MARGINS_MM,
  READ_PRINT_STATE,
  type PrintState,
} from '../../electron/pdf/pdf-layout';
import { launchChromium } from '../support/browser';
import { once, type Row } from './measure';

/**
 * The PDF floor: the finished print view saved as one static HTML file (its styles inlined, its
 * scripts removed, photos already in it as data addresses), then printed by Chromium with the
 * app's page options. Timed from loading the file to the PDF bytes: what printing costs when
 * nothing has to be fetched or drawn by the app.
 */
export async function staticPrintFloor(openUrl: string, hash: string, dir: string, label: string): Promise<Row> {
  const chromium = await launchChromium();
  try {
    const page = await chromium.browser.newPage({ viewport: { width: 1100, height: 1400 } });
    await page.goto(openUrl);
    await page.waitForFunction(() => !window.location.hash.includes('token='));
    await page.evaluate((h) => (window.location.hash = h), hash);
    for (;;) {
      const state = (await page.evaluate(READ_PRINT_STATE)) as PrintState;
      if (state.error) throw new Error(state.error);
      if (state.ready) break;
      await new Promise((r) => setTimeout(r, 150));
    }
    await page.emulateMedia({ media: 'print' });
    const html = await page.evaluate(() => {
      const css = [...document.styleSheets]
        .map((sheet) => {
          try {
            return [...sheet.cssRules].map((r) => r.cssText).join('\n');
          } catch {
            return '';
          }
        })
        .join('\n');
      const clone = document.documentElement.cloneNode(true) as HTMLElement;
      clone.querySelectorAll('script, link[rel="stylesheet"], link[rel="modulepreload"]').forEach((n) => n.remove());
      const style = document.createElement('style');
      style.textContent = css;
      clone.querySelector('head')!.appendChild(style);
      return `<!doctype html>${clone.outerHTML}`;
    });
    const file = path.join(dir, 'static-print.html');
    fs.writeFileSync(file, html);
    const staticPage = await chromium.browser.newPage({ viewport: { width: 1100, height: 1400 } });
    const started = performance.now();
    await staticPage.goto(`file://${file}`, { waitUntil: 'load' });
    await staticPage.emulateMedia({ media: 'print' });
    await staticPage.pdf({
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: PDF_HEADER_TEMPLATE,
      footerTemplate: PDF_FOOTER_TEMPLATE,
      margin: {
        top: `${PDF_MARGINS_MM.top}mm`,
        right: `${PDF_MARGINS_MM.right}mm`,
        bottom: `${PDF_MARGINS_MM.bottom}mm`,
        left: `${PDF_MARGINS_MM.left}mm`,
      },
    });
    return once(`floor: Chromium printing ${label} saved as static HTML`, performance.now() - started);
  } finally {
    await chromium.close();
  }
}
