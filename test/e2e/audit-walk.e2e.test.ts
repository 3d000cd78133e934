import path from 'node:path';
import { chooseLanguage } from '../support/choose-language';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { touchpointsInScope, type AnswerValue } from '../../shared/domain/audit';
import type { Criterion } from '../../shared/domain/template';
import { callApi } from '../support/api-over-http';
import { testTemplate } from '../support/test-template';
import { screenshotPath } from '../support/browser';
import { chromiumForThisFile } from '../support/chromium-for-file';
import { openHostPage } from '../support/host-page';
import { tempDir } from '../support/temp-dir';
import { startWebHostProcess, type RunningWebHost } from '../support/web-host-process';

const browser = chromiumForThisFile();

/** The key a consultant presses for each scale, and the answer it must store. */
function keyFor(c: Criterion, n: number): { key: string; expected: AnswerValue } {
  switch (c.scale.type) {
    case 'yesno':
      return n % 3 === 0
        ? { key: '2', expected: { kind: 'yesno', value: false } }
        : { key: '1', expected: { kind: 'yesno', value: true } };
    case 'scale5':
      return { key: String(2 + (n % 4)), expected: { kind: 'scale', value: 2 + (n % 4) } };
    case 'scale10':
      return { key: '8', expected: { kind: 'scale', value: 8 } };
    case 'options':
      return { key: '1', expected: { kind: 'option', optionId: c.scale.options[0]!.id } };
    case 'perChannel':
      return { key: 'n', expected: { kind: 'na' } };
  }
}

const openPage = (host: RunningWebHost) =>
  openHostPage(browser(), host, { viewport: { width: 1440, height: 900 }, timeout: 20_000 });

