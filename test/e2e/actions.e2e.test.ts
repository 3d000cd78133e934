import { chooseLanguage } from '../support/choose-language';
import { describe, expect, it } from 'vitest';
import type { MethodInput, MethodName } from '../../shared/contract';
import { localIsoDate } from '../../shared/domain/action';
import { callApi } from '../support/api-over-http';
import { screenshotPath } from '../support/browser';
import { chromiumForThisFile } from '../support/chromium-for-file';
import { openHostPage, stopHostAndPages } from '../support/host-page';
import { tempDir } from '../support/temp-dir';
import { testTemplate } from '../support/test-template';
import { startWebHostProcess, type RunningWebHost } from '../support/web-host-process';

const browser = chromiumForThisFile();

/**
 * Pages are closed before their host stops: the host's close waits for busy connections, and a
 * page still talking to it (its event stream reconnecting) can hold a SIGTERM up indefinitely.
 */
const stopHost = (host: RunningWebHost) => stopHostAndPages(browser(), host);

const openPage = (host: RunningWebHost) =>
  openHostPage(browser(), host, { viewport: { width: 1440, height: 900 }, timeout: 20_000 });

const daysFromToday = (days: number) => localIsoDate(new Date(Date.now() + days * 86_400_000));

describe('the action plan, through the web host', () => {
  it('turns a finding in the walk into an action, lists it under the touchpoint and in the plan, and mirrors in Arabic', async () => {
    const dataDir = tempDir('ja-actions-e2e-');
    const host = await startWebHostProcess(dataDir);
    try {
      const api = <M extends MethodName>(method: M, input: MethodInput<M>) =>
        callApi(host.origin, host.token, method, input);
      const client = await api('clients.create', { name: 'Cedar Bank', sector: 'Retail banking' });
      const template = await api('templates.import', { fileName: 't.json', text: JSON.stringify(testTemplate()) });
      const audit = await api('audits.create', {
        clientId: client.id,
        templateId: template.id,
        title: 'Baseline 2027',
        site: 'Main street',
        auditDate: '2027-01-15',
      });
      await api('audits.setRecord', {
        auditId: audit.id,
        touchpointId: 'branch',
        field: 'recommendation',
        value: 'Greet every customer within 30 seconds\nTellers were busy with paperwork at the counter.',
      });
      await api('audits.setRecord', {
        auditId: audit.id,
        touchpointId: 'branch',
        field: 'painPoints',
        value: 'Waited 6 minutes; nobody said hello',
      });
      await api('audits.setPosition', { auditId: audit.id, touchpointId: 'website', criterionId: 'price-shown' });
      // Already in the plan: one overdue (past due, still open), one done, one for another touchpoint.
      const overdue = await api('actions.create', {
        clientId: client.id,
        auditId: audit.id,
        touchpointId: 'website',
        title: 'Show opening hours on the home page',
        owner: 'Web team',
        dueDate: daysFromToday(-12),
        priority: 'high',
      });
      const done = await api('actions.create', {
        clientId: client.id,
        auditId: audit.id,
        touchpointId: 'signage',
        title: 'Replace the faded window sticker',
        owner: 'Facilities',
        dueDate: daysFromToday(-30),
        status: 'done',
        priority: 'low',
      });
      await api('actions.create', {
        clientId: client.id,
        title: 'Brief all branch managers on the audit results',
        detail: 'Monthly call; share the journey map.',
        owner: 'Ana Pop',
        dueDate: daysFromToday(20),
      });

      const { page, errors } = await openPage(host);
      await page
        .getByTestId('client-list')
        .getByRole('button', { name: /Cedar Bank/ })
        .click();
      await expect.poll(() => page.getByTestId('open-actions').innerText()).toMatch(/Action plan\s*2 open\s*1 overdue/);
      await page.screenshot({ path: screenshotPath('actions-05-client') });
      await page
        .getByTestId('client-audits')
        .getByRole('button', { name: /^Baseline 2027/ })
        .click();
      await page.getByTestId('audit-walk').waitFor();
      await expect.poll(() => page.locator('#touchpoint-title').innerText()).toContain('Website');
      // Under the first touchpoint: the overdue action already planned there.
      await expect
        .poll(() => page.getByTestId('touchpoint-action-list').innerText())
        .toContain('Show opening hours on the home page');
      expect(await page.getByTestId('touchpoint-action-list').innerText()).toMatch(/Overdue/);

      // The keyboard moves to the branch counter; Enter on "Add action" opens the dialog, not the criterion's note.
      await page.keyboard.press('PageDown');
      await expect.poll(() => page.locator('#touchpoint-title').innerText()).toContain('Branch counter');
      await expect.poll(() => page.getByTestId('touchpoint-actions').innerText()).toContain('Nothing planned here yet');
      await page.getByTestId('add-action').focus();
      await page.keyboard.press('Enter');
      const dialog = page.getByTestId('action-dialog');
      await dialog.waitFor();
      // Prefilled from the finding: the recommendation's first line as the title, the rest and the pain points as details.
      expect(await dialog.getByLabel('What to do').inputValue()).toBe('Greet every customer within 30 seconds');
      expect(await dialog.getByLabel('Details').inputValue()).toBe(
        'Tellers were busy with paperwork at the counter.\n\nPain points: Waited 6 minutes; nobody said hello',
      );
      expect(await dialog.locator('select[name="touchpointId"]').inputValue()).toBe('branch');
      expect(await dialog.locator('select[name="auditId"]').inputValue()).toBe(audit.id);
      // Typing here must not reach the walk's keys (1, 2, N, J, K would answer or move).
      await dialog.getByLabel('Owner').click();
      await page.keyboard.type('Nadia K. 1-2 Jones');
      await dialog.locator('input[name="dueDate"]').fill(daysFromToday(14));
      await dialog.locator('select[name="priority"]').selectOption('high');
      await page.screenshot({ path: screenshotPath('actions-03-from-finding') });
      await dialog.getByLabel('What to do').click();
      await page.keyboard.press('End');
      await page.keyboard.type(' (n)');
      await page.keyboard.press('Enter'); // submits the form
      await dialog.waitFor({ state: 'detached' });
      await expect
        .poll(() => page.getByTestId('touchpoint-action-list').innerText())
        .toContain('Greet every customer within 30 seconds (n)');
      expect(await page.locator('#touchpoint-title').innerText()).toContain('Branch counter');
      const afterWalk = await api('audits.get', { id: audit.id });
      expect(afterWalk.answers.filter((a) => a.value !== null)).toEqual([]);
      const created = (await api('actions.list', { clientId: client.id, touchpointId: 'branch' }))[0]!;
      expect(created).toMatchObject({
        title: 'Greet every customer within 30 seconds (n)',
        owner: 'Nadia K. 1-2 Jones',
        auditId: audit.id,
        auditTitle: 'Baseline 2027',
        touchpointId: 'branch',
        priority: 'high',
        status: 'open',
        dueDate: daysFromToday(14),
      });
      await page.screenshot({ path: screenshotPath('actions-04-walk-list') });

      // The client's plan: overdue first, marked by icon and word.
      await page.getByTestId('touchpoint-actions').getByRole('button', { name: 'Open the action plan' }).click();
      await page.getByTestId('actions-screen').waitFor();
      const rows = page.getByTestId('action-row');
      await expect.poll(() => rows.count()).toBe(4);
      expect(await rows.nth(0).getAttribute('data-action-id')).toBe(overdue.id);
      expect(await rows.nth(0).getByTestId('overdue-flag').innerText()).toContain('Overdue');
      expect(await rows.nth(0).innerText()).toContain('Website');
      expect(await rows.nth(3).getAttribute('data-action-id')).toBe(done.id);
      expect(await page.getByTestId('overdue-flag').count()).toBe(1);

      // Status changes in place and saves itself.
      const mine = page.locator(`[data-action-id="${created.id}"]`);
      expect(await mine.innerText()).toContain('Branch counter');
      await mine.getByTestId('action-status').selectOption('in_progress');
      await expect
        .poll(async () => (await api('actions.list', { clientId: client.id, touchpointId: 'branch' }))[0]!.status)
        .toBe('in_progress');
      await expect.poll(() => page.getByTestId('save-indicator').getAttribute('data-state')).toBe('saved');
      await page.screenshot({ path: screenshotPath('actions-01-list') });

      // Filters: overdue only, then by owner, then statuses.
      await page.getByTestId('filter-overdue').check();
      await expect.poll(() => rows.count()).toBe(1);
      expect(await rows.nth(0).getAttribute('data-action-id')).toBe(overdue.id);
      await page.getByTestId('filter-overdue').uncheck();
      await page.getByTestId('filter-owner').fill('nadia');
      await expect.poll(() => rows.count()).toBe(1);
      await page.getByTestId('filter-owner').fill('');
      await page.getByTestId('actions-filters').getByLabel('Done').uncheck();
      await expect.poll(() => rows.count()).toBe(3);
      await page.getByTestId('filter-priority').selectOption('low');
      await expect.poll(() => page.getByTestId('actions-filtered-empty').isVisible()).toBe(true);
      await page.getByTestId('actions-filtered-empty').getByRole('button', { name: 'Clear filters' }).click();
      await expect.poll(() => rows.count()).toBe(4);

      // Delete asks first, then offers Undo.
      await page
        .locator(`[data-action-id="${done.id}"]`)
        .getByRole('button', { name: /^Delete/ })
        .click();
      await page.getByTestId('confirm-dialog').getByRole('button', { name: 'Delete action' }).click();
      await expect.poll(() => rows.count()).toBe(3);
      await page.getByTestId('toast').getByRole('button', { name: 'Undo' }).click();
      await expect.poll(() => rows.count()).toBe(4);
      await expect
        .poll(async () => (await api('actions.list', { clientId: client.id })).map((a) => a.title))
        .toContain('Replace the faded window sticker');

      // Edit in the dialog.
      await page.locator(`[data-action-id="${overdue.id}"]`).getByRole('button', { name: /^Edit/ }).click();
      const edit = page.getByTestId('action-dialog');
      await edit.getByLabel('What to do').fill('');
      await edit.getByTestId('action-save').click();
      await expect.poll(() => edit.getByRole('alert').first().innerText()).toContain('What to do is required');
      await edit.getByLabel('What to do').fill('Show opening hours on every page');
      await edit.getByTestId('action-save').click();
      await edit.waitFor({ state: 'detached' });
      await expect.poll(() => rows.nth(0).innerText()).toContain('Show opening hours on every page');

      // Arabic: the table mirrors, the first column on the right.
      await chooseLanguage(page, 'ar');
      await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
      await expect.poll(() => page.locator('h1').innerText()).toBe('خطة العمل');
      const head = page.getByTestId('actions-table').locator('thead th');
      const first = (await head.nth(0).boundingBox())!;
      const status = (await head.nth(5).boundingBox())!;
      expect(first.x).toBeGreaterThan(status.x);
      expect(await rows.nth(0).getByTestId('overdue-flag').innerText()).toContain('متأخر');
      await page.screenshot({ path: screenshotPath('actions-02-arabic') });

      // Back to the client: the plan's button counts what is open.
      await page.locator('.actions-back').click();
      await expect.poll(() => page.getByTestId('open-actions').innerText()).toContain('3 إجراءات مفتوحة');
      // And the walk's panel in Arabic, with the action under its touchpoint.
      await page
        .getByTestId('client-audits')
        .getByRole('button', { name: /^Baseline 2027/ })
        .click();
      await expect.poll(() => page.locator('#touchpoint-title').innerText()).toContain('Branch counter');
      await expect.poll(() => page.getByTestId('touchpoint-action-list').innerText()).toContain('قيد التنفيذ');
      await page.screenshot({ path: screenshotPath('actions-06-walk-arabic') });
      expect(errors).toEqual([]);
    } finally {
      await stopHost(host);
    }
  });

  it('says what to do when a client has no actions yet', async () => {
    const host = await startWebHostProcess(tempDir('ja-actions-empty-'));
    try {
      const client = await callApi(host.origin, host.token, 'clients.create', { name: 'Olive Telecom' });
      const { page, errors } = await openPage(host);
      await page
        .getByTestId('client-list')
        .getByRole('button', { name: /Olive Telecom/ })
        .click();
      await page.getByTestId('open-actions').click();
      await page.getByTestId('actions-empty').waitFor();
      expect(await page.getByTestId('actions-empty').innerText()).toContain('Add action');
      expect(page.url()).toContain(`#/actions/${client.id}`);
      await page
        .getByTestId('actions-empty')
        .getByRole('button', { name: /New action/ })
        .click();
      const dialog = page.getByTestId('action-dialog');
      await dialog.getByLabel('What to do').fill('Map the complaint journey');
      await dialog.getByTestId('action-save').click();
      await expect.poll(() => page.getByTestId('action-row').count()).toBe(1);
      // A reload lands on the same screen.
      await page.reload();
      await expect.poll(() => page.getByTestId('action-row').count()).toBe(1);
      expect(errors).toEqual([]);
    } finally {
      await stopHost(host);
    }
  });
});
