import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { MethodInput, MethodName } from '../../shared/contract';
import { callApi } from '../support/api-over-http';
import { screenshotPath } from '../support/browser';
import { chromiumForThisFile } from '../support/chromium-for-file';
import { tempDir } from '../support/temp-dir';
import { BASELINE_ANSWERS, testTemplate } from '../support/test-template';
import { startWebHostProcess } from '../support/web-host-process';

const browser = chromiumForThisFile();

async function go(page: Page, hash: string) {
  await page.evaluate((h) => {
    window.location.hash = h;
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, hash);
}

/** Where each character of an element's text is drawn (x of its box), to check visual order. */
function charXs(page: Page, selector: string) {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const out: { ch: string; x: number }[] = [];
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (let i = 0; i < text.length; i++) {
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const box = range.getBoundingClientRect();
          if (box.width > 0) out.push({ ch: text[i]!, x: box.x });
        }
      }
      return out;
    });
}

describe('right to left and layout', () => {
  it('Arabic "Score here" reads 83.3% (the percent sign after the number, left to right)', async () => {
    const host = await startWebHostProcess(tempDir('ja-rtl-'));
    const api = <M extends MethodName>(method: M, input: MethodInput<M>) =>
      callApi(host.origin, host.token, method, input);
    try {
      const client = await api('clients.create', { name: 'Cedar Bank' });
      const template = await api('templates.import', { fileName: 't.json', text: JSON.stringify(testTemplate()) });
      const audit = await api('audits.create', {
        clientId: client.id,
        templateId: template.id,
        title: 'Baseline',
        auditType: 'walkthrough',
        auditDate: '2027-01-10',
      });
      for (const [touchpointId, criterionId, value] of BASELINE_ANSWERS)
        await api('audits.setAnswer', { auditId: audit.id, touchpointId, criterionId, value });
      await api('audits.setPosition', { auditId: audit.id, touchpointId: 'website', criterionId: 'price-shown' });
      await api('settings.update', { language: 'ar' });
      const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(host.openUrl);
      await page.getByTestId('client-list').waitFor();
      await go(page, `#/audit/${audit.id}`);
      await page.getByTestId('touchpoint-score').waitFor();
      // Website: yes (2 of 2) and 3 on 1-5 (2 of 4, weight 1) → (2 + 0.5) / 3 = 83.3%.
      const xs = await charXs(page, '[data-testid="touchpoint-score"] strong');
      const text = xs.map((c) => c.ch).join('');
      expect(text).toContain('83.3%');
      const percent = xs.find((c) => c.ch === '%')!;
      const eight = xs.find((c) => c.ch === '8')!;
      expect(percent.x).toBeGreaterThan(eight.x); // drawn to the right of the digits: "83.3%", not "%83.3"
      await page.screenshot({ path: screenshotPath('rtl-ar-score-here') });
      await page.close();
    } finally {
      await host.stop();
    }
  });
});
