import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MethodInput, MethodName } from '../../shared/contract';
import { callApi } from '../support/api-over-http';
import { screenshotPath } from '../support/browser';
import { chromiumForThisFile } from '../support/chromium-for-file';
import { makeTeam, startHubProcess, type RunningHub } from '../support/hub-process';
import { freePort, startPgCluster, type PgCluster } from '../support/pg-cluster';
import { tempDir } from '../support/temp-dir';
import { BASELINE_ANSWERS, testTemplate } from '../support/test-template';
import { startWebHostProcess, type RunningWebHost } from '../support/web-host-process';

/**
 * Two laptops (two web hosts, two data folders) and one hub on a real PostgreSQL: a visit logged
 * offline on A reaches B; the lead reviews it on B; A can no longer change it; the review reaches A.
 * The lead joins through Settings → Team, and the top bar tells the shopper how sync stands.
 */
const browser = chromiumForThisFile();
let cluster: PgCluster;
let hub: RunningHub;
let a: RunningWebHost;
let b: RunningWebHost;
let hubPort: number;

beforeAll(async () => {
  cluster = await startPgCluster();
  hubPort = await freePort();
  [hub, a, b] = await Promise.all([
    startHubProcess(cluster.url, ['--port', String(hubPort)]),
    startWebHostProcess(tempDir('ja-laptop-a-')),
    startWebHostProcess(tempDir('ja-laptop-b-')),
  ]);
});

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop(), hub?.stop()]);
  cluster?.destroy();
});

const on =
  (host: RunningWebHost) =>
  <M extends MethodName>(method: M, input: MethodInput<M>) =>
    callApi(host.origin, host.token, method, input);

async function go(page: Page, hash: string) {
  await page.evaluate((h) => {
    window.location.hash = h;
  }, hash);
}

describe('two laptops and one team hub', () => {
  it('a visit logged offline on A reaches B, is reviewed on B, and is locked on A', async () => {
    const A = on(a);
    const B = on(b);
    const leadCode = await makeTeam(cluster.url);

    // B is the lead's laptop: it joins through Settings → Team.
    const pageB = await browser().newPage({ viewport: { width: 1280, height: 860 } });
    await pageB.goto(b.openUrl);
    await go(pageB, '#/settings');
    const section = pageB.getByTestId('team-section');
    await section.getByTestId('team-hub-address').fill(hub.origin);
    await section.getByTestId('team-invite-code').fill(leadCode.toLowerCase());
    await section.getByTestId('team-device-name').fill('Lina’s laptop');
    await pageB.screenshot({ path: screenshotPath('team-settings-join'), fullPage: true });
    await section.getByTestId('team-join-submit').click();
    await expect.poll(() => section.getByTestId('team-linked').isVisible(), { timeout: 15_000 }).toBe(true);
    await expect
      .poll(() => pageB.getByTestId('sync-state').getAttribute('data-state'), { timeout: 15_000 })
      .toBe('idle');
    await section.scrollIntoViewIfNeeded();
    await pageB.screenshot({ path: screenshotPath('team-settings-linked'), fullPage: true });

    // The lead sets up the programme and publishes it.
    const client = await B('clients.create', { name: 'Cedar Bank' });
    const template = await B('templates.import', {
      fileName: 'shop.json',
      text: JSON.stringify(testTemplate({ name: 'Branch visit' })),
    });
    const site = await B('sites.create', { clientId: client.id, name: 'Harbour branch', region: 'South' });
    const wave = await B('waves.create', {
      clientId: client.id,
      name: 'Q1 2027',
      startsOn: '2027-01-01',
      endsOn: '2027-03-31',
    });
    await B('team.syncNow', {});
    const invite = await B('team.invite', { role: 'shopper', name: 'Sami' });

    // A is a shopper's laptop: it joins and receives the programme.
    const joined = await A('team.join', {
      hubAddress: hub.origin,
      inviteCode: invite.code,
      deviceName: 'Sami’s laptop',
    });
    expect(joined).toMatchObject({ linked: true, role: 'shopper', personName: 'Sami' });
    await A('team.syncNow', {});
    expect((await A('waves.list', { clientId: client.id })).map((w) => w.name)).toEqual(['Q1 2027']);

    // Offline: the hub is down while Sami logs the visit; nothing waits on it.
    await hub.stop();
    const visit = await A('audits.create', {
      clientId: client.id,
      templateId: template.id,
      title: 'Harbour, March',
      auditDate: '2027-03-02',
      auditType: 'mystery-shop',
    });
    await A('visits.update', { auditId: visit.id, changes: { siteId: site.id, waveId: wave.id, shopper: 'Sami' } });
    for (const [touchpointId, criterionId, value] of BASELINE_ANSWERS)
      await A('audits.setAnswer', { auditId: visit.id, touchpointId, criterionId, value });
    await A('audits.complete', { id: visit.id });
    const offline = await A('team.syncNow', {});
    expect(offline.state).toBe('offline');
    // The visit, the template version it pinned and its 7 answers.
    expect(offline.waiting).toBe(9);
    const pageA = await browser().newPage({ viewport: { width: 1280, height: 700 } });
    await pageA.goto(a.openUrl);
    const barA = pageA.getByTestId('sync-state');
    await expect.poll(() => barA.textContent(), { timeout: 15_000 }).toBe('Offline · 9 changes waiting');
    await pageA.screenshot({ path: screenshotPath('team-topbar-offline') });

    // The hub comes back at its address; the lead's wave view is open and fills as the visit arrives.
    hub = await startHubProcess(cluster.url, ['--port', String(hubPort)]);
    await go(pageB, `#/wave/${wave.id}`);
    await expect.poll(() => pageB.getByText('Q1 2027').first().isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await pageB.getByText('Harbour, March').count()).toBe(0);
    pageA.getByTestId('sync-state').click();
    await expect.poll(() => barA.getAttribute('data-state'), { timeout: 20_000 }).toBe('idle');
    await expect.poll(() => barA.textContent(), { timeout: 15_000 }).toMatch(/^Synced/);
    await pageA.screenshot({ path: screenshotPath('team-topbar-synced') });
    await B('team.syncNow', {});
    await expect.poll(() => pageB.getByText('Harbour, March').first().isVisible(), { timeout: 15_000 }).toBe(true);
    await pageB.screenshot({ path: screenshotPath('team-wave-filled'), fullPage: true });

    // The lead reviews it on B; the review reaches A, and A can no longer change the visit.
    const onB = await B('audits.get', { id: visit.id });
    expect(onB.answers.length).toBe(BASELINE_ANSWERS.length);
    await B('visits.review', { auditId: visit.id, decision: 'reviewed', comment: 'Clear and complete' });
    expect((await B('team.syncNow', {})).waiting).toBe(0);
    await A('team.syncNow', {});
    const onA = await A('audits.get', { id: visit.id });
    expect(onA.visit.review).toMatchObject({ status: 'reviewed', comment: 'Clear and complete' });
    const refused = await A('audits.setNote', {
      auditId: visit.id,
      touchpointId: 'website',
      criterionId: 'ease',
      note: 'later',
    }).then(
      () => null,
      (e: Error) => e.message,
    );
    expect(refused).toMatch(/reviewed by the lead and is locked/);
    // Both laptops hold the same visit, answer for answer.
    const strip = (d: typeof onA) =>
      d.answers.map((x) => [x.touchpointId, x.criterionId, JSON.stringify(x.value), x.note]);
    expect(strip(onA)).toEqual(strip(await B('audits.get', { id: visit.id })));
    await pageA.close();
    await pageB.close();
  });
});
