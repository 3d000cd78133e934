import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { MethodInput, MethodName } from '../../shared/contract';
import { callApi } from '../support/api-over-http';
import { screenshotPath } from '../support/browser';
import { chromiumForThisFile } from '../support/chromium-for-file';
import { tempDir } from '../support/temp-dir';
import { testTemplate } from '../support/test-template';
import { startWebHostProcess, type RunningWebHost } from '../support/web-host-process';

const browser = chromiumForThisFile();

async function start() {
  const host: RunningWebHost = await startWebHostProcess(tempDir('ja-autosave-e2e-'));
  const api = <M extends MethodName>(method: M, input: MethodInput<M>) =>
    callApi(host.origin, host.token, method, input);
  const client = await api('clients.create', { name: 'Cedar Bank' });
  const template = await api('templates.import', {
    fileName: 'shop.json',
    text: JSON.stringify(testTemplate({ name: 'Branch visit' })),
  });
  const audit = (auditType: 'walkthrough' | 'mystery-shop') =>
    api('audits.create', {
      clientId: client.id,
      templateId: template.id,
      title: `${auditType} audit`,
      auditType,
      auditDate: '2027-02-10',
    });
  const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
  page.setDefaultTimeout(20_000);
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(host.openUrl);
  await page.getByTestId('client-list').waitFor();
  return { host, api, client, audit, page, pageErrors };
}

