import type { Page } from 'playwright-core';
import { chooseLanguage } from '../support/choose-language';
import { describe, expect, it } from 'vitest';
import { AFTER_COLOUR, BEFORE_COLOUR } from '../../renderer/src/components/charts/palette';
import { callApi } from '../support/api-over-http';
import { barGroups, overlappingLabels } from '../support/chart-geometry';
import { screenshotPath } from '../support/browser';
import { chromiumForThisFile } from '../support/chromium-for-file';
import { openHostPage } from '../support/host-page';
import { tempDir } from '../support/temp-dir';
import { testTemplate, BASELINE_ANSWERS, FOLLOW_UP_ANSWERS } from '../support/test-template';
import { startWebHostProcess, type RunningWebHost } from '../support/web-host-process';

const browser = chromiumForThisFile();

/*
 * The test template (test/support/test-template.ts), pooled points, moment-of-truth multiplier 1.
 * Each criterion counts its weight in points; an answer earns weight x (its points / the scale's best).
 *
 * Baseline (2027-01-15):
 *   Website  price-shown yes (w2) 2/2; ease "3" on 1-5 -> 2 of 4 -> 0.5/1         => 2.5/3 = 83.3%
 *   Branch   greeting NO (critical) 0/1; nps-like 6 -> 0.6/1; wait "2-5 min" 1 of 3 -> 0.333/1;
 *            hours N/A (out)                                                    => calculated 1.933/3 = 64.4%,
 *            but the failed knock-out caps it at 0%: it adds 0 earned of 3 possible
 *   Signage  visible yes 1/1                                                    => 100%
 *   Overall  (2.5 + 0 + 1) / (3 + 3 + 1) = 3.5/7 = 50.0%
 * Follow-up (2027-06-15):
 *   Website  yes 2/2; ease "5" -> 4 of 4 -> 1/1                                 => 3/3 = 100%
 *   Branch   greeting yes 1/1; nps-like 9 -> 0.9/1; wait "Under 2 min" 1/1; hours N/A => 2.9/3 = 96.7%
 *   Signage  visible NO 0/1                                                     => 0%
 *   Overall  (3 + 2.9 + 0) / 7 = 5.9/7 = 84.3%
 * Deltas: overall +34.3 pts; Branch +96.7 (0 -> 96.7), Website +16.7, Signage -100.0.
 * (BASELINE_ANSWERS and FOLLOW_UP_ANSWERS in test/support/test-template.ts.)
 */

async function seed(host: RunningWebHost) {
  const call = <M extends Parameters<typeof callApi>[2]>(method: M, input: Parameters<typeof callApi<M>>[3]) =>
    callApi(host.origin, host.token, method, input);
  const client = await call('clients.create', { name: 'Cedar Bank' });
  const template = await call('templates.import', { fileName: 'test.json', text: JSON.stringify(testTemplate()) });
  const audits = [];
  for (const [title, date, answers, emotions] of [
    ['Baseline', '2027-01-15', BASELINE_ANSWERS, [2, 1, 3]],
    ['Follow-up', '2027-06-15', FOLLOW_UP_ANSWERS, [4, 5, 2]],
  ] as const) {
    const audit = await call('audits.create', {
      clientId: client.id,
      templateId: template.id,
      title,
      site: 'Main St',
      auditDate: date,
    });
    for (const [touchpointId, criterionId, value] of answers)
      await call('audits.setAnswer', { auditId: audit.id, touchpointId, criterionId, value });
    for (const [i, touchpointId] of ['website', 'branch', 'signage'].entries())
      await call('audits.setRecord', { auditId: audit.id, touchpointId, field: 'emotion', value: emotions[i]! });
    audits.push(audit);
  }
  await call('audits.setRecord', {
    auditId: audits[1]!.id,
    touchpointId: 'signage',
    field: 'painPoints',
    value: 'Sign hidden behind scaffolding; لافتة مخفية',
  });
  // NPS before: 2 promoters, 3 passives, 5 detractors of 10 -> 20% - 50% = -30; after: 6, 2, 2 -> 60% - 20% = +40.
  await call('metrics.set', {
    auditId: audits[0]!.id,
    inputs: { npsMode: 'counts', promoters: 2, passives: 3, detractors: 5 },
  });
  await call('metrics.set', {
    auditId: audits[1]!.id,
    inputs: { npsMode: 'counts', promoters: 6, passives: 2, detractors: 2 },
  });
  // The fix decided after the baseline: greet every customer (done before the follow-up).
  await call('actions.create', {
    clientId: client.id,
    auditId: audits[0]!.id,
    touchpointId: 'branch',
    title: 'Greet every customer within 30 s',
    priority: 'high',
    status: 'done',
  });
  return { client, baseline: audits[0]!, followUp: audits[1]! };
}

