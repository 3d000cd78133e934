import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MethodInput, MethodName } from '../../shared/contract';
import { localIsoDate } from '../../shared/domain/action';
import { callApi } from '../support/api-over-http';
import { launchChromium, screenshotPath } from '../support/browser';
import { tempDir } from '../support/temp-dir';
import { testTemplate } from '../support/test-template';
import { startWebHostProcess, type RunningWebHost } from '../support/web-host-process';

let chromium: Awaited<ReturnType<typeof launchChromium>>;
let browser: Browser;
beforeAll(async () => {
  chromium = await launchChromium();
  browser = chromium.browser;
});
afterAll(async () => {
  await chromium?.close();
});

async function openPage(host: RunningWebHost): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.setDefaultTimeout(20_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(host.openUrl);
  return { page, errors };
}

const daysFromToday = (days: number) => localIsoDate(new Date(Date.now() + days * 86_400_000));

describe('the action plan, through the web host', () => {
  it('turns a finding in the walk into an action, lists it under the touchpoint and in the plan, and mirrors in Arabic', async () => {
    const dataDir = tempDir('ja-actions-e2e-');
    const host = await startWebHostProcess(dataDir);
    try {
      const api = <M extends MethodName>(method: M, input: MethodInput<M>) => callApi(host.origin, host.token, method, input);
      const client = await api('clients.create', { name: 'Cedar Bank', sector: 'Retail banking' });
      const template = await api('templates.import', { fileName: 't.json', text: JSON.stringify(testTemplate()) });
      const audit = await api('audits.create', { clientId: client.id, templateId: template.id, title: 'Baseline 2027', site: 'Main street', auditDate: '2027-01-15' });
      console.log('before 1', Date.now() % 100000, "await api('audits.setRecord', { auditId: audit.id,");
      await api('audits.setRecord', { auditId: audit.id, touchpointId: 'branch', field: 'recommendation', value: 'Greet every customer within 30 seconds\nTellers were busy with paperwork at the counter.' });
      console.log('before 2', Date.now() % 100000, "await api('audits.setRecord', { auditId: audit.id,");
      await api('audits.setRecord', { auditId: audit.id, touchpointId: 'branch', field: 'painPoints', value: 'Waited 6 minutes; nobody said hello' });
      console.log('before 3', Date.now() % 100000, "await api('audits.setPosition', { auditId: audit.i");
      await api('audits.setPosition', { auditId: audit.id, touchpointId: 'website', criterionId: 'price-shown' });
      // Already in the plan: one overdue (past due, still open), one done, one for another touchpoint.
      const overdue = await api('actions.create', { clientId: client.id, auditId: audit.id, touchpointId: 'website', title: 'Show opening hours on the home page', owner: 'Web team', dueDate: daysFromToday(-12), priority: 'high' });
      const done = await api('actions.create', { clientId: client.id, auditId: audit.id, touchpointId: 'signage', title: 'Replace the faded window sticker', owner: 'Facilities', dueDate: daysFromToday(-30), status: 'done', priority: 'low' });
      console.log('before 4', Date.now() % 100000, "await api('actions.create', { clientId: client.id,");
      await api('actions.create', { clientId: client.id, title: 'Brief all branch managers on the audit results', detail: 'Monthly call; share the journey map.', owner: 'Ana Pop', dueDate: daysFromToday(20) });

      console.log('before 5', Date.now() % 100000, 'const { page, errors } = await openPage(host);');
      const { page, errors } = await openPage(host);
      console.log('before 6', Date.now() % 100000, "await page.getByTestId('client-list').getByRole('b");
      await page.getByTestId('client-list').getByRole('button', { name: /Cedar Bank/ }).click();
      console.log('before 7', Date.now() % 100000, "await expect.poll(() => page.getByTestId('open-act");
      await expect.poll(() => page.getByTestId('open-actions').innerText()).toMatch(/Action plan\s*2 open\s*1 overdue/);
      console.log('before 8', Date.now() % 100000, "await page.screenshot({ path: screenshotPath('acti");
      await page.screenshot({ path: screenshotPath('actions-05-client') });
      console.log('before 9', Date.now() % 100000, "await page.getByTestId('client-audits').getByRole(");
      await page.getByTestId('client-audits').getByRole('button', { name: /Baseline 2027/ }).click();
      console.log('before 10', Date.now() % 100000, "await page.getByTestId('audit-walk').waitFor();");
      await page.getByTestId('audit-walk').waitFor();
      console.log('before 11', Date.now() % 100000, "await expect.poll(() => page.locator('#touchpoint-");
      await expect.poll(() => page.locator('#touchpoint-title').innerText()).toContain('Website');
      // Under the first touchpoint: the overdue action already planned there.
      console.log('before 12', Date.now() % 100000, "await expect.poll(() => page.getByTestId('touchpoi");
      await expect.poll(() => page.getByTestId('touchpoint-action-list').innerText()).toContain('Show opening hours on the home page');
      expect(await page.getByTestId('touchpoint-action-list').innerText()).toMatch(/Overdue/);

      // The keyboard moves to the branch counter; Enter on "Add action" opens the dialog, not the criterion's note.
      console.log('before 13', Date.now() % 100000, "await page.keyboard.press('PageDown');");
      await page.keyboard.press('PageDown');
      console.log('before 14', Date.now() % 100000, "await expect.poll(() => page.locator('#touchpoint-");
      await expect.poll(() => page.locator('#touchpoint-title').innerText()).toContain('Branch counter');
      console.log('before 15', Date.now() % 100000, "await expect.poll(() => page.getByTestId('touchpoi");
      await expect.poll(() => page.getByTestId('touchpoint-actions').innerText()).toContain('Nothing planned here yet');
      console.log('before 16', Date.now() % 100000, "await page.getByTestId('add-action').focus();");
      await page.getByTestId('add-action').focus();
      console.log('before 17', Date.now() % 100000, "await page.keyboard.press('Enter');");
      await page.keyboard.press('Enter');
      const dialog = page.getByTestId('action-dialog');
      console.log('before 18', Date.now() % 100000, 'await dialog.waitFor();');
      await dialog.waitFor();
      // Prefilled from the finding: the recommendation's first line as the title, the rest and the pain points as details.
      expect(await dialog.getByLabel('What to do').inputValue()).toBe('Greet every customer within 30 seconds');
      expect(await dialog.getByLabel('Details').inputValue()).toBe('Tellers were busy with paperwork at the counter.\n\nPain points: Waited 6 minutes; nobody said hello');
      expect(await dialog.locator('select[name="touchpointId"]').inputValue()).toBe('branch');
      expect(await dialog.locator('select[name="auditId"]').inputValue()).toBe(audit.id);
      // Typing here must not reach the walk's keys (1, 2, N, J, K would answer or move).
      console.log('before 19', Date.now() % 100000, "await dialog.getByLabel('Owner').click();");
      await dialog.getByLabel('Owner').click();
      console.log('before 20', Date.now() % 100000, "await page.keyboard.type('Nadia K. 1-2 Jones');");
      await page.keyboard.type('Nadia K. 1-2 Jones');
      console.log('before 21', Date.now() % 100000, 'await dialog.locator(\'input[name="dueDate"]\').fill');
      await dialog.locator('input[name="dueDate"]').fill(daysFromToday(14));
      console.log('before 22', Date.now() % 100000, 'await dialog.locator(\'select[name="priority"]\').se');
      await dialog.locator('select[name="priority"]').selectOption('high');
      console.log('before 23', Date.now() % 100000, "await page.screenshot({ path: screenshotPath('acti");
      await page.screenshot({ path: screenshotPath('actions-03-from-finding') });
      console.log('before 24', Date.now() % 100000, "await dialog.getByLabel('What to do').click();");
      await dialog.getByLabel('What to do').click();
      console.log('before 25', Date.now() % 100000, "await page.keyboard.press('End');");
      await page.keyboard.press('End');
      console.log('before 26', Date.now() % 100000, "await page.keyboard.type(' (n)');");
      await page.keyboard.type(' (n)');
      await page.keyboard.press('Enter'); // submits the form
      console.log('before 27', Date.now() % 100000, "await dialog.waitFor({ state: 'detached' });");
      await dialog.waitFor({ state: 'detached' });
      console.log('before 28', Date.now() % 100000, "await expect.poll(() => page.getByTestId('touchpoi");
      await expect.poll(() => page.getByTestId('touchpoint-action-list').innerText()).toContain('Greet every customer within 30 seconds (n)');
      expect(await page.locator('#touchpoint-title').innerText()).toContain('Branch counter');
      const afterWalk = await api('audits.get', { id: audit.id });
      expect(afterWalk.answers.filter((a) => a.value !== null)).toEqual([]);
      const created = (await api('actions.list', { clientId: client.id, touchpointId: 'branch' }))[0]!;
      expect(created).toMatchObject({ title: 'Greet every customer within 30 seconds (n)', owner: 'Nadia K. 1-2 Jones', auditId: audit.id, auditTitle: 'Baseline 2027', touchpointId: 'branch', priority: 'high', status: 'open', dueDate: daysFromToday(14) });
      console.log('before 29', Date.now() % 100000, "await page.screenshot({ path: screenshotPath('acti");
      await page.screenshot({ path: screenshotPath('actions-04-walk-list') });

      // The client's plan: overdue first, marked by icon and word.
      console.log('before 30', Date.now() % 100000, "await page.getByTestId('touchpoint-actions').getBy");
      await page.getByTestId('touchpoint-actions').getByRole('button', { name: 'Open the action plan' }).click();
      console.log('before 31', Date.now() % 100000, "await page.getByTestId('actions-screen').waitFor()");
      await page.getByTestId('actions-screen').waitFor();
      const rows = page.getByTestId('action-row');
      console.log('before 32', Date.now() % 100000, 'await expect.poll(() => rows.count()).toBe(4);');
      await expect.poll(() => rows.count()).toBe(4);
      expect(await rows.nth(0).getAttribute('data-action-id')).toBe(overdue.id);
      expect(await rows.nth(0).getByTestId('overdue-flag').innerText()).toContain('Overdue');
      expect(await rows.nth(0).innerText()).toContain('Website');
      expect(await rows.nth(3).getAttribute('data-action-id')).toBe(done.id);
      expect(await page.getByTestId('overdue-flag').count()).toBe(1);

      // Status changes in place and saves itself.
      const mine = page.locator(`[data-action-id="${created.id}"]`);
      expect(await mine.innerText()).toContain('Branch counter');
      console.log('before 33', Date.now() % 100000, "await mine.getByTestId('action-status').selectOpti");
      await mine.getByTestId('action-status').selectOption('in_progress');
      console.log('before 34', Date.now() % 100000, "await expect.poll(async () => (await api('actions.");
      await expect.poll(async () => (await api('actions.list', { clientId: client.id, touchpointId: 'branch' }))[0]!.status).toBe('in_progress');
      console.log('before 35', Date.now() % 100000, "await expect.poll(() => page.getByTestId('save-ind");
      await expect.poll(() => page.getByTestId('save-indicator').getAttribute('data-state')).toBe('saved');
      console.log('before 36', Date.now() % 100000, "await page.screenshot({ path: screenshotPath('acti");
      await page.screenshot({ path: screenshotPath('actions-01-list') });

      // Filters: overdue only, then by owner, then statuses.
      console.log('before 37', Date.now() % 100000, "await page.getByTestId('filter-overdue').check();");
      await page.getByTestId('filter-overdue').check();
      console.log('before 38', Date.now() % 100000, 'await expect.poll(() => rows.count()).toBe(1);');
      await expect.poll(() => rows.count()).toBe(1);
      expect(await rows.nth(0).getAttribute('data-action-id')).toBe(overdue.id);
      console.log('before 39', Date.now() % 100000, "await page.getByTestId('filter-overdue').uncheck()");
      await page.getByTestId('filter-overdue').uncheck();
      console.log('before 40', Date.now() % 100000, "await page.getByTestId('filter-owner').fill('nadia");
      await page.getByTestId('filter-owner').fill('nadia');
      console.log('before 41', Date.now() % 100000, 'await expect.poll(() => rows.count()).toBe(1);');
      await expect.poll(() => rows.count()).toBe(1);
      console.log('before 42', Date.now() % 100000, "await page.getByTestId('filter-owner').fill('');");
      await page.getByTestId('filter-owner').fill('');
      console.log('before 43', Date.now() % 100000, "await page.getByTestId('actions-filters').getByLab");
      await page.getByTestId('actions-filters').getByLabel('Done').uncheck();
      console.log('before 44', Date.now() % 100000, 'await expect.poll(() => rows.count()).toBe(3);');
      await expect.poll(() => rows.count()).toBe(3);
      console.log('before 45', Date.now() % 100000, "await page.getByTestId('filter-priority').selectOp");
      await page.getByTestId('filter-priority').selectOption('low');
      console.log('before 46', Date.now() % 100000, "await expect.poll(() => page.getByTestId('actions-");
      await expect.poll(() => page.getByTestId('actions-filtered-empty').isVisible()).toBe(true);
      console.log('before 47', Date.now() % 100000, "await page.getByTestId('actions-filtered-empty').g");
      await page.getByTestId('actions-filtered-empty').getByRole('button', { name: 'Clear filters' }).click();
      console.log('before 48', Date.now() % 100000, 'await expect.poll(() => rows.count()).toBe(4);');
      await expect.poll(() => rows.count()).toBe(4);

      // Delete asks first, then offers Undo.
      console.log('before 49', Date.now() % 100000, 'await page.locator(`[data-action-id="${done.id}"]`');
      await page.locator(`[data-action-id="${done.id}"]`).getByRole('button', { name: /^Delete/ }).click();
      console.log('before 50', Date.now() % 100000, "await page.getByTestId('confirm-dialog').getByRole");
      await page.getByTestId('confirm-dialog').getByRole('button', { name: 'Delete action' }).click();
      console.log('before 51', Date.now() % 100000, 'await expect.poll(() => rows.count()).toBe(3);');
      await expect.poll(() => rows.count()).toBe(3);
      console.log('before 52', Date.now() % 100000, "await page.getByTestId('toast').getByRole('button'");
      await page.getByTestId('toast').getByRole('button', { name: 'Undo' }).click();
      console.log('before 53', Date.now() % 100000, 'await expect.poll(() => rows.count()).toBe(4);');
      await expect.poll(() => rows.count()).toBe(4);
      console.log('before 54', Date.now() % 100000, "await expect.poll(async () => (await api('actions.");
      await expect.poll(async () => (await api('actions.list', { clientId: client.id })).map((a) => a.title)).toContain('Replace the faded window sticker');

      // Edit in the dialog.
      console.log('before 55', Date.now() % 100000, 'await page.locator(`[data-action-id="${overdue.id}');
      await page.locator(`[data-action-id="${overdue.id}"]`).getByRole('button', { name: /^Edit/ }).click();
      const edit = page.getByTestId('action-dialog');
      console.log('before 56', Date.now() % 100000, "await edit.getByLabel('What to do').fill('');");
      await edit.getByLabel('What to do').fill('');
      console.log('before 57', Date.now() % 100000, "await edit.getByTestId('action-save').click();");
      await edit.getByTestId('action-save').click();
      console.log('before 58', Date.now() % 100000, "await expect.poll(() => edit.getByRole('alert').fi");
      await expect.poll(() => edit.getByRole('alert').first().innerText()).toContain('What to do is required');
      console.log('before 59', Date.now() % 100000, "await edit.getByLabel('What to do').fill('Show ope");
      await edit.getByLabel('What to do').fill('Show opening hours on every page');
      console.log('before 60', Date.now() % 100000, "await edit.getByTestId('action-save').click();");
      await edit.getByTestId('action-save').click();
      console.log('before 61', Date.now() % 100000, "await edit.waitFor({ state: 'detached' });");
      await edit.waitFor({ state: 'detached' });
      console.log('before 62', Date.now() % 100000, 'await expect.poll(() => rows.nth(0).innerText()).t');
      await expect.poll(() => rows.nth(0).innerText()).toContain('Show opening hours on every page');

      // Arabic: the table mirrors, the first column on the right.
      console.log('before 63', Date.now() % 100000, "await page.getByTestId('language-switch').selectOp");
      await page.getByTestId('language-switch').selectOption('ar');
      console.log('before 64', Date.now() % 100000, 'await expect.poll(() => page.evaluate(() => docume');
      await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
      console.log('before 65', Date.now() % 100000, "await expect.poll(() => page.locator('h1').innerTe");
      await expect.poll(() => page.locator('h1').innerText()).toBe('خطة العمل');
      const head = page.getByTestId('actions-table').locator('thead th');
      const first = (await head.nth(0).boundingBox())!;
      const status = (await head.nth(5).boundingBox())!;
      expect(first.x).toBeGreaterThan(status.x);
      expect(await rows.nth(0).getByTestId('overdue-flag').innerText()).toContain('متأخر');
      console.log('before 66', Date.now() % 100000, "await page.screenshot({ path: screenshotPath('acti");
      await page.screenshot({ path: screenshotPath('actions-02-arabic') });

      // Back to the client: the plan's button counts what is open.
      console.log('before 67', Date.now() % 100000, "await page.locator('.actions-back').click();");
      await page.locator('.actions-back').click();
      console.log('before 68', Date.now() % 100000, "await expect.poll(() => page.getByTestId('open-act");
      await expect.poll(() => page.getByTestId('open-actions').innerText()).toContain('3 إجراءات مفتوحة');
      expect(errors).toEqual([]);
    } finally {
      console.log('before 69', Date.now() % 100000, 'await host.stop();');
      await host.stop();
    }
  });

  it('says what to do when a client has no actions yet', async () => {
    const host = await startWebHostProcess(tempDir('ja-actions-empty-'));
    try {
      const client = await callApi(host.origin, host.token, 'clients.create', { name: 'Olive Telecom' });
      console.log('before 70', Date.now() % 100000, 'const { page, errors } = await openPage(host);');
      const { page, errors } = await openPage(host);
      console.log('before 71', Date.now() % 100000, "await page.getByTestId('client-list').getByRole('b");
      await page.getByTestId('client-list').getByRole('button', { name: /Olive Telecom/ }).click();
      console.log('before 72', Date.now() % 100000, "await page.getByTestId('open-actions').click();");
      await page.getByTestId('open-actions').click();
      console.log('before 73', Date.now() % 100000, "await page.getByTestId('actions-empty').waitFor();");
      await page.getByTestId('actions-empty').waitFor();
      expect(await page.getByTestId('actions-empty').innerText()).toContain('Add action');
      expect(page.url()).toContain(`#/actions/${client.id}`);
      console.log('before 74', Date.now() % 100000, "await page.getByTestId('actions-empty').getByRole(");
      await page.getByTestId('actions-empty').getByRole('button', { name: /New action/ }).click();
      const dialog = page.getByTestId('action-dialog');
      console.log('before 75', Date.now() % 100000, "await dialog.getByLabel('What to do').fill('Map th");
      await dialog.getByLabel('What to do').fill('Map the complaint journey');
      console.log('before 76', Date.now() % 100000, "await dialog.getByTestId('action-save').click();");
      await dialog.getByTestId('action-save').click();
      console.log('before 77', Date.now() % 100000, "await expect.poll(() => page.getByTestId('action-r");
      await expect.poll(() => page.getByTestId('action-row').count()).toBe(1);
      // A reload lands on the same screen.
      console.log('before 78', Date.now() % 100000, 'await page.reload();');
      await page.reload();
      console.log('before 79', Date.now() % 100000, "await expect.poll(() => page.getByTestId('action-r");
      await expect.poll(() => page.getByTestId('action-row').count()).toBe(1);
      expect(errors).toEqual([]);
    } finally {
      console.log('before 80', Date.now() % 100000, 'await host.stop();');
      await host.stop();
    }
  });
});
