import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { MethodInput, MethodName } from '../../shared/contract';
import type { AnswerValue } from '../../shared/domain/audit';
import type { Criterion } from '../../shared/domain/template';
import { callApi } from '../support/api-over-http';
import { screenshotPath } from '../support/browser';
import { chooseLanguage } from '../support/choose-language';
import { chromiumForThisFile } from '../support/chromium-for-file';
import { openHostPage, stopHostAndPages } from '../support/host-page';
import { i18nFor } from '../support/i18n-for';
import { tempDir } from '../support/temp-dir';
import { startWebHostProcess, type RunningWebHost } from '../support/web-host-process';

/*
 * What a newcomer found reading the screens side by side (review 8, "small remarks"), on the built-in six-stage
 * lifecycle template in the interface's own language, at the reviewer's 1400 x 900:
 * - a number reads the same in a chart's labels as in its table (one precision: "53.9%", never "54%" beside it);
 * - Compare's emotion curve keeps every stage's name whole, and the radar's scale stays off the spokes' names;
 * - the journey map fits the window, and a card nobody answered has no pass colour; the legend names the edges;
 * - the save state has one wording on every screen;
 * - the walk's first Tab stop is a skip link that puts the focus on the current criterion's answers.
 */

const browser = chromiumForThisFile();
const LANGUAGES = ['en', 'ar', 'ro'] as const;
type Language = (typeof LANGUAGES)[number];
const VIEWPORT = { width: 1400, height: 900 };

/** A percent as read on the screen, without the isolates that keep it whole in Arabic. */
const bare = (s: string | null) => (s ?? '').replace(/[\u2066-\u2069]/g, '').trim();

/** An answer for a criterion: the best one, or one of a spread (so some pass and some fail). */
function answerFor(c: Criterion, i: number, best: boolean): AnswerValue {
  const s = c.scale;
  switch (s.type) {
    case 'yesno':
      return { kind: 'yesno', value: best || i % 3 !== 1 };
    case 'scale5':
      return { kind: 'scale', value: best ? 5 : 1 + ((i * 2) % 5) };
    case 'scale10':
      return { kind: 'scale', value: best ? 10 : (i * 3) % 11 };
    case 'options': {
      const top = [...s.options].sort((a, b) => b.points - a.points)[0]!;
      return { kind: 'option', optionId: best ? top.id : s.options[i % s.options.length]!.id };
    }
    case 'perChannel':
      return { kind: 'channels', values: Object.fromEntries(s.channels.map((ch) => [ch, 'Mon-Fri 9-17'])) };
  }
}

interface Seeded {
  clientId: string;
  baselineId: string;
  followUpId: string;
  /** A touchpoint every criterion of which passes in the follow-up, and one nobody answered. */
  passingTp: string;
  unansweredTp: string;
}

/** A client with a baseline and a follow-up on the language's built-in lifecycle template: two stages answered. */
async function seed(host: RunningWebHost, language: Language): Promise<Seeded> {
  const api = <M extends MethodName>(method: M, input: MethodInput<M>) =>
    callApi(host.origin, host.token, method, input);
  const templates = await api('templates.list', { language });
  const template = templates.find((t) => t.builtinKey === 'lifecycle-six-step');
  if (!template) throw new Error(`no built-in lifecycle template in ${language}`);
  const client = await api('clients.create', { name: `Café Lumière ${language}` });
  const ids: string[] = [];
  let passingTp = '';
  let unansweredTp = '';
  for (const [k, title, date] of [
    [0, 'Baseline', '2027-01-15'],
    [1, 'Follow-up', '2027-06-15'],
  ] as const) {
    const audit = await api('audits.create', {
      clientId: client.id,
      templateId: template.id,
      title,
      site: 'Cluj Centru',
      auditDate: date,
    });
    const { stages, touchpoints } = audit.definition;
    const answered = touchpoints.filter((tp) => tp.stageId === stages[0]!.id || tp.stageId === stages[1]!.id);
    passingTp = touchpoints.find((tp) => tp.stageId === stages[1]!.id)!.id;
    unansweredTp = touchpoints.find((tp) => tp.stageId === stages[2]!.id)!.id;
    let i = k;
    for (const tp of answered)
      for (const c of tp.criteria)
        await api('audits.setAnswer', {
          auditId: audit.id,
          touchpointId: tp.id,
          criterionId: c.id,
          value: answerFor(c, i++, k === 1 && tp.id === passingTp),
        });
    for (const [j, tp] of answered.slice(0, 3).entries())
      await api('audits.setRecord', {
        auditId: audit.id,
        touchpointId: tp.id,
        field: 'emotion',
        value: ((j + 2 * k) % 5) + 1,
      });
    ids.push(audit.id);
  }
  return { clientId: client.id, baselineId: ids[0]!, followUpId: ids[1]!, passingTp, unansweredTp };
}

