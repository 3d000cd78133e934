import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { MethodInput, MethodName } from '../../shared/contract';
import { AFTER_COLOUR, BEFORE_COLOUR } from '../../renderer/src/components/charts/palette';
import { callApi } from '../support/api-over-http';
import { barGroups, overlappingLabels } from '../support/chart-geometry';
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
      // Weight and knock-out badges are each one piece: one line box, nothing clipped (website: weight; branch: knock-out).
      const badges = () =>
        page
          .locator('.question .badge')
          .evaluateAll((els) =>
            els.map((e) => [e.getClientRects().length, e.scrollWidth <= e.clientWidth + 1, e.className]),
          );
      const onWebsite = await badges();
      await page.locator('body').click({ position: { x: 5, y: 400 } });
      await page.keyboard.press('PageDown');
      await expect.poll(() => page.locator('.question .badge-critical').count()).toBe(1);
      const all = [...onWebsite, ...(await badges())];
      expect(all.map(([lines, whole]) => [lines, whole])).toEqual([
        [1, true],
        [1, true],
      ]);
      await page.close();
    } finally {
      await host.stop();
    }
  });

  it(
    'ten stages at 1024 px: map scrolls sideways on screen, the file picker speaks Arabic, a visit leaves room for the criteria',
    { timeout: 180_000 },
    async () => {
      const host = await startWebHostProcess(tempDir('ja-rtl-10-'));
      const api = <M extends MethodName>(method: M, input: MethodInput<M>) =>
        callApi(host.origin, host.token, method, input);
      try {
        const stages = Array.from({ length: 10 }, (_, i) => ({
          id: `s${i}`,
          name: `Stage ${i + 1} customer onboarding`,
        }));
        const touchpoints = stages.flatMap((st, i) =>
          [0, 1].map((j) => ({
            id: `t${i}-${j}`,
            stageId: st.id,
            name: `Touchpoint ${i + 1}.${j + 1}`,
            kind: j ? ('human' as const) : ('digital' as const),
            channel: 'Store',
            criteria: [
              {
                id: 'a',
                question: 'Was the notification clear and timely?',
                scale: { type: 'yesno' as const },
                weight: 2,
                critical: true,
              },
              { id: 'b', question: 'How easy was it?', scale: { type: 'scale5' as const } },
              { id: 'c', question: 'Was the price shown?', scale: { type: 'yesno' as const } },
            ],
          })),
        );
        const client = await api('clients.create', { name: 'Cedar Bank' });
        const template = await api('templates.import', {
          fileName: 'ten.json',
          text: JSON.stringify(testTemplate({ name: 'Ten stages', stages, touchpoints })),
        });
        const make = async (
          title: string,
          auditDate: string,
          auditType: 'walkthrough' | 'mystery-shop',
          yes: boolean,
        ) => {
          const a = await api('audits.create', {
            clientId: client.id,
            templateId: template.id,
            title,
            auditType,
            auditDate,
          });
          for (const tp of touchpoints)
            await api('audits.setAnswer', {
              auditId: a.id,
              touchpointId: tp.id,
              criterionId: 'c',
              value: { kind: 'yesno', value: yes },
            });
          return a;
        };
        const before = await make('Before', '2027-01-10', 'walkthrough', false);
        const after = await make('After', '2027-03-10', 'walkthrough', true);
        const visit = await make('Visit', '2027-02-10', 'mystery-shop', true);
        const wave = await api('waves.create', {
          clientId: client.id,
          name: 'Wave 2 – Q1 2027',
          startsOn: '2027-01-01',
          endsOn: '2027-03-31',
        });
        const site = await api('sites.create', { clientId: client.id, name: 'Cluj Center' });
        await api('visits.update', {
          auditId: visit.id,
          changes: { siteId: site.id, waveId: wave.id, shopper: 'Rania' },
        });
        await api('audits.setPosition', { auditId: visit.id, touchpointId: 't0-0', criterionId: 'a' });
        await api('settings.update', { language: 'ar' });
        const page = await browser().newPage({ viewport: { width: 1024, height: 700 } });
        page.setDefaultTimeout(20_000);
        await page.goto(host.openUrl);
        await page.getByTestId('client-list').waitFor();

        // The journey map: its horizontal scrollbar is inside the window, and the last stage can be reached.
        await go(page, `#/map/${after.id}`);
        await page.getByTestId('journey-map').waitFor();
        const scroller = await page.locator('.map-scroll').evaluate((el) => ({
          bottom: el.getBoundingClientRect().bottom,
          scrollWidth: el.scrollWidth,
          clientWidth: el.clientWidth,
        }));
        expect(scroller.bottom).toBeLessThanOrEqual(700);
        expect(scroller.scrollWidth).toBeGreaterThan(scroller.clientWidth);
        await page.screenshot({ path: screenshotPath('rtl-ar-map-1024') });

        // Compare at 1024 px, ten stages: right to left, the first stage is on the right and inside each
        // group "before" reads first (on the right); the ten wrapped stage labels never overlap.
        await go(page, `#/compare/${client.id}/${before.id}/${after.id}`);
        await page.getByTestId('comparison').waitFor();
        const chart = page.getByTestId('compare-stage-chart');
        await chart.scrollIntoViewIfNeeded();
        await expect.poll(() => chart.locator('.recharts-bar-rectangle path').count(), { timeout: 30_000 }).toBe(20);
        const groups = await barGroups(page, 'compare-stage-chart');
        expect([...groups].sort((a, b) => b.centre - a.centre).map((g) => g.label)).toEqual(stages.map((s) => s.name));
        expect(groups.map((g) => g.fills)).toEqual(groups.map(() => [AFTER_COLOUR, BEFORE_COLOUR]));
        expect(overlappingLabels(groups)).toEqual([]);
        // The emotion curve before and after names the same ten stages, wrapped the same way.
        const emotionLabels = await barGroups(page, 'emotion-before-after');
        expect(emotionLabels).toHaveLength(10);
        expect(overlappingLabels(emotionLabels)).toEqual([]);
        await page.screenshot({ path: screenshotPath('rtl-ar-compare-1024'), fullPage: true });

        // The file picker: our words, not the browser's.
        await go(page, '#/packages');
        await page.locator('.file-picker').waitFor();
        const picker = await page.locator('.file-picker').innerText();
        expect(picker).toContain('اختر ملفًا');
        expect(picker).toContain('لم يُختر أي ملف');
        expect(picker).not.toMatch(/Choose|No file/);

        // A mystery visit at 1024×700: at least three criteria start above the fold.
        await go(page, `#/audit/${visit.id}`);
        await page.getByTestId('visit-panel').waitFor();
        const tops = await page
          .locator('.criterion')
          .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().top));
        expect(tops.filter((top) => top < 700).length).toBeGreaterThanOrEqual(3);
        const summary = await page.getByTestId('visit-panel').locator('summary').innerText();
        expect(summary).toMatch(/Cluj Center · Wave 2 – Q1 2027 · Rania/);
        await page.screenshot({ path: screenshotPath('rtl-ar-visit-1024x700') });
        await page.close();
      } finally {
        await host.stop();
      }
    },
  );
});
