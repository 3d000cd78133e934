import { AxeBuilder } from '@axe-core/playwright';
import { chooseLanguage } from '../support/choose-language';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MethodInput, MethodName } from '../../shared/contract';
import { callApi } from '../support/api-over-http';
import { screenshotPath } from '../support/browser';
import { chromiumForThisFile } from '../support/chromium-for-file';
import { makeTeam, startHubProcess, type RunningHub } from '../support/hub-process';
import { startPgCluster, type PgCluster } from '../support/pg-cluster';
import { tempDir } from '../support/temp-dir';
import { BASELINE_ANSWERS, testTemplate } from '../support/test-template';
import { startWebHostProcess, type RunningWebHost } from '../support/web-host-process';

/**
 * Settings → Team for the lead, in a real browser through the web host, against a real hub on
 * PostgreSQL: the lead creates an invite code on screen, the shopper's laptop joins with it, the
 * lead sees both laptops and revokes the shopper's; the shopper's laptop lists each change the hub
 * refused with the reason in words, and says when its access was withdrawn. English and Arabic.
 */
const browser = chromiumForThisFile();
let cluster: PgCluster;
let hub: RunningHub;
let lead: RunningWebHost;
let shopper: RunningWebHost;

beforeAll(async () => {
  cluster = await startPgCluster();
  [hub, lead, shopper] = await Promise.all([
    startHubProcess(cluster.url),
    startWebHostProcess(tempDir('ja-lead-')),
    startWebHostProcess(tempDir('ja-shopper-')),
  ]);
});

afterAll(async () => {
  await Promise.all([lead?.stop(), shopper?.stop(), hub?.stop()]);
  cluster?.destroy();
});

const on =
  (host: RunningWebHost) =>
  <M extends MethodName>(method: M, input: MethodInput<M>) =>
    callApi(host.origin, host.token, method, input);

