import path from 'node:path';
import { chooseLanguage } from '../support/choose-language';
import sharp from 'sharp';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { MethodInput, MethodName } from '../../shared/contract';
import { callApi } from '../support/api-over-http';
import { screenshotPath } from '../support/browser';
import { chromiumForThisFile } from '../support/chromium-for-file';
import { tempDir } from '../support/temp-dir';
import { testTemplate } from '../support/test-template';
import { startWebHostProcess } from '../support/web-host-process';

const browser = chromiumForThisFile();

/** A walk whose first touchpoint asks 0–10, then yes/no, then 1–5. */
const template = testTemplate({
  name: 'Keys',
  touchpoints: [
    {
      id: 'desk',
      stageId: 'before',
      name: 'Front desk',
      kind: 'human',
      channel: 'Store',
      criteria: [
        { id: 'likely', question: 'Likelihood to come back', scale: { type: 'scale10' } },
        { id: 'greeted', question: 'Greeted?', scale: { type: 'yesno' } },
        { id: 'ease', question: 'Ease', scale: { type: 'scale5' } },
      ],
    },
    {
      id: 'exit',
      stageId: 'during',
      name: 'Exit',
      kind: 'physical',
      channel: 'Store',
      criteria: [{ id: 'sign', question: 'Sign visible?', scale: { type: 'yesno' } }],
    },
    {
      id: 'hours',
      stageId: 'during',
      name: 'Opening hours',
      kind: 'digital',
      channel: 'All',
      criteria: [
        {
          id: 'same-hours',
          question: 'Opening hours on each channel?',
          scale: { type: 'perChannel', channels: ['Web', 'Phone', 'Store'] },
        },
      ],
    },
  ],
});

