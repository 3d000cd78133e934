import type { Page } from 'playwright-core';
import { chooseLanguage } from '../support/choose-language';
import { describe, expect, it } from 'vitest';
import type { MethodInput, MethodName } from '../../shared/contract';
import { callApi } from '../support/api-over-http';
import { screenshotPath } from '../support/browser';
import { chromiumForThisFile } from '../support/chromium-for-file';
import { tempDir } from '../support/temp-dir';
import { testTemplate } from '../support/test-template';
import { startWebHostProcess } from '../support/web-host-process';

const browser = chromiumForThisFile();

/** Pearson's r from its definition, independent of the app's code. */
function pearson(xs: number[], ys: number[]): number {
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  xs.forEach((x, i) => {
    sxy += (x - mx) * (ys[i]! - my);
    sxx += (x - mx) ** 2;
    syy += (ys[i]! - my) ** 2;
  });
  return sxy / Math.sqrt(sxx * syy);
}

async function go(page: Page, hash: string) {
  await page.evaluate((h) => (window.location.hash = h), hash);
}

describe('audit scores against customer metrics, from the dashboard', () => {
  it('shows r with its interval and n over 12 audits, and says why there is none for a site with 4, in English and Arabic', async () => {
    const host = await startWebHostProcess(tempDir('ja-triangulation-'));
    const api = <M extends MethodName>(method: M, input: MethodInput<M>) =>
      callApi(host.origin, host.token, method, input);
    try {
      const client = await api('clients.create', { name: 'Cedar Bank' });
      const template = await api('templates.import', { fileName: 't.json', text: JSON.stringify(testTemplate()) });
      for (let i = 0; i < 12; i++) {
        const audit = await api('audits.create', {
          clientId: client.id,
          templateId: template.id,
          title: `Audit ${i + 1}`,
          site: i < 4 ? 'Hamra' : 'Verdun',
          auditDate: `2027-01-${String(i + 10)}`,
        });
        await api('audits.setAnswer', {
          auditId: audit.id,
          touchpointId: 'website',
          criterionId: 'ease',
          value: { kind: 'scale', value: 1 + (i % 5) },
        });
        await api('audits.setAnswer', {
          auditId: audit.id,
          touchpointId: 'signage',
          criterionId: 'visible',
          value: { kind: 'yesno', value: i % 3 !== 0 },
        });
        await api('metrics.set', {
          auditId: audit.id,
          inputs: { promoters: 2 + (i % 5) + (i % 3 ? 2 : 0), passives: 1, detractors: 3 },
        });
      }
      const data = await api('insights.triangulation', { clientId: client.id });
      const r = pearson(
        data.points.map((p) => p.overall!),
        data.points.map((p) => p.metrics.nps!),
      );
      expect(Math.abs(r)).toBeGreaterThan(0.3); // the spread above makes a relation to find

      const page = await browser().newPage({ viewport: { width: 1280, height: 1000 } });
      page.setDefaultTimeout(30_000);
      await page.goto(host.openUrl);
      await page.getByRole('navigation').first().waitFor();
      for (const language of ['en', 'ar'] as const) {
        await chooseLanguage(page, language);
        await go(page, `#/dashboard/${client.id}`);
        await page.getByTestId('open-triangulation').click();
        const line = page.getByTestId('correlation');
        await expect.poll(() => line.getAttribute('data-status')).toBe('shown');
        const text = await line.innerText();
        const twoDp = new Intl.NumberFormat(language, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(r);
        expect(text).toContain(`r = ${twoDp}`);
        expect(text).toContain('n = 12');
        expect(await page.getByTestId('metric-definition').innerText()).toContain(
          language === 'en' ? 'promoters (9–10)' : 'المروّجين',
        );
        await page.getByTestId('triangulation-scatter').scrollIntoViewIfNeeded();
        await expect
          .poll(() => page.locator('[data-testid="triangulation-scatter"] .recharts-scatter-symbol').count())
          .toBe(12);
        await page.screenshot({ path: screenshotPath(`triangulation-01-${language}`), fullPage: true });
        await page.getByTestId('triangulation-site').selectOption('Hamra');
        await expect.poll(() => line.getAttribute('data-status')).toBe('too-few');
        expect(await line.innerText()).toContain(
          language === 'en' ? 'only 4 audits have both numbers, and at least 10 are needed' : 'والمطلوب 10 على الأقل',
        );
        await page.screenshot({ path: screenshotPath(`triangulation-02-too-few-${language}`), fullPage: true });
        await page.getByTestId('triangulation-site').selectOption('');
      }
    } finally {
      await host.stop();
    }
  }, 120_000);
});
