import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { MethodInput, MethodName } from '../../shared/contract';
import { callApi } from '../support/api-over-http';
import { screenshotPath } from '../support/browser';
import { chromiumForThisFile } from '../support/chromium-for-file';
import { tempDir } from '../support/temp-dir';
import { BASELINE_ANSWERS, FOLLOW_UP_ANSWERS, testTemplate } from '../support/test-template';
import { startWebHostProcess, type RunningWebHost } from '../support/web-host-process';

const browser = chromiumForThisFile();

interface Screen {
  name: string;
  hash: string;
  /** A selector for something on the screen that shows it has loaded. */
  ready: string;
}

/** Every screen of the app with data on it: a client with a baseline and a follow-up, a visit in a wave, a sample. */
async function seed(api: <M extends MethodName>(m: M, i: MethodInput<M>) => Promise<unknown>) {
  const call = api as <M extends MethodName>(m: M, i: MethodInput<M>) => Promise<{ id: string }>;
  const client = await call('clients.create', { name: 'Cedar Bank' });
  const template = await call('templates.import', {
    fileName: 't.json',
    text: JSON.stringify(testTemplate({ name: 'Branch journey' })),
  });
  const audit = async (title: string, auditDate: string, answers: typeof BASELINE_ANSWERS) => {
    const a = await call('audits.create', {
      clientId: client.id,
      templateId: template.id,
      title,
      auditType: 'walkthrough',
      auditDate,
    });
    for (const [touchpointId, criterionId, value] of answers)
      await api('audits.setAnswer', { auditId: a.id, touchpointId, criterionId, value });
    return a;
  };
  const baseline = await audit('Baseline', '2027-01-10', BASELINE_ANSWERS);
  const followUp = await audit('Follow-up', '2027-03-10', FOLLOW_UP_ANSWERS);
  const wave = await call('waves.create', {
    clientId: client.id,
    name: 'Q1 2027',
    startsOn: '2027-01-01',
    endsOn: '2027-03-31',
  });
  const site = await call('sites.create', { clientId: client.id, name: 'Cluj Center', region: 'West' });
  const visit = await call('audits.create', {
    clientId: client.id,
    templateId: template.id,
    title: 'Visit',
    auditType: 'mystery-shop',
    auditDate: '2027-02-10',
  });
  await api('visits.update', { auditId: visit.id, changes: { siteId: site.id, waveId: wave.id, shopper: 'Rania' } });
  const calibration = (await api('calibration.create', {
    templateId: template.id,
    title: 'March calibration',
    scenario: 'Recorded visit',
    raters: ['Rania', 'Omar'],
  })) as { session: { id: string } };
  await call('calibration.setAnswer', {
    sessionId: calibration.session.id,
    rater: 'Rania',
    touchpointId: 'branch',
    criterionId: 'greeting',
    value: { kind: 'yesno', value: true },
  });
  const screens: Screen[] = [
    { name: 'home', hash: '#/', ready: '[data-testid="client-list"]' },
    { name: 'dashboard', hash: `#/dashboard/${client.id}`, ready: '[data-testid="client-dashboard"]' },
    { name: 'walk', hash: `#/audit/${followUp.id}`, ready: '[data-testid="audit-walk"]' },
    { name: 'visit', hash: `#/audit/${visit.id}`, ready: '[data-testid="visit-panel"]' },
    { name: 'map', hash: `#/map/${followUp.id}`, ready: '[data-testid="journey-map"]' },
    {
      name: 'compare',
      hash: `#/compare/${client.id}/${baseline.id}/${followUp.id}`,
      ready: '[data-testid="comparison"]',
    },
    { name: 'metrics', hash: `#/metrics/${followUp.id}`, ready: '[data-testid="metrics-panel"]' },
    { name: 'actions', hash: `#/actions/${client.id}`, ready: '[data-testid="actions-screen"]' },
    { name: 'templates', hash: '#/templates', ready: '[data-testid="templates-screen"]' },
    { name: 'template', hash: `#/template/${template.id}`, ready: '[data-testid="template-editor"]' },
    { name: 'waves', hash: `#/waves/${client.id}`, ready: '[data-testid="waves-screen"]' },
    { name: 'wave', hash: `#/wave/${wave.id}`, ready: '[data-testid="wave-table"]' },
    { name: 'packages', hash: '#/packages', ready: '.exchange-screen' },
    { name: 'help', hash: '#/help', ready: '[data-testid="help-screen"]' },
    { name: 'calibration', hash: '#/calibration', ready: '[data-testid="calibration-sessions"] li' },
    { name: 'triangulation', hash: `#/triangulation/${client.id}`, ready: '[data-testid="correlation"]' },
    {
      name: 'calibration-session',
      hash: `#/calibration/${calibration.session.id}`,
      ready: '[data-testid="calibration-agreement"] tbody tr',
    },
    { name: 'settings', hash: '#/settings', ready: '[data-testid="settings-screen"]' },
  ];
  return { screens, followUp };
}