async function start() {
  const host = await startWebHostProcess(tempDir('ja-walk-keys-'));
  const api = <M extends MethodName>(method: M, input: MethodInput<M>) =>
    callApi(host.origin, host.token, method, input);
  const client = await api('clients.create', { name: 'Keys Bank' });
  const t = await api('templates.import', { fileName: 'keys.json', text: JSON.stringify(template) });
  const audit = await api('audits.create', {
    clientId: client.id,
    templateId: t.id,
    title: 'Keys audit',
    auditType: 'walkthrough',
    auditDate: '2027-02-10',
  });
  const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
  page.setDefaultTimeout(20_000);
  await page.goto(host.openUrl);
  await page.getByTestId('client-list').waitFor();
  await page.evaluate((h) => {
    window.location.hash = h;
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, `#/audit/${audit.id}`);
  await page.getByTestId('audit-walk').waitFor();
  const answers = async () =>
    Object.fromEntries(
      (await api('audits.get', { id: audit.id })).answers
        .filter((a) => a.value !== null) // a cleared answer is unanswered
        .map((a) => [a.criterionId, JSON.stringify(a.value)]),
    );
  return { host, api, audit, page, answers };
}

const settled = (page: Page) =>
  expect.poll(() => page.getByTestId('save-indicator').getAttribute('data-state')).toMatch(/saved|idle/);
const active = (page: Page) => page.locator('.criterion.active').getAttribute('data-testid');

describe('walk keys take no typed text as answers', () => {
  it('"10" typed slowly is 10, and its 0 never answers the next yes/no', async () => {
    const { host, page, answers } = await start();
    try {
      await page.locator('#touchpoint-title').click();
      await page.keyboard.press('1');
      await page.waitForTimeout(1600); // slower than the wait for a 0: the walk has moved on
      await page.keyboard.press('0');
      await settled(page);
      await page.waitForTimeout(300);
      const got = await answers();
      expect(got.likely).toBe(JSON.stringify({ kind: 'scale', value: 10 }));
      expect(got.greeted).toBeUndefined();
      // 1 then 0 at once is 10 too; 0 alone on a yes/no does nothing (it is not in the key sheet).
      await expect.poll(() => active(page)).toBe('criterion-greeted');
      await page.keyboard.press('0');
      await page.waitForTimeout(300);
      expect((await answers()).greeted).toBeUndefined();
    } finally {
      await page.close();
      await host.stop();
    }
  });

  it('free text typed with the walk focused changes no answer, and says so', async () => {
    const { host, page, answers } = await start();
    try {
      await page.locator('#touchpoint-title').click();
      await page.keyboard.press('7'); // one real answer first
      await settled(page);
      const before = await answers();
      await page.keyboard.type('yes the staff knew nothing, 10 people waited. Nobody greeted me; exit J K N', {
        delay: 30,
      });
      await page.getByTestId('typing-paused').waitFor();
      await page.waitForTimeout(500);
      await settled(page);
      expect(await answers()).toEqual(before);
      await expect.poll(() => active(page)).toBe('criterion-greeted');
    } finally {
      await page.close();
      await host.stop();
    }
  });

  it('Enter on a focused sidebar item opens it, not a note; typing after closing the photo viewer answers nothing', async () => {
    const { host, api, audit, page, answers } = await start();
    try {
      await page.getByTestId('outline-exit').focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('#touchpoint-title').innerText()).toContain('Exit');
      expect(await page.locator('.criterion-note').count()).toBe(0);

      const photo = path.join(tempDir('ja-keys-photo-'), 'door.jpg');
      await sharp({ create: { width: 400, height: 300, channels: 3, background: { r: 200, g: 90, b: 60 } } })
        .jpeg()
        .toFile(photo);
      await page.getByTestId('evidence-input').setInputFiles(photo);
      await page.locator('.thumb').first().click();
      await page.getByRole('dialog').waitFor();
      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
      const before = await answers();
      await page.keyboard.type('The door sign was hidden by a plant, 2 metres in', { delay: 20 });
      await page.waitForTimeout(500);
      await settled(page);
      expect(await answers()).toEqual(before);
      expect((await api('audits.get', { id: audit.id })).evidence).toHaveLength(1);
    } finally {
      await page.close();
      await host.stop();
    }
  });

  it('answer buttons are reachable by Tab (Enter and Space choose); a per-channel question takes its documented keys', async () => {
    const { host, page, answers } = await start();
    try {
      await page.locator('#touchpoint-title').click();
      // Tab through the walk: the answer buttons of each criterion are stops, in order.
      const reached: string[] = [];
      for (let i = 0; i < 40 && !reached.includes('criterion-greeted No'); i++) {
        await page.keyboard.press('Tab');
        const at = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          const row = el?.closest('.criterion');
          return el?.classList.contains('answer-button') && row
            ? `${row.getAttribute('data-testid')} ${el.querySelector('span')?.textContent}`
            : null;
        });
        if (at) reached.push(at);
      }
      expect(reached.slice(0, 11)).toEqual(Array.from({ length: 11 }, (_, n) => `criterion-likely ${n}`));
      expect(reached.slice(-2)).toEqual(['criterion-greeted Yes', 'criterion-greeted No']);
      // Reaching a criterion's buttons highlights it, so its keys act there too.
      expect(await active(page)).toBe('criterion-greeted');
      await page.keyboard.press('Enter');
      await expect.poll(async () => (await answers()).greeted).toBe(JSON.stringify({ kind: 'yesno', value: false }));
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press(' ');
      await expect.poll(async () => (await answers()).greeted).toBe(JSON.stringify({ kind: 'yesno', value: true }));
      expect((await answers()).likely).toBeUndefined();
      // Space or Enter again on the chosen answer keeps it (a space meant for a note must not clear it); a click clears.
      await page.keyboard.press(' ');
      await page.keyboard.press('Enter');
      await settled(page);
      expect((await answers()).greeted).toBe(JSON.stringify({ kind: 'yesno', value: true }));
      await page.getByTestId('criterion-greeted').getByRole('button', { name: /Yes/ }).click();
      await expect.poll(async () => (await answers()).greeted).toBeUndefined();
      await page.getByTestId('criterion-greeted').getByRole('button', { name: /Yes/ }).click();
      await expect.poll(async () => (await answers()).greeted).toBe(JSON.stringify({ kind: 'yesno', value: true }));

      // The per-channel question: its channels show their keys; 2 puts the cursor in Phone, Tab goes on to Store.
      await page.keyboard.press('PageDown');
      await page.keyboard.press('PageDown');
      await expect.poll(() => active(page)).toBe('criterion-same-hours');
      expect(await page.locator('.criterion.active .channel-answer kbd').allInnerTexts()).toEqual(['1', '2', '3']);
      await page.keyboard.press('2');
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-channel-index')))
        .toBe('1');
      await page.keyboard.type('9-17');
      await page.keyboard.press('Tab');
      await page.keyboard.type('10-18');
      await page.keyboard.press('Escape');
      await settled(page);
      await expect
        .poll(async () => (await answers())['same-hours'])
        .toBe(JSON.stringify({ kind: 'channels', values: { Phone: '9-17', Store: '10-18' } }));
      // Esc gave the keys back to the walk: 1 now goes to the Web field.
      await page.keyboard.press('1');
      await page.keyboard.type('9-18');
      await page.screenshot({ path: screenshotPath('walk-keys-01-channels-en') });
      await page.reload();
      await page.getByTestId('audit-walk').waitFor();
      await expect
        .poll(async () => (await answers())['same-hours'])
        .toBe(JSON.stringify({ kind: 'channels', values: { Phone: '9-17', Store: '10-18', Web: '9-18' } }));
      await chooseLanguage(page, 'ar');
      await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
      await page.screenshot({ path: screenshotPath('walk-keys-02-channels-ar') });
    } finally {
      await page.close();
      await host.stop();
    }
  });
});