const openPage = (host: RunningWebHost) =>
  openHostPage(browser(), host, { viewport: { width: 1440, height: 1000 }, timeout: 20_000, locale: 'en-US' });

/** Charts are drawn as they come near the screen: scroll through the page so every one is. */
async function drawAllCharts(page: Page): Promise<void> {
  for (const frame of await page.locator('figure.chart-frame[data-drawn]').all()) {
    await frame.scrollIntoViewIfNeeded();
    await expect.poll(() => frame.getAttribute('data-drawn')).toBe('true');
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

const texts = (page: Page, testId: string) => page.getByTestId(testId).locator('li').allInnerTexts();

describe('dashboard and before/after comparison in the browser', () => {
  it('shows the hand-computed scores and deltas, follows the threshold, and reads in Arabic', async () => {
    const dataDir = tempDir('ja-compare-');
    const host = await startWebHostProcess(dataDir);
    try {
      const { baseline, followUp } = await seed(host);
      const { page, errors } = await openPage(host);

      // The client's dashboard.
      await page
        .getByTestId('client-list')
        .getByRole('button', { name: /Cedar Bank/ })
        .click();
      await page.getByTestId('open-dashboard').click();
      const latest = page.getByTestId('latest-score');
      await expect.poll(() => latest.innerText()).toContain('84.3%');
      // The follow-up is still in progress: its score is said to be one so far, with what it rests on.
      expect(await latest.getByTestId('latest-partial').innerText()).toMatch(
        /^Score so far · \d+ of \d+ answered \(\d+%\)$/,
      );
      expect(await latest.getByTestId('method-badge').innerText()).toBe('Pooled points');
      await expect.poll(() => page.getByTestId('latest-change').innerText()).toMatch(/\+34\.3 pts\s+improved/);
      expect(await page.getByTestId('latest-change').innerText()).toContain('was 50.0% in “Baseline”');
      expect(await page.getByTestId('failing-moments').innerText()).toContain('No moment of truth fails');
      expect(await page.getByTestId('pain-points').innerText()).toContain(
        'Sign hidden behind scaffolding; لافتة مخفية',
      );
      // Heat table: Before stage / digital is the website (100%), During / physical the signage (0%).
      const heat = await page.getByTestId('heat-table').locator('tbody tr').allInnerTexts();
      expect(heat.map((r) => r.replace(/\s+/g, ' ').trim())).toEqual(['Before 100.0% — —', 'During — 96.7% 0.0%']);
      // Every chart has a table of the same numbers.
      await page.getByTestId('stage-chart').getByTestId('chart-table-toggle').click();
      expect(
        (await page.getByTestId('stage-chart').locator('tbody tr').allInnerTexts()).map((r) =>
          r.replace(/\s+/g, ' ').trim(),
        ),
      ).toEqual(['Before 100.0%', 'During 72.5%']);
      await page.getByTestId('stage-chart').getByTestId('chart-table-toggle').click();
      await drawAllCharts(page);
      await expect.poll(() => page.getByTestId('trend-chart').locator('.recharts-line-curve').count()).toBe(1);
      await page.screenshot({ path: screenshotPath('dashboard-01-english'), fullPage: true });

      // The scoring rules, with the worked example computed by the engine itself.
      await page.getByRole('button', { name: 'How scores work' }).click();
      const help = page.getByTestId('help-screen');
      await expect.poll(() => help.innerText()).toContain('63.3%');
      expect(await help.innerText()).toContain('51.3%');
      await page.screenshot({ path: screenshotPath('help-01-scoring'), fullPage: true });
      await page.goBack();
      await page.getByTestId('client-dashboard').waitFor();

      // The comparison, reached from the headline.
      await page.getByTestId('compare-latest').click();
      await page.getByTestId('comparison').waitFor();
      expect(new URL(page.url()).hash).toBe(`#/compare/${baseline.clientId}/${baseline.id}/${followUp.id}`);
      const overall = page.getByTestId('overall-delta');
      await expect.poll(() => overall.innerText()).toContain('50.0% → 84.3%');
      expect(await overall.innerText()).toMatch(/\+34\.3 pts\s+improved/);
      expect(await page.getByTestId('movement-counts').innerText()).toMatch(
        /2 improved[\s\S]*1 regressed[\s\S]*0 unchanged/,
      );
      const improvements = await texts(page, 'top-improvements');
      expect(improvements).toHaveLength(2);
      expect(improvements[0]).toMatch(/Branch counter[\s\S]*0\.0% → 96\.7%[\s\S]*\+96\.7 pts/);
      expect(improvements[1]).toMatch(/Website[\s\S]*83\.3% → 100\.0%[\s\S]*\+16\.7 pts/);
      const regressions = await texts(page, 'top-regressions');
      expect(regressions).toHaveLength(1);
      expect(regressions[0]).toMatch(/Signage[\s\S]*100\.0% → 0\.0%[\s\S]*[-−]100\.0 pts/);
      expect(await page.getByTestId('still-failing').innerText()).toContain('Every moment of truth passes');

      // Criterion by criterion: ease 50% -> 100%; the N/A one is not comparable; "regressed only" leaves the sign.
      const row = (id: string) => page.getByTestId('criteria-table').locator(`tr[data-criterion="${id}"]`);
      expect((await row('website/ease').innerText()).replace(/\s+/g, ' ')).toMatch(
        /50\.0% 100\.0% ▲ \+50\.0 pts improved/,
      );
      expect((await row('branch/hours').innerText()).replace(/\s+/g, ' ')).toContain(
        'no score no score – — not comparable',
      );
      await page.getByTestId('filter-regressed').check();
      await expect.poll(() => page.getByTestId('criteria-table').locator('tbody tr').count()).toBe(1);
      expect(await page.getByTestId('criteria-table').locator('tbody tr').getAttribute('data-criterion')).toBe(
        'signage/visible',
      );
      await page.getByTestId('filter-regressed').uncheck();
      await page.getByTestId('filter-moments').check();
      await expect.poll(() => page.getByTestId('criteria-table').locator('tbody tr').count()).toBe(4);

      // A threshold of 20 points: the website's +16.7 no longer counts as improved.
      await page.getByTestId('threshold-input').fill('20');
      await expect
        .poll(() => page.getByTestId('movement-counts').innerText())
        .toMatch(/1 improved[\s\S]*1 regressed[\s\S]*1 unchanged/);
      await page.getByTestId('threshold-input').fill('5');
      await expect.poll(() => page.getByTestId('movement-counts').innerText()).toMatch(/2 improved/);

      // Customer metrics beside the scores: NPS -30 -> +40.
      const nps = (await page.getByTestId('metrics-compare-nps').innerText()).replace(/\s+/g, ' ');
      expect(nps).toMatch(/-30\b.*\+?40\b.*\+70/);
      expect(await page.getByTestId('metrics-compare-nps').getAttribute('data-movement')).toBe('improved');

      // Charts: grouped bars, the emotion curve before and after, the radar of kinds.
      await drawAllCharts(page);
      await expect
        .poll(() => page.getByTestId('compare-stage-chart').locator('.recharts-bar-rectangle').count())
        .toBe(4);
      expect(await page.getByTestId('emotion-before-after').locator('.recharts-line-curve').count()).toBe(2);
      expect(await page.getByTestId('compare-radar').locator('.recharts-radar').count()).toBe(2);
      await page.getByTestId('emotion-before-after').getByTestId('chart-table-toggle').click();
      // Mean emotions at one decimal, as in the printed report ("2.0", not "2" beside "3.5").
      expect(
        (await page.getByTestId('emotion-before-after').locator('tbody tr').allInnerTexts()).map((r) =>
          r.replace(/\s+/g, ' ').trim(),
        ),
      ).toEqual(['Before 2.0 · Frustrated 4.0 · Happy', 'During 2.0 · Frustrated 3.5 · Happy']);
      await page.getByTestId('emotion-before-after').getByTestId('chart-table-toggle').click();
      await drawAllCharts(page);
      await page.screenshot({ path: screenshotPath('compare-01-english'), fullPage: true });
      // Left to right: the first stage on the left, "before" then "after" in each group.
      const english = await barGroups(page, 'compare-stage-chart');
      expect(english.map((g) => g.label)).toEqual(['Before', 'During']);
      expect(english.map((g) => g.fills)).toEqual([
        [BEFORE_COLOUR, AFTER_COLOUR],
        [BEFORE_COLOUR, AFTER_COLOUR],
      ]);
      expect(english[0]!.centre).toBeLessThan(english[1]!.centre);
      expect(overlappingLabels(english)).toEqual([]);

      // The loop closes in the follow-up's walk: the branch had an action, and its score moved.
      await page
        .getByTestId('top-improvements')
        .getByRole('button', { name: /Branch counter/ })
        .click();
      await page.getByTestId('audit-walk').waitFor();
      await expect.poll(() => page.getByTestId('walk-score').innerText()).toMatch(/84\.3%\s*Pooled points/);
      await expect.poll(() => page.getByTestId('touchpoint-score').innerText()).toContain('Score here: 96.7%');
      await expect
        .poll(() => page.getByTestId('touchpoint-movement').innerText())
        .toMatch(/Since “Baseline”:\s*▲\s*\+96\.7 pts\s*improved\s*1 action, 1 done/);
      await page.screenshot({ path: screenshotPath('walk-05-loop-closed') });
      await page.goBack();
      await page.getByTestId('comparison').waitFor();

      // Arabic: mirrored layout, Arabic labels, the same numbers.
      await chooseLanguage(page, 'ar');
      await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
      await expect.poll(() => page.getByTestId('overall-delta').innerText()).toContain('تحسّن');
      expect(await page.getByTestId('overall-delta').getByTestId('method-badge').innerText()).toBe('مجموع النقاط');
      await drawAllCharts(page);
      await page.screenshot({ path: screenshotPath('compare-02-arabic'), fullPage: true });
      // Right to left: the first stage on the right, and in each group "before" first, i.e. on the right.
      // The chart is redrawn when the direction changes: wait for the mirrored drawing (named wait, not a sleep).
      await expect
        .poll(async () => (await barGroups(page, 'compare-stage-chart')).map((g) => g.fills[0]))
        .toEqual([AFTER_COLOUR, AFTER_COLOUR]);
      const arabic = await barGroups(page, 'compare-stage-chart');
      expect(arabic.map((g) => g.fills)).toEqual([
        [AFTER_COLOUR, BEFORE_COLOUR],
        [AFTER_COLOUR, BEFORE_COLOUR],
      ]);
      expect(arabic[0]!.centre).toBeGreaterThan(arabic[1]!.centre);
      await page.getByRole('button', { name: /لوحة المتابعة/ }).click();
      await page.getByTestId('client-dashboard').waitFor();
      await expect.poll(() => page.getByTestId('latest-score').innerText()).toMatch(/84[.,٫]3/);
      await drawAllCharts(page);
      await page.screenshot({ path: screenshotPath('dashboard-02-arabic'), fullPage: true });
      expect(errors).toEqual([]);
    } finally {
      await host.stop();
    }
  });
});