async function openApp(host: RunningWebHost, language: 'en' | 'ar') {
  await callApi(host.origin, host.token, 'settings.update', { language });
  // AxeBuilder wants a page from a context of its own.
  const context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  const csp: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) csp.push(m.text());
  });
  await page.goto(host.openUrl);
  await page.getByTestId('client-list').waitFor();
  return { page, csp };
}

async function go(page: Page, hash: string) {
  await page.evaluate((h) => {
    window.location.hash = h;
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, hash);
}

describe('every screen, in English and Arabic: no serious or critical axe violation, one h1', () => {
  it.each(['en', 'ar'] as const)('%s', { timeout: 240_000 }, async (language) => {
    const host = await startWebHostProcess(tempDir('ja-access-'));
    const api = <M extends MethodName>(method: M, input: MethodInput<M>) =>
      callApi(host.origin, host.token, method, input);
    try {
      const { screens } = await seed(api);
      const { page } = await openApp(host, language);
      const problems: string[] = [];
      for (const screen of screens) {
        await go(page, screen.hash);
        await page.locator(screen.ready).first().waitFor();
        await page.waitForTimeout(300); // charts settle
        const h1 = await page.locator('h1').count();
        if (h1 !== 1) problems.push(`${screen.name}: ${h1} h1 elements`);
        const result = await new AxeBuilder({ page: page as never })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
          .analyze();
        for (const v of result.violations)
          if (v.impact === 'serious' || v.impact === 'critical')
            problems.push(
              `${screen.name}: ${v.id} (${v.impact}) ${v.nodes
                .slice(0, 3)
                .map((n) => n.target.join(' '))
                .join(' | ')}`,
            );
        if (screen.name === 'walk' || screen.name === 'map' || screen.name === 'compare')
          await page.screenshot({ path: screenshotPath(`access-${language}-${screen.name}`) });
      }
      expect(problems).toEqual([]);
    } finally {
      await host.stop();
    }
  });
});

describe('modals and the CSP', () => {
  it('opening and closing each dialog logs no Content-Security-Policy error, and the page still does not scroll behind it', async () => {
    const host = await startWebHostProcess(tempDir('ja-csp-'));
    const api = <M extends MethodName>(method: M, input: MethodInput<M>) =>
      callApi(host.origin, host.token, method, input);
    try {
      const { followUp } = await seed(api);
      const { page, csp } = await openApp(host, 'en');
      await go(page, `#/audit/${followUp.id}`);
      await page.getByTestId('audit-walk').waitFor();
      for (const open of ['open-completion', 'open-export']) {
        await page.getByTestId(open).click();
        await page.getByRole('dialog').waitFor();
        // The scroll lock's rules arrive through the CSSOM, not an inline <style> the policy refuses.
        expect(await page.evaluate(() => getComputedStyle(document.body).overflow)).toBe('hidden');
        await page.keyboard.press('Escape');
        await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
      }
      await page.keyboard.press('?');
      await page.getByRole('dialog').waitFor();
      await page.keyboard.press('Escape');
      expect(await page.locator('style:not([nonce])').count()).toBe(0);
      expect(csp).toEqual([]);
    } finally {
      await host.stop();
    }
  });
});