async function go(page: Page, hash: string) {
  await page.evaluate((h) => {
    window.location.hash = h;
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, hash);
}

const header = (page: Page) => page.getByTestId('save-indicator');

describe('one autosave for every field: nothing typed is lost, the header tells the truth', () => {
  it('customer metrics keep saving: the CES scale right after CSAT, then mean, FCR, TTR, AHT; a wrong box is Not saved in the header', async () => {
    const { host, api, audit, page } = await start();
    try {
      const a = await audit('walkthrough');
      await go(page, `#/metrics/${a.id}`);
      await page.getByTestId('metrics-panel').waitFor();
      for (const [i, n] of ['1', '2', '3', '10', '20'].entries())
        await page.getByTestId(`metric-csatCounts-${i + 1}`).fill(n);
      // Within a second of the last count: the 5-point scale.
      const ces = page.getByTestId('metrics-ces');
      await ces.getByText('5 points').click();
      await expect.poll(() => ces.getByRole('radio', { name: '5 points' }).isChecked()).toBe(true);
      await ces.getByText('Mean', { exact: true }).click();
      await page.getByTestId('metric-cesMean').fill('4.1');
      await page.getByTestId('metric-fcrContacts').fill('40');
      await page.getByTestId('metric-fcrResolved').fill('30');
      await page.getByTestId('metric-ttrHours').fill('5');
      await page.getByTestId('metric-ahtMinutes').fill('7.5');
      await expect.poll(() => header(page).getAttribute('data-state')).toBe('saved');
      const stored = (await api('metrics.get', { auditId: a.id })).inputs;
      expect(stored).toMatchObject({
        csatCounts: [1, 2, 3, 10, 20],
        cesScale: 5,
        cesMean: 4.1,
        fcrContacts: 40,
        fcrResolved: 30,
        ttrHours: 5,
        ahtMinutes: 7.5,
      });

      // A wrong box: Not saved at the box and in the header; the other boxes still save.
      await page.getByTestId('metric-ttrHours').fill('five');
      await expect.poll(() => header(page).getAttribute('data-state')).toBe('invalid');
      expect(await header(page).innerText()).toContain('Not saved');
      expect(await page.getByTestId('metric-ttrHours').getAttribute('aria-invalid')).toBe('true');
      await page.getByTestId('metric-ahtMinutes').fill('9');
      await expect.poll(async () => (await api('metrics.get', { auditId: a.id })).inputs.ahtMinutes).toBe(9);
      expect((await api('metrics.get', { auditId: a.id })).inputs.ttrHours).toBe(5);
      expect(await header(page).getAttribute('data-state')).toBe('invalid');
      await page.screenshot({ path: screenshotPath('autosave-01-metrics-invalid') });
      await page.getByTestId('metric-ttrHours').fill('6');
      await expect.poll(() => header(page).getAttribute('data-state')).toBe('saved');
      expect((await api('metrics.get', { auditId: a.id })).inputs.ttrHours).toBe(6);
    } finally {
      await page.close();
      await host.stop();
    }
  });

  it('visit Scenario and Shopper save while typing: Tab between them keeps every letter, a reload at once keeps the name', async () => {
    const { host, api, audit, page } = await start();
    try {
      const a = await audit('mystery-shop');
      await go(page, `#/audit/${a.id}`);
      await page.getByTestId('visit-panel').locator('summary').click();
      await page.getByTestId('visit-scenario').click();
      await page.keyboard.type('Open a savings account');
      await page.keyboard.press('Tab');
      await page.keyboard.type('Rania');
      await expect.poll(() => header(page).getAttribute('data-state')).toBe('saved');
      const first = (await api('audits.get', { id: a.id })).visit;
      expect([first.scenario, first.shopper]).toEqual(['Open a savings account', 'Rania']);
      // Type and reload at once: the name is there after the reload.
      await page.getByTestId('visit-shopper').fill('Rania Haddad');
      await page.reload();
      await page.getByTestId('visit-panel').locator('summary').click();
      await expect.poll(() => page.getByTestId('visit-shopper').inputValue()).toBe('Rania Haddad');
      expect((await api('audits.get', { id: a.id })).visit.shopper).toBe('Rania Haddad');
      // A shopper typed just before tapping "Entered" is kept too.
      await page.getByTestId('visit-shopper').fill('Mihai');
      await page.getByTestId('stamp-entered').click();
      await expect.poll(() => header(page).getAttribute('data-state')).toBe('saved');
      const after = (await api('audits.get', { id: a.id })).visit;
      expect(after.shopper).toBe('Mihai');
      expect(after.timestamps.entered).toBeTruthy();
    } finally {
      await page.close();
      await host.stop();
    }
  });

  it('generated: on every screen with editable fields, types into each, reloads at once and finds every value', async () => {
    const { host, api, client, audit, page, pageErrors } = await start();
    try {
      const walk = await audit('mystery-shop');
      const own = await api('templates.import', {
        fileName: 'edited.json',
        text: JSON.stringify(testTemplate({ name: 'Edited template' })),
      });
      for (const title of ['Fix the signage', 'Train the desk staff'])
        await api('actions.create', { clientId: client.id, auditId: walk.id, title });
      const screens: {
        name: string;
        hash: string;
        ready: string;
        prepare?(page: Page): Promise<void>;
        /** Choices (selects) are changed too and must be there after the reload. */
        choices?: boolean;
      }[] = [
        {
          name: 'client',
          hash: '#/',
          ready: 'client-list',
          async prepare(p) {
            await p.getByTestId('client-list').getByRole('button').first().click();
            await p.getByTestId('client-detail').waitFor();
          },
        },
        {
          name: 'walk',
          hash: `#/audit/${walk.id}`,
          ready: 'audit-walk',
          async prepare(p) {
            await p.getByTestId('visit-panel').locator('summary').click();
            await p.locator('#touchpoint-title').click();
            await p.keyboard.press('Enter'); // the note of the active criterion
            await p.locator('.criterion-note').waitFor();
          },
        },
        {
          name: 'metrics',
          hash: `#/metrics/${walk.id}`,
          ready: 'metrics-panel',
          // CES counts need their scale (a choice, saved the moment it is made).
          prepare: (p) => p.getByTestId('metrics-ces').getByText('5 points').click(),
        },
        { name: 'settings', hash: '#/settings', ready: 'settings-screen' },
        { name: 'template settings', hash: `#/template/${own.id}`, ready: 'template-settings', choices: true },
        {
          name: 'template touchpoint',
          hash: `#/template/${own.id}`,
          ready: 'template-editor',
          choices: true,
          async prepare(p) {
            // The first touchpoint (found by place: its name is typed over); after the reload the editor
            // shows it again by itself (the selection is kept for the tab), wherever its stage moved it.
            if (!(await p.getByTestId('touchpoint-panel').isVisible()))
              await p.getByTestId('outline-touchpoint').first().click();
            await p.getByTestId('touchpoint-panel').waitFor();
          },
        },
        { name: 'actions', hash: `#/actions/${client.id}`, ready: 'actions-table', choices: true },
      ];
      let n = 0;
      for (const screen of screens) {
        await go(page, screen.hash);
        await page.getByTestId(screen.ready).waitFor();
        await screen.prepare?.(page);
        // Every text-like field on the screen saves itself: none may be outside the one mechanism
        // (a form sent by its own button, such as joining a team hub, is not a field that saves itself).
        const strays = await page
          .locator(
            'main :is(input:not([type=radio],[type=checkbox],[type=file],[type=color],[type=hidden],[type=search]), textarea):not([data-autosave],[data-transient],[readonly],[disabled])',
          )
          .evaluateAll((els) => els.filter((e) => !e.closest('form')).map((e) => e.outerHTML.slice(0, 160)));
        expect(strays, `${screen.name}: fields outside the autosave`).toEqual([]);
        const fields = page.locator('main [data-autosave]:visible:not([readonly],[disabled])');
        const keys = await fields.evaluateAll((els) => els.map((e) => e.getAttribute('data-autosave')!));
        expect(keys.length, `${screen.name} has editable fields`).toBeGreaterThan(0);
        const typed = new Map<string, string>();
        for (const key of keys) {
          const field = page.locator(`main [data-autosave="${key}"]`);
          const value = await valueFor(field, ++n, screen.choices ?? false);
          if (value === null) continue;
          await fillField(field, value);
          typed.set(key, value);
        }
        await page.reload();
        await page.getByTestId(screen.ready).waitFor();
        await screen.prepare?.(page);
        for (const [key, value] of typed)
          await expect
            .poll(() => page.locator(`main [data-autosave="${key}"]`).inputValue(), {
              message: `${screen.name} ${key}`,
            })
            .toBe(value);
      }
      await page.screenshot({ path: screenshotPath('autosave-02-after-reload') });
      expect(pageErrors).toEqual([]);
      expect(client.id).toBeTruthy();
    } finally {
      await page.close();
      await host.stop();
    }
  }, 150_000); // it visits every screen with editable fields: a loaded machine needs more than the default minute
});

/** A value that fits the field: digits for number boxes, a date for dates, words for text. */
async function valueFor(field: Locator, n: number, choices: boolean): Promise<string | null> {
  const { tag, type, mode, testid, options, current } = await field.evaluate((e) => ({
    tag: e.tagName.toLowerCase(),
    type: e.getAttribute('type') ?? '',
    mode: e.getAttribute('inputmode') ?? '',
    testid: e.getAttribute('data-testid') ?? '',
    options: e instanceof HTMLSelectElement ? Array.from(e.options, (o) => o.value) : [],
    current: (e as HTMLInputElement).value,
  }));
  // Another choice than the one shown (the last one that differs).
  if (tag === 'select') return choices ? (options.filter((o) => o !== current).at(-1) ?? null) : null;
  if (type === 'date') return `2027-03-${String(10 + (n % 18)).padStart(2, '0')}`;
  if (type === 'datetime-local')
    return `2027-03-${String(10 + (n % 18)).padStart(2, '0')}T09:${String(n % 60).padStart(2, '0')}`;
  // A moment's time, with seconds (step 1), so it reads back exactly as typed.
  if (type === 'time') return `1${n % 10}:${String(n % 60).padStart(2, '0')}:${String(10 + (n % 40)).padStart(2, '0')}`;
  if (type === 'email') return `person${n}@example.com`;
  if (type === 'tel') return `+40 700 000 ${String(n).padStart(3, '0')}`;
  if (testid === 'metric-npsAnswers') return '9 10 7 3';
  // Number boxes: the same small count everywhere keeps the metrics consistent with each other.
  if (mode === 'numeric' || mode === 'decimal') return '3';
  return `Typed ${n} ${tag === 'textarea' ? 'in a longer note, with ăîș and عربي' : 'text'}`;
}

async function fillField(field: Locator, value: string): Promise<void> {
  if ((await field.evaluate((e) => e.tagName)) === 'SELECT') {
    await field.selectOption(value);
    return;
  }
  const type = await field.getAttribute('type');
  if (type === 'date' || type === 'datetime-local' || type === 'time') return field.fill(value);
  await field.click();
  await field.press('ControlOrMeta+a');
  await field.pressSequentially(value, { delay: 5 });
}