async function go(page: Page, hash: string, ready: string): Promise<void> {
  await page.evaluate((h) => (window.location.hash = h), hash);
  await page.getByTestId(ready).first().waitFor();
}

/** Charts are drawn as they come near the screen: scroll through the page so every one is. */
async function drawAllCharts(page: Page): Promise<void> {
  for (const frame of await page.locator('figure.chart-frame[data-drawn]').all()) {
    await frame.scrollIntoViewIfNeeded();
    await expect.poll(() => frame.getAttribute('data-drawn')).toBe('true');
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** The values written on a bar chart's bars, then the same chart's table: both sorted, as read. */
async function barLabelsAndTable(frame: Locator): Promise<{ labels: string[]; table: string[] }> {
  const labels = (await frame.locator('.recharts-label-list text').allTextContents()).map(bare).sort();
  await frame.getByTestId('chart-table-toggle').click();
  const cells = (await frame.locator('tbody td').allInnerTexts()).map(bare);
  await frame.getByTestId('chart-table-toggle').click();
  await frame.locator('svg.recharts-surface').first().waitFor();
  // A section with no score has no bar (and a dash or "no score" in the table): only numbers are compared.
  return { labels, table: cells.filter((c) => /\d/.test(c)).sort() };
}

interface Box {
  text: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}
const boxes = (scope: Locator, selector: string): Promise<Box[]> =>
  scope.evaluate(
    (el, sel) =>
      [...el.querySelectorAll(sel)].map((t) => {
        const r = t.getBoundingClientRect();
        return { text: t.textContent ?? '', left: r.left, right: r.right, top: r.top, bottom: r.bottom };
      }),
    selector,
  );
const meet = (a: Box, b: Box) =>
  a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
const clashes = (a: Box[], b: Box[]) =>
  a.flatMap((x) => b.filter((y) => y !== x && meet(x, y)).map((y) => `${x.text} | ${y.text}`));

describe('one reading of every number and label: charts, the journey map, the saved state and the walk', () => {
  it('writes the same percent on a bar as in its table, keeps Compare’s labels whole, in three languages', async () => {
    const host = await startWebHostProcess(tempDir('ja-one-reading-'));
    try {
      const { page, errors } = await openHostPage(browser(), host, { viewport: VIEWPORT, timeout: 20_000 });
      await page.getByTestId('language-switch').waitFor();
      for (const language of LANGUAGES) {
        const s = await seed(host, language);
        await chooseLanguage(page, language);

        // The dashboard: each bar's label is its table's number, character for character.
        await go(page, `#/dashboard/${s.clientId}`, 'latest-score');
        await drawAllCharts(page);
        for (const chart of ['stage-chart', 'kind-chart']) {
          const { labels, table } = await barLabelsAndTable(page.getByTestId(chart));
          expect(labels.length, `${language} ${chart}`).toBeGreaterThan(0);
          expect(labels, `${language} ${chart}`).toEqual(table);
          for (const l of labels) expect(l).toMatch(/^\d+[.,]\d%$/);
        }
        if (language !== 'ro')
          await page.screenshot({ path: screenshotPath(`one-reading-dashboard-${language}`), fullPage: true });

        // Compare: the same for both series of both bar charts.
        await go(page, `#/compare/${s.clientId}/${s.baselineId}/${s.followUpId}`, 'compare-stage-chart');
        await drawAllCharts(page);
        for (const chart of ['compare-stage-chart', 'compare-kind-chart']) {
          const { labels, table } = await barLabelsAndTable(page.getByTestId(chart));
          expect(labels.length, `${language} ${chart}`).toBeGreaterThan(2);
          expect(labels, `${language} ${chart}`).toEqual(table);
          // Upright or level, no two values on the bars run into each other.
          await page.getByTestId(chart).locator('.recharts-label-list text').first().waitFor();
          const values = await boxes(page.getByTestId(chart), '.recharts-label-list text');
          expect(clashes(values, values), `${language} ${chart}`).toEqual([]);
        }

        // The emotion curve: every stage's name whole (never "Discov…"), inside the chart, clear of its neighbours
        // and of the emotion words.
        const emotion = page.getByTestId('emotion-before-after');
        const stages = await boxes(emotion, 'text.axis-label');
        expect(stages).toHaveLength(6);
        for (const st of stages) expect(st.text, language).not.toContain('…');
        const plot = (await boxes(emotion, '.recharts-wrapper > svg.recharts-surface'))[0]!;
        for (const st of stages) {
          expect(st.left, `${language} ${st.text}`).toBeGreaterThanOrEqual(plot.left - 0.5);
          expect(st.right, `${language} ${st.text}`).toBeLessThanOrEqual(plot.right + 0.5);
        }
        const words = await boxes(emotion, '.recharts-yAxis-tick-labels text');
        expect(words).toHaveLength(5);
        expect(clashes(stages, stages)).toEqual([]);
        expect(clashes(stages, words)).toEqual([]);

        // The radar: its scale's numbers (0 … 100) touch no spoke's name.
        const radar = page.getByTestId('compare-radar');
        const spokes = await boxes(radar, '.recharts-polar-angle-axis-tick-value');
        const scale = await boxes(radar, '.recharts-polar-radius-axis-tick-value');
        expect(spokes.length).toBeGreaterThanOrEqual(3);
        expect(scale.length).toBeGreaterThan(0);
        expect(clashes(scale, spokes), language).toEqual([]);
        await page.screenshot({ path: screenshotPath(`one-reading-compare-${language}`), fullPage: true });
        await page.getByTestId('compare-stage-chart').scrollIntoViewIfNeeded();
        await page.screenshot({ path: screenshotPath(`one-reading-compare-charts-${language}`) });
      }
      expect(errors).toEqual([]);
    } finally {
      await stopHostAndPages(browser(), host);
    }
  }, 180_000);

  it('fits the journey map in 1400 px, gives an unanswered card no pass colour and names the edges', async () => {
    const host = await startWebHostProcess(tempDir('ja-one-reading-map-'));
    try {
      const { page, errors } = await openHostPage(browser(), host, { viewport: VIEWPORT, timeout: 20_000 });
      await page.getByTestId('language-switch').waitFor();
      for (const language of ['en', 'ar'] as const) {
        const t = i18nFor(language);
        const s = await seed(host, language);
        await chooseLanguage(page, language);
        await go(page, `#/map/${s.followUpId}`, 'journey-map');
        await page.getByTestId('emotion-curve').locator('svg.recharts-surface').waitFor();

        // Neither the page nor the map scrolls sideways: six stages fit.
        const widths = await page.evaluate(() => {
          const doc = document.scrollingElement!;
          const map = document.querySelector('.map-scroll')!;
          return { page: [doc.scrollWidth, doc.clientWidth], map: [map.scrollWidth, map.clientWidth] };
        });
        expect(widths.page[0], language).toBe(widths.page[1]);
        expect(widths.map[0], language).toBeLessThanOrEqual(widths.map[1]!);
        // The curve's stage names are all inside the window.
        const curveStages = await boxes(page.getByTestId('emotion-curve'), '.recharts-xAxis-tick-labels text');
        expect(curveStages).toHaveLength(6);
        for (const st of curveStages) {
          expect(st.left, `${language} ${st.text}`).toBeGreaterThanOrEqual(0);
          expect(st.right, `${language} ${st.text}`).toBeLessThanOrEqual(VIEWPORT.width);
        }

        // A card nobody answered is neutral; a card with every answer passing is the pass colour; they differ.
        const edge = (tp: string) =>
          page.getByTestId(`map-card-${tp}`).evaluate((el) => ({
            edge: el.getAttribute('data-edge'),
            colour: getComputedStyle(el).borderInlineStartColor,
            style: getComputedStyle(el).borderInlineStartStyle,
          }));
        const open = await edge(s.unansweredTp);
        const pass = await edge(s.passingTp);
        expect(open.edge).toBe('open');
        expect(pass.edge).toBe('pass');
        expect(open.colour).not.toBe(pass.colour);
        expect(open.style).toBe('dashed');
        // Not green in any shade: a grey has its three channels close together.
        const [r, g, b] = open.colour.match(/\d+/g)!.map(Number) as [number, number, number];
        expect(Math.max(r, g, b) - Math.min(r, g, b)).toBeLessThan(24);

        // The legend names every edge, in the interface's language, beside a swatch of the card's colour.
        const legend = page.getByTestId('map-edge-legend');
        expect(await legend.innerText()).toContain(t('map.edge.title'));
        for (const key of ['fail', 'pass', 'open', 'na'])
          expect(await legend.locator(`[data-edge="${key}"]`).innerText()).toBe(t(`map.edge.${key}`));
        const swatch = (key: string) =>
          legend.locator(`[data-edge="${key}"] .edge-swatch`).evaluate((el) => getComputedStyle(el).backgroundColor);
        expect(await swatch('pass')).toBe(pass.colour);
        expect(await page.getByTestId('map-card-' + s.unansweredTp).getAttribute('class')).toContain('edge-open');
        await page.screenshot({ path: screenshotPath(`one-reading-map-${language}`) });
      }
      expect(errors).toEqual([]);
    } finally {
      await stopHostAndPages(browser(), host);
    }
  }, 120_000);

  it('says "Saved" in one wording on every screen, before and after a write', async () => {
    const host = await startWebHostProcess(tempDir('ja-one-reading-saved-'));
    try {
      const { page, errors } = await openHostPage(browser(), host, { viewport: VIEWPORT, timeout: 20_000 });
      await page.getByTestId('language-switch').waitFor();
      for (const language of ['en', 'ar'] as const) {
        const t = i18nFor(language);
        const s = await seed(host, language);
        await chooseLanguage(page, language);
        const header = page.getByTestId('save-indicator');
        const screens: [string, string][] = [
          ['#/', 'client-list'],
          ['#/templates', 'templates-screen'],
          ['#/settings', 'settings-screen'],
          [`#/dashboard/${s.clientId}`, 'latest-score'],
          [`#/compare/${s.clientId}/${s.baselineId}/${s.followUpId}`, 'compare-screen'],
          [`#/map/${s.followUpId}`, 'journey-map'],
          [`#/metrics/${s.followUpId}`, 'metrics-panel'],
          [`#/audit/${s.followUpId}`, 'audit-walk'],
        ];
        for (const [hash, ready] of screens) {
          await go(page, hash, ready);
          await expect.poll(() => header.innerText(), { message: `${language} ${hash}` }).toBe(t('save.saved'));
          if (ready === 'metrics-panel')
            expect(await page.getByTestId('metrics-save').innerText()).toBe(t('save.saved'));
        }
        // The client's page (chosen in the list).
        await go(page, '#/', 'client-list');
        await page
          .getByTestId('client-list')
          .getByRole('button', { name: new RegExp(`Café Lumière ${language}`) })
          .click();
        await page.getByTestId('open-dashboard').waitFor();
        await expect.poll(() => header.innerText()).toBe(t('save.saved'));
        // After a write, the same word.
        await go(page, `#/audit/${s.baselineId}`, 'audit-walk');
        // The keys are the walk's once the focus has left the language menu.
        await page.locator('#touchpoint-title').click();
        await page.keyboard.press('1');
        await expect.poll(() => header.getAttribute('data-state')).toBe('saved');
        expect(await header.innerText()).toBe(t('save.saved'));
        await go(page, '#/', 'client-list');
        await expect.poll(() => header.innerText()).toBe(t('save.saved'));
      }
      expect(errors).toEqual([]);
    } finally {
      await stopHostAndPages(browser(), host);
    }
  }, 120_000);

  it('makes a skip link the walk’s first Tab stop; Enter puts the focus on the current criterion’s answers', async () => {
    const host = await startWebHostProcess(tempDir('ja-one-reading-skip-'));
    try {
      for (const language of ['en', 'ar'] as const) {
        const t = i18nFor(language);
        const s = await seed(host, language);
        const { page, errors } = await openHostPage(browser(), host, { viewport: VIEWPORT, timeout: 20_000 });
        await page.getByTestId('language-switch').waitFor();
        await chooseLanguage(page, language);
        // The walk as it opens (loaded afresh, nothing focused yet), on a touchpoint nobody answered.
        await go(page, `#/audit/${s.followUpId}/${s.unansweredTp}`, 'audit-walk');
        await page.reload();
        await page.getByTestId('audit-walk').waitFor();
        await page.locator(`html[lang="${language}"]`).waitFor({ state: 'attached' });
        const skip = page.getByTestId('skip-to-questions');
        // Hidden until it has the focus.
        const hidden = await skip.boundingBox();
        expect(hidden === null || hidden.y + hidden.height <= 0).toBe(true);

        await page.keyboard.press('Tab');
        expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
          'skip-to-questions',
        );
        expect(await skip.innerText()).toBe(t('walk.skipToQuestions'));
        const shown = (await skip.boundingBox())!;
        expect(shown.y).toBeGreaterThanOrEqual(0);
        expect(shown.x).toBeGreaterThanOrEqual(0);
        expect(shown.x + shown.width).toBeLessThanOrEqual(VIEWPORT.width);
        await page.screenshot({ path: screenshotPath(`one-reading-skip-link-${language}`) });

        const hash = await page.evaluate(() => window.location.hash);
        await page.keyboard.press('Enter');
        await expect
          .poll(() =>
            page.evaluate(() => {
              const el = document.activeElement;
              return el?.classList.contains('answer-button') ? el.closest('.criterion.active') !== null : false;
            }),
          )
          .toBe(true);
        // The route stays where it was; the answers answer from there (Space chooses the focused one).
        expect(await page.evaluate(() => window.location.hash)).toBe(hash);
        await page.screenshot({ path: screenshotPath(`one-reading-skip-answers-${language}`) });
        expect(errors).toEqual([]);
        await page.close();
      }
    } finally {
      await stopHostAndPages(browser(), host);
    }
  }, 120_000);
});