describe('the guided audit walk, keyboard first, through the web host', () => {
  it('scores 22 touchpoints by keyboard alone, keeps a photo, survives a SIGKILL of the host, and draws the journey map', async () => {
    const dataDir = tempDir('ja-walk-');
    let host = await startWebHostProcess(dataDir);
    try {
      const client = await callApi(host.origin, host.token, 'clients.create', {
        name: 'Cedar Bank',
        sector: 'Retail banking',
      });
      let { page, errors } = await openPage(host);

      // Set up the audit from built-in template (1) through the UI.
      await page
        .getByTestId('client-list')
        .getByRole('button', { name: /Cedar Bank/ })
        .click();
      await page
        .getByTestId('client-audits')
        .getByRole('button', { name: /New audit/ })
        .click();
      const dialog = page.getByTestId('new-audit-dialog');
      const templates = await callApi(host.origin, host.token, 'templates.list', { language: 'en' });
      const journey = templates.find((t) => t.builtinKey === 'omnichannel-journey')!;
      await dialog.getByTestId('audit-template').selectOption(journey.id);
      await dialog.getByLabel('Title').fill('Baseline audit 2027');
      await dialog.getByLabel('Site or location').fill('Main street branch');
      await dialog.getByLabel('Walked as (persona)').fill('First-time customer');
      await dialog.getByRole('button', { name: 'Start the walk' }).click();
      await page.getByTestId('audit-walk').waitFor();
      const auditId = decodeURIComponent(/#\/audit\/([^/]+)/.exec(page.url())![1]!);
      const audit = await callApi(host.origin, host.token, 'audits.get', { id: auditId });
      const walk = touchpointsInScope(audit.definition, audit.scope).map((w) => w.touchpoint);
      expect(walk.length).toBeGreaterThanOrEqual(25);

      const expected = new Map<string, AnswerValue>();
      let n = 0;
      const scoreTouchpoints = async (from: number, to: number) => {
        for (let i = from; i < to; i++) {
          const tp = walk[i]!;
          await expect.poll(() => page.locator('#touchpoint-title').innerText()).toContain(tp.name);
          await page.keyboard.press(`Shift+Digit${1 + (i % 5)}`); // the customer's emotion here
          for (const c of tp.criteria) {
            const { key, expected: value } = keyFor(c, n++);
            await expect.poll(() => page.getByTestId(`criterion-${c.id}`).getAttribute('aria-current')).toBe('step');
            await page.keyboard.press(key);
            expected.set(`${tp.id}/${c.id}`, value);
          }
          await expect.poll(() => page.getByTestId(`outline-${tp.id}`).getAttribute('class')).toContain('state-done');
        }
      };

      await scoreTouchpoints(0, 3);
      // Evidence on the current (fourth) touchpoint: a real JPEG through the file picker.
      const photo = path.join(tempDir('ja-photo-'), 'queue.jpg');
      await sharp({ create: { width: 2400, height: 1600, channels: 3, background: { r: 30, g: 90, b: 160 } } })
        .jpeg()
        .toFile(photo);
      await page.getByTestId('evidence-input').setInputFiles(photo);
      await expect.poll(() => page.getByTestId('evidence').locator('img').count()).toBe(1);
      await page.getByTestId('record-painPoints').fill('Queue ticket screen was off; نظام الدور معطل');
      await page.locator('body').click({ position: { x: 5, y: 5 } }); // blur saves
      await scoreTouchpoints(3, 12);
      await expect.poll(() => page.getByTestId('save-indicator').getAttribute('data-state')).toBe('saved');
      // Where the auditor is goes on a queue of its own (it never holds up an answer): wait for it as for Saved.
      await expect
        .poll(
          async () => (await callApi(host.origin, host.token, 'audits.get', { id: auditId })).position?.touchpointId,
        )
        .toBe(walk[12]!.id);
      await page.screenshot({ path: screenshotPath('walk-01-english'), fullPage: false });

      // Kill the host outright, mid-walk: no shutdown, no flush.
      await host.stop('SIGKILL');
      await page.close();
      host = await startWebHostProcess(dataDir);
      ({ page, errors } = await openPage(host));

      // Home offers to resume; the walk opens where the auditor stopped.
      await page
        .getByTestId('recent-audits')
        .getByRole('button', { name: /Baseline audit 2027/ })
        .click();
      await expect.poll(() => page.locator('#touchpoint-title').innerText()).toContain(walk[12]!.name);
      const afterKill = await callApi(host.origin, host.token, 'audits.get', { id: auditId });
      for (const [key, value] of expected) {
        const [tpId, cId] = key.split('/');
        expect(afterKill.answers.find((a) => a.touchpointId === tpId && a.criterionId === cId)?.value, key).toEqual(
          value,
        );
      }
      expect(afterKill.evidence).toHaveLength(1);
      expect(afterKill.records.find((r) => r.touchpointId === walk[3]!.id)?.painPoints).toBe(
        'Queue ticket screen was off; نظام الدور معطل',
      );
      expect(afterKill.records.filter((r) => r.emotion !== null)).toHaveLength(12);

      await scoreTouchpoints(12, 22);
      await expect.poll(() => page.getByTestId('save-indicator').getAttribute('data-state')).toBe('saved');
      const final = await callApi(host.origin, host.token, 'audits.get', { id: auditId });
      const answered22 = walk.slice(0, 22).reduce((s, tp) => s + tp.criteria.length, 0);
      expect(final.answered).toBe(answered22);
      expect(final.answers.filter((a) => a.value !== null)).toHaveLength(expected.size);
      await expect
        .poll(() => page.getByTestId('overall-progress').innerText())
        .toContain(`${answered22} of ${final.total} answered`);

      // Completing lists what is left; Escape closes the list.
      await page.getByTestId('open-completion').click();
      await expect
        .poll(() => page.getByTestId('unanswered-list').locator('li').count())
        .toBe(Math.min(100, final.total - answered22));
      await page.screenshot({ path: screenshotPath('walk-02-unanswered') });
      await page.keyboard.press('Escape');

      // Keyboard help.
      await page.keyboard.press('?');
      await page.getByTestId('keyboard-help').waitFor();
      // Next touchpoint first, with the arrow that goes there in this reading direction.
      expect(
        await page
          .getByTestId('keyboard-help')
          .getByRole('row', { name: /touchpoint/ })
          .innerText(),
      ).toContain('→ PgDn · ← PgUp');
      await page.screenshot({ path: screenshotPath('walk-03-keyboard-help') });
      await page.keyboard.press('Escape');

      // The journey map: columns, cards and the emotion curve.
      await page.getByRole('button', { name: 'Journey map' }).click();
      await page.getByTestId('journey-map').waitFor();
      await expect.poll(() => page.getByTestId('emotion-curve').locator('.recharts-line-curve').count()).toBe(1);
      expect(
        await page.getByTestId('emotion-curve').locator('.recharts-line-dots circle, .recharts-dot').count(),
      ).toBeGreaterThanOrEqual(3);
      expect(await page.locator('.map-card').count()).toBe(walk.length);
      await page.screenshot({ path: screenshotPath('map-01-english'), fullPage: true });
      await page.getByTestId(`map-card-${walk[5]!.id}`).click();
      await expect.poll(() => page.locator('#touchpoint-title').innerText()).toContain(walk[5]!.name);

      // Arabic: the walk and the map mirror.
      await chooseLanguage(page, 'ar');
      await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
      const outline = (await page.locator('.walk-outline').boundingBox())!;
      const main = (await page.locator('.walk-main').boundingBox())!;
      expect(outline.x).toBeGreaterThan(main.x);
      await page.screenshot({ path: screenshotPath('walk-04-arabic') });
      await page.getByRole('button', { name: 'خريطة الرحلة' }).click();
      await page.getByTestId('journey-map').waitFor();
      await expect.poll(() => page.getByTestId('emotion-curve').locator('.recharts-line-curve').count()).toBe(1);
      await page.screenshot({ path: screenshotPath('map-02-arabic'), fullPage: true });
      expect(errors).toEqual([]);
      expect(client.id).toBe(final.clientId);
    } finally {
      await host.stop();
    }
  });

  it('lays out a journey map of 40 touchpoints in Arabic: every card readable, the curve above the columns', async () => {
    const stageNames = ['الوعي', 'الاستكشاف', 'الشراء', 'الاستخدام', 'الخدمة والدعم'];
    const perStage = [12, 10, 8, 6, 4];
    const kinds = ['digital', 'human', 'physical'] as const;
    const touchpoints = perStage.flatMap((n, s) =>
      Array.from({ length: n }, (_, i) => ({
        id: `tp-${s}-${i}`,
        stageId: `stage-${s}`,
        // Long names and mixed scripts are the hard case for a narrow card.
        name:
          i % 4 === 0
            ? `نقطة اتصال طويلة الاسم جدًا رقم ${i + 1} في مرحلة ${stageNames[s]} (Online banking app)`
            : `نقطة ${i + 1}`,
        kind: kinds[(s + i) % 3]!,
        channel: i % 2 ? 'الفرع' : 'Web / app',
        momentOfTruth: i === 1,
        criteria: [
          { id: 'a', question: `سؤال أ ${i}`, scale: { type: 'yesno' as const } },
          { id: 'b', question: `سؤال ب ${i}`, scale: { type: 'scale5' as const } },
        ],
      })),
    );
    const template = testTemplate({
      name: 'خريطة كبيرة',
      language: 'ar',
      stages: stageNames.map((name, s) => ({ id: `stage-${s}`, name })),
      touchpoints,
    });
    const dataDir = tempDir('ja-map40-');
    const host = await startWebHostProcess(dataDir);
    try {
      const client = await callApi(host.origin, host.token, 'clients.create', { name: 'بنك الأرز' });
      const imported = await callApi(host.origin, host.token, 'templates.import', {
        fileName: 'big.json',
        text: JSON.stringify(template),
      });
      const audit = await callApi(host.origin, host.token, 'audits.create', {
        clientId: client.id,
        templateId: imported.id,
        title: 'تدقيق كبير',
        auditDate: '2027-03-01',
      });
      for (const [n, tp] of touchpoints.entries()) {
        await callApi(host.origin, host.token, 'audits.setAnswer', {
          auditId: audit.id,
          touchpointId: tp.id,
          criterionId: 'a',
          value: { kind: 'yesno', value: n % 5 !== 0 },
        });
        await callApi(host.origin, host.token, 'audits.setRecord', {
          auditId: audit.id,
          touchpointId: tp.id,
          field: 'emotion',
          value: 1 + ((n * 7) % 5),
        });
        if (n % 6 === 0)
          await callApi(host.origin, host.token, 'audits.setRecord', {
            auditId: audit.id,
            touchpointId: tp.id,
            field: 'painPoints',
            value: 'الانتظار طويل عند الشباك؛ no queue ticket',
          });
      }
      const { page, errors } = await openPage(host);
      await chooseLanguage(page, 'ar');
      await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
      await page.goto(`${host.origin}#/map/${audit.id}`);
      await page.getByTestId('journey-map').waitFor();
      await expect.poll(() => page.locator('.map-card').count()).toBe(40);
      await expect.poll(() => page.getByTestId('emotion-curve').locator('.recharts-line-curve').count()).toBe(1);

      await page.screenshot({ path: screenshotPath('map-03-forty-touchpoints-arabic'), fullPage: true });

      // Nothing on a card is cut off or spills over its neighbour.
      const overflowing = await page
        .locator('.map-card')
        .evaluateAll((cards) =>
          cards.flatMap((card) =>
            [card, ...Array.from(card.querySelectorAll<HTMLElement>('*'))]
              .filter((el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflow !== 'hidden')
              .map((el) => `${card.getAttribute('data-testid')}: ${el.className}`),
          ),
        );
      expect(overflowing).toEqual([]);
      // Columns in reading order: the first stage on the right, under its point of the curve.
      const columnX = await page
        .locator('.map-column')
        .evaluateAll((cols) => cols.map((c) => c.getBoundingClientRect().x));
      expect(columnX).toEqual([...columnX].sort((a, b) => b - a));
      const ticks = await page
        .getByTestId('emotion-curve')
        .locator('.recharts-cartesian-axis-tick-label')
        .evaluateAll((els) =>
          els.map((e) => ({
            text: e.textContent,
            x: e.getBoundingClientRect().x + e.getBoundingClientRect().width / 2,
          })),
        );
      const first = await page.locator('.map-column').first().boundingBox();
      const firstTick = ticks.find((tk) => tk.text === stageNames[0]);
      expect(firstTick, JSON.stringify(ticks)).toBeDefined();
      expect(firstTick!.x).toBeGreaterThan(first!.x);
      expect(firstTick!.x).toBeLessThan(first!.x + first!.width);
      // Pain points show on the cards that have them.
      expect(await page.locator('.map-card', { hasText: 'الانتظار طويل' }).count()).toBe(7);
      expect(errors).toEqual([]);
    } finally {
      await host.stop();
    }
  });
});