/** Serious or critical axe findings inside Settings → Team. */
async function axeProblems(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page: page as never })
    .include('[data-testid="team-section"]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
    .analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

async function openSettings(page: Page, host: RunningWebHost) {
  await page.goto(host.openUrl);
  await page.evaluate(() => {
    window.location.hash = '#/settings';
  });
  await page.getByTestId('team-section').waitFor({ timeout: 15_000 });
}

describe('Settings → Team for the lead and for a shopper', () => {
  it('invite on screen, join with it, see the laptops, refused changes in words, revoke', async () => {
    const L = on(lead);
    const S = on(shopper);
    await L('team.join', {
      hubAddress: hub.origin,
      inviteCode: await makeTeam(cluster.url),
      deviceName: 'Lina’s laptop',
    });

    // The lead makes an invite code for Sami on screen.
    // AxeBuilder wants pages from contexts of their own.
    const pageL = await (await browser().newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await openSettings(pageL, lead);
    const members = pageL.getByTestId('team-members');
    await members.waitFor({ timeout: 15_000 });
    await members.getByTestId('team-invite-name').fill('Sami Haddad');
    await members.getByTestId('team-invite-role').selectOption('shopper');
    await members.getByTestId('team-invite-create').click();
    const made = members.getByTestId('team-invite-code-made');
    await made.waitFor({ timeout: 15_000 });
    const code = (await made.textContent())!;
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(await members.getByTestId('team-invite-result').textContent()).toContain(
      'Invite code for Sami Haddad (shopper):',
    );
    await pageL.getByTestId('team-section').screenshot({ path: screenshotPath('team-lead-invite-en') });

    // Sami's laptop joins with that code, typed into its own Settings → Team.
    const pageS = await (await browser().newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await openSettings(pageS, shopper);
    const join = pageS.getByTestId('team-join');
    await join.getByTestId('team-hub-address').fill(hub.origin);
    await join.getByTestId('team-invite-code').fill(code);
    await join.getByTestId('team-device-name').fill('Sami’s laptop');
    await join.getByTestId('team-join-submit').click();
    await pageS.getByTestId('team-linked').waitFor({ timeout: 15_000 });
    // A shopper sees no team management.
    expect(await pageS.getByTestId('team-members').count()).toBe(0);

    // The lead's list shows both laptops, the lead's own marked and without a Revoke button.
    await members.getByTestId('team-devices-refresh').click();
    const rows = members.getByTestId('team-device');
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(2);
    const lina = members.locator('[data-testid="team-device"][data-person="Lina Lead"]');
    const sami = members.locator('[data-testid="team-device"][data-person="Sami Haddad"]');
    expect(await lina.textContent()).toContain('this laptop');
    expect(await lina.getByTestId('team-device-revoke').count()).toBe(0);
    expect(await sami.textContent()).toContain('Sami’s laptop');
    expect(await sami.textContent()).toContain('Active');

    // A visit the lead reviews while Sami, not yet told, reopens it and adds a note.
    const client = await L('clients.create', { name: 'Cedar Bank' });
    const template = await L('templates.import', {
      fileName: 'shop.json',
      text: JSON.stringify(testTemplate({ name: 'Branch visit' })),
    });
    await L('team.syncNow', {});
    await S('team.syncNow', {});
    const visit = await S('audits.create', {
      clientId: client.id,
      templateId: template.id,
      title: 'Harbour, March',
      auditDate: '2027-03-02',
      auditType: 'mystery-shop',
    });
    for (const [touchpointId, criterionId, value] of BASELINE_ANSWERS)
      await S('audits.setAnswer', { auditId: visit.id, touchpointId, criterionId, value });
    await S('audits.complete', { id: visit.id });
    await S('team.syncNow', {});
    await L('team.syncNow', {});
    await L('visits.review', { auditId: visit.id, decision: 'reviewed', comment: 'Good' });
    await L('team.syncNow', {});
    await S('audits.reopen', { id: visit.id, reason: 'Forgot a note' });
    await S('audits.setNote', { auditId: visit.id, touchpointId: 'website', criterionId: 'ease', note: 'Menu hidden' });
    await S('team.syncNow', {});

    // Sami syncs from the top bar; Settings lists each refused change with the reason in words.
    await pageS.getByTestId('sync-state').click();
    await expect
      .poll(() => pageS.getByTestId('sync-state').textContent(), { timeout: 20_000 })
      .toContain('2 changes refused by the hub');
    const items = pageS.getByTestId('team-refused-item');
    await expect.poll(() => items.count(), { timeout: 15_000 }).toBe(2);
    const texts = (await items.allTextContents()).map((x) => x.replace(/[\u2068\u2069]/g, ''));
    const ease = testTemplate()
      .touchpoints.find((t) => t.id === 'website')!
      .criteria.find((c) => c.id === 'ease')!;
    expect(texts).toEqual([
      `Answer: Website: ${ease.question} · visit “Harbour, March”` +
        'The lead has reviewed this visit, so it is locked for good: your change stays on this laptop only.',
      'Visit: Harbour, March' +
        'The lead has reviewed this visit, so it is locked for good: your change stays on this laptop only.',
    ]);
    expect(await pageS.getByTestId('team-refused').locator('h3').textContent()).toBe('2 changes the hub refused');
    await pageS.getByTestId('team-section').screenshot({ path: screenshotPath('team-refused-en') });

    // In Arabic, the same list, right to left.
    await chooseLanguage(pageS, 'ar');
    await expect.poll(() => pageS.evaluate(() => document.documentElement.dir), { timeout: 15_000 }).toBe('rtl');
    await expect.poll(() => items.count(), { timeout: 15_000 }).toBe(2);
    const arabic = (await items.allTextContents()).map((x) => x.replace(/[\u2068\u2069]/g, ''));
    expect(arabic[0]).toContain('راجع القائد هذه الزيارة فأصبحت مقفلة نهائيًا');
    expect(arabic[1]).toContain('زيارة: Harbour, March');
    expect(await pageS.getByTestId('team-refused').locator('h3').textContent()).toBe('تغييران رفضهما المركز');
    await pageS.getByTestId('team-section').screenshot({ path: screenshotPath('team-refused-ar') });
    expect(await axeProblems(pageS)).toEqual([]);

    // The lead revokes Sami's laptop, after a confirmation that names it.
    await sami.getByTestId('team-device-revoke').click();
    const dialog = pageL.getByTestId('confirm-dialog');
    await dialog.waitFor({ timeout: 10_000 });
    expect(await dialog.textContent()).toContain('“Sami’s laptop” (Sami Haddad) stops syncing at once');
    await pageL.screenshot({ path: screenshotPath('team-lead-revoke-confirm-en') });
    await dialog.getByRole('button', { name: 'Revoke', exact: true }).click();
    await expect.poll(() => sami.getAttribute('data-revoked'), { timeout: 15_000 }).toBe('true');
    expect(await sami.textContent()).toMatch(/Revoked/);
    expect(await sami.getByTestId('team-device-revoke').count()).toBe(0);
    await pageL.getByTestId('team-section').screenshot({ path: screenshotPath('team-lead-devices-en') });
    expect(await axeProblems(pageL)).toEqual([]);

    // Sami's laptop is told, in words, at its next sync.
    await pageS.getByTestId('sync-state').click();
    await expect
      .poll(() => pageS.getByTestId('sync-state').getAttribute('data-state'), { timeout: 20_000 })
      .toBe('revoked');
    expect(await pageS.getByTestId('team-revoked').textContent()).toContain('سحب قائد الفريق وصول هذا الحاسوب');
    expect(await pageS.getByTestId('sync-state').textContent()).toContain('سُحب الوصول');
    await pageS.getByTestId('team-section').screenshot({ path: screenshotPath('team-revoked-ar') });

    // The lead's screens in Arabic.
    await chooseLanguage(pageL, 'ar');
    await expect.poll(() => pageL.evaluate(() => document.documentElement.dir), { timeout: 15_000 }).toBe('rtl');
    await members.waitFor({ timeout: 15_000 });
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(2);
    expect(await members.getByRole('heading', { level: 3 }).first().textContent()).toBe('دعوة شخص');
    expect(await sami.textContent()).toContain('سُحب في');
    await members.getByTestId('team-invite-name').fill('دانة');
    await members.getByTestId('team-invite-role').selectOption('viewer');
    await members.getByTestId('team-invite-create').click();
    await made.waitFor({ timeout: 15_000 });
    expect(await members.getByTestId('team-invite-result').textContent()).toContain('رمز الدعوة لـ دانة (مُطّلع)');
    await pageL.getByTestId('team-section').screenshot({ path: screenshotPath('team-lead-ar') });
    expect(await axeProblems(pageL)).toEqual([]);
    await pageL.close();
    await pageS.close();
  });
});
