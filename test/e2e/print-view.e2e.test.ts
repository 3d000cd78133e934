import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { AnswerValue } from '../../shared/domain/audit';
import { TOKEN_SESSION_KEY } from '../../shared/api/http-token';
import { REPORT_SECTIONS } from '../../shared/reports/report-sections';
import { callApi } from '../support/api-over-http';
import { OUTPUT_DIR, screenshotPath } from '../support/browser';
import { chromiumForThisFile } from '../support/chromium-for-file';
import { tempDir } from '../support/temp-dir';
import { testTemplate } from '../support/test-template';
import { startWebHostProcess, type RunningWebHost } from '../support/web-host-process';

const browser = chromiumForThisFile();

const XSS_NOTE = '<img src=x onerror=alert(1)>';
const MIXED_NOTE = 'Teller said “نعم، غدًا” then switched to English: come back at 10:30 (2 visits).';

/*
 * The test template, pooled points, multiplier 1 (as worked out in test/e2e/compare.e2e.test.ts, but
 * with the opening hours asked per channel instead of N/A, so the branch has 4 points possible):
 * baseline: website 2.5/3, branch knocked out 0/4 (channels disagree too), signage 1/1 => 3.5/8 = 43.8%;
 * follow-up: website 3/3, branch 1 + 0.9 + 1 + 1 = 3.9/4, signage "no" 0/1 => 6.9/8 = 86.3% (86.25).
 */
const answersFor = (good: boolean): [string, string, AnswerValue][] => [
  ['website', 'price-shown', { kind: 'yesno', value: true }],
  ['website', 'ease', { kind: 'scale', value: good ? 5 : 3 }],
  ['branch', 'greeting', { kind: 'yesno', value: good }],
  ['branch', 'nps-like', { kind: 'scale', value: good ? 9 : 6 }],
  ['branch', 'wait', { kind: 'option', optionId: good ? 'short' : 'medium' }],
  [
    'branch',
    'hours',
    {
      kind: 'channels',
      values: good ? { Web: '9-18', Phone: '9-18', Store: '9-18' } : { Web: '9-18', Phone: '9-17', Store: '10-18' },
    },
  ],
  ['signage', 'visible', { kind: 'yesno', value: !good }],
];

/** A photo with something to see in it: bands of colour and a diagonal, so a cut or a squash shows. */
async function photo(width: number, height: number): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <rect width="100%" height="100%" fill="#d9c9a3"/><rect y="${height * 0.6}" width="100%" height="${height * 0.4}" fill="#6b8f71"/>
    <line x1="0" y1="0" x2="${width}" y2="${height}" stroke="#1b2430" stroke-width="${width / 80}"/>
    <circle cx="${width * 0.7}" cy="${height * 0.3}" r="${height / 6}" fill="#c0392b"/></svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer();
}

async function seed(host: RunningWebHost) {
  const call = <M extends Parameters<typeof callApi>[2]>(method: M, input: Parameters<typeof callApi<M>>[3]) =>
    callApi(host.origin, host.token, method, input);
  const client = await call('clients.create', { name: 'Cedar Bank — بنك الأرز' });
  const template = await call('templates.import', { fileName: 'test.json', text: JSON.stringify(testTemplate()) });
  const ids: string[] = [];
  for (const [title, date, good, emotions] of [
    ['Baseline', '2027-01-15', false, [2, 1, 3]],
    ['Follow-up', '2027-06-15', true, [4, 5, 2]],
  ] as const) {
    const audit = await call('audits.create', {
      clientId: client.id,
      templateId: template.id,
      title,
      site: 'Main St branch',
      auditor: 'Ana Pop',
      persona: 'First-time customer',
      auditDate: date,
    });
    for (const [touchpointId, criterionId, value] of answersFor(good))
      await call('audits.setAnswer', { auditId: audit.id, touchpointId, criterionId, value });
    for (const [i, touchpointId] of ['website', 'branch', 'signage'].entries())
      await call('audits.setRecord', { auditId: audit.id, touchpointId, field: 'emotion', value: emotions[i]! });
    ids.push(audit.id);
  }
  const [baselineId, followUp] = ids as [string, string];
  await call('audits.setNote', { auditId: followUp, touchpointId: 'website', criterionId: 'ease', note: XSS_NOTE });
  await call('audits.setNote', {
    auditId: followUp,
    touchpointId: 'branch',
    criterionId: 'greeting',
    note: MIXED_NOTE,
  });
  await call('audits.setRecord', {
    auditId: followUp,
    touchpointId: 'signage',
    field: 'painPoints',
    value: 'Sign hidden behind scaffolding; لافتة مخفية خلف السقالات',
  });
  await call('audits.setRecord', {
    auditId: followUp,
    touchpointId: 'signage',
    field: 'recommendation',
    value: 'Put a temporary sign at the door until the works end.',
  });
  await call('audits.setRecord', {
    auditId: followUp,
    touchpointId: 'website',
    field: 'worked',
    value: 'Full price on the first screen, fees included.',
  });
  await call('audits.setRecord', {
    auditId: followUp,
    touchpointId: 'branch',
    field: 'worked',
    value: 'Greeted at once, by name.',
  });
  for (const [touchpointId, w, h, name] of [
    ['signage', 2400, 1600, 'street-view.jpg'],
    ['signage', 1200, 1800, 'door-portrait.jpg'],
    ['branch', 2000, 1400, 'counter.jpg'],
  ] as const) {
    await call('evidence.add', {
      auditId: followUp,
      touchpointId,
      fileName: name,
      dataBase64: (await photo(w, h)).toString('base64'),
    });
  }
  await call('actions.create', {
    clientId: client.id,
    auditId: followUp,
    touchpointId: 'signage',
    title: 'Move the sign in front of the scaffolding',
    owner: 'Facilities — المرافق',
    priority: 'high',
    dueDate: '2027-07-01',
  });
  await call('actions.create', {
    clientId: client.id,
    auditId: baselineId,
    touchpointId: 'branch',
    title: 'Greet every customer within 30 s',
    priority: 'high',
    status: 'done',
  });
  await call('metrics.set', {
    auditId: baselineId,
    inputs: { npsMode: 'counts', promoters: 2, passives: 3, detractors: 5 },
  });
  await call('metrics.set', {
    auditId: followUp,
    inputs: {
      npsMode: 'counts',
      promoters: 6,
      passives: 2,
      detractors: 2,
      csatCounts: [1, 1, 2, 10, 6],
      fcrMode: 'counts',
      fcrResolved: 72,
      fcrContacts: 100,
    },
  });
  const logo = await sharp(
    Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="900" height="300"><rect width="900" height="300" fill="#fff"/><circle cx="150" cy="150" r="110" fill="#7a1f5c"/><text x="300" y="185" font-family="DejaVu Sans" font-size="110" fill="#7a1f5c">Northlight</text></svg>',
    ),
  )
    .png()
    .toBuffer();
  await call('settings.update', {
    consultantName: 'Northlight CX Consulting',
    accentColour: '#7a1f5c',
    logo: { fileName: 'logo.png', base64: logo.toString('base64') },
  });
  // The consultant's own words, printed first (the executive section is left out while nothing is written).
  await call('reports.setText', {
    auditId: followUp,
    field: 'summary',
    text: 'The branch now **greets** customers.\n\n- Signage still hidden\n- Queue shorter',
  });
  return { client, baselineId, followUp, call };
}

interface TocEntry {
  section: string;
  page: number;
  pages: number;
  flows?: boolean;
}

/** Opens the app (the token moves out of the address), then the print view; waits for it to say it is ready. */
async function openPrintView(
  host: RunningWebHost,
  hash: string,
): Promise<{ page: Page; errors: string[]; dialogs: string[] }> {
  const page = await browser().newPage({ viewport: { width: 1100, height: 1400 }, locale: 'en-US' });
  page.setDefaultTimeout(60_000);
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => (dialogs.push(d.message()), void d.dismiss()));
  await page.goto(host.openUrl);
  await page.waitForFunction(() => !location.hash.includes('token='));
  await page.evaluate((h) => (window.location.hash = h), hash);
  await page.waitForFunction(
    () => document.documentElement.dataset.printReady === 'true' || !!document.documentElement.dataset.printError,
    undefined,
    { timeout: 60_000 },
  );
  expect(await page.evaluate(() => document.documentElement.dataset.printError ?? null)).toBeNull();
  return { page, errors, dialogs };
}

/** Prints the page as the PDF pipeline does, renders every page to PNG at 50 dpi, and reads each page's text. */
async function printAndRasterise(
  page: Page,
  name: string,
): Promise<{ pdf: string; pngs: string[]; pageTexts: string[] }> {
  const pdf = path.join(OUTPUT_DIR, `${name}.pdf`);
  await page.emulateMedia({ media: 'print' });
  await page.pdf({
    path: pdf,
    format: 'A4',
    printBackground: true,
    margin: { top: '16mm', right: '14mm', bottom: '18mm', left: '14mm' },
  });
  const dir = path.join(OUTPUT_DIR, 'report-pages');
  fs.mkdirSync(dir, { recursive: true });
  for (const f of fs.readdirSync(dir).filter((f) => f.startsWith(`${name}-`))) fs.rmSync(path.join(dir, f));
  execFileSync('pdftoppm', ['-png', '-r', '50', pdf, path.join(dir, name)]);
  const pngs = fs
    .readdirSync(dir)
    .filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'))
    .sort()
    .map((f) => path.join(dir, f));
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf]).toString())![1]);
  const pageTexts = Array.from({ length: pages }, (_, i) =>
    execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), '-layout', pdf, '-']).toString(),
  );
  return { pdf, pngs, pageTexts };
}

/**
 * The page each section starts on, found in the PDF's own text: the first page after the contents with
 * a line that starts with the section's title (a short section may flow on under the one before).
 */
function printedPages(pageTexts: string[], titles: Record<string, string>): Record<string, number> {
  const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
  const lines = pageTexts.map((text) => text.split('\n').map(squash));
  return Object.fromEntries(
    Object.entries(titles).map(([section, title]) => [
      section,
      lines.findIndex(
        (page, i) => i >= (section === 'contents' ? 1 : 2) && page.some((line) => line.startsWith(squash(title))),
      ) + 1,
    ]),
  );
}

/**
 * Words the layout broke across two lines anywhere but after a hyphen, dash, slash or colon (e.g.
 * "notificatio|ns"): each character's line is read from its box, as printed (the report is laid out at
 * the printed width on screen too).
 */
async function wordsBrokenMidWord(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const root = document.querySelector('[data-testid="print-report"]')!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      for (const m of (n.textContent ?? '').matchAll(/\S{2,}/g)) {
        let previousTop: number | null = null;
        for (let i = 0; i < m[0].length; i++) {
          const range = document.createRange();
          range.setStart(n, m.index + i);
          range.setEnd(n, m.index + i + 1);
          const box = [...range.getClientRects()].find((r) => r.width > 0);
          if (!box) continue;
          if (previousTop !== null && Math.abs(box.top - previousTop) > 2 && !/[-–—/:]/.test(m[0][i - 1]!))
            out.push(m[0]);
          previousTop = box.top;
        }
      }
    }
    return out;
  });
}

/** The category labels under the printed charts' axes, as drawn. */
const axisLabels = (page: Page) =>
  page
    .locator('[data-print-chart] text.print-axis-label')
    .evaluateAll((texts) => texts.map((t) => [...t.querySelectorAll('tspan')].map((s) => s.textContent).join(' ')));

describe('the printed report (print view)', () => {
  it('draws every section in English, text as text, with contents page numbers that match the printed PDF', async () => {
    const host = await startWebHostProcess(tempDir('ja-print-en-'));
    try {
      const { followUp } = await seed(host);
      const { page, errors, dialogs } = await openPrintView(host, `#/print/${followUp}/-/${REPORT_SECTIONS.join(',')}`);
      const report = page.getByTestId('print-report');

      // Key texts: the client, the overall score, the consultant's branding.
      expect(await page.getByTestId('cover-client').innerText()).toBe('Cedar Bank — بنك الأرز');
      expect(await page.getByTestId('report-cover').innerText()).toContain('Northlight CX Consulting');
      expect(await page.getByTestId('report-overall').innerText()).toContain('86.3%');
      expect(await page.locator('.cover-logo').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(600);
      // User text is text: the note shows literally and creates no element.
      expect(await report.innerText()).toContain(XSS_NOTE);
      expect(await page.locator('img[src="x"]').count()).toBe(0);
      // Findings show only failed criteria; every answer with its note is in the appendix.
      expect(await page.getByTestId('report-appendix-answers').innerText()).toContain(MIXED_NOTE);
      expect(dialogs).toEqual([]);
      // Sections: no baseline asked for ("-"), so no before/after; photos are downscaled JPEGs.
      expect(await page.getByTestId('report-before-after').count()).toBe(0);
      const photos = await page
        .locator('.finding-photo img')
        .evaluateAll((imgs: HTMLImageElement[]) => imgs.map((i) => [i.src.slice(0, 23), i.naturalWidth, i.complete]));
      expect(photos).toEqual([
        ['data:image/jpeg;base64,', 900, true],
        ['data:image/jpeg;base64,', 900, true],
        ['data:image/jpeg;base64,', 900, true],
      ]);
      expect(await page.getByTestId('report-maturity').innerText()).toMatch(/Stage \d: /);
      expect(await page.locator('[data-print-chart] svg.recharts-surface').count()).toBeGreaterThanOrEqual(3);
      expect(await page.getByTestId('report-actions-table').innerText()).toContain(
        'Move the sign in front of the scaffolding',
      );
      expect(await page.getByTestId('report-metrics-table').innerText()).toMatch(/NPS\s+\u2066?\+40/);
      expect(await page.getByTestId('report-appendix').innerText()).toContain(
        'This audit is scored by the “Pooled points” method',
      );

      const toc = JSON.parse((await page.evaluate(() => document.documentElement.dataset.printToc))!) as TocEntry[];
      expect(toc.map((e) => e.section)).toEqual([...REPORT_SECTIONS]);
      expect(await page.evaluate(() => window.journeyAuditPrint?.toc.length)).toBe(REPORT_SECTIONS.length);

      const { pngs, pageTexts } = await printAndRasterise(page, 'report-en');
      const last = toc[toc.length - 1]!;
      expect(pageTexts.length).toBe(last.page + last.pages - 1);
      const titles = await page
        .locator('.report-section:not(.report-cover) > h1')
        .evaluateAll((hs) =>
          Object.fromEntries(hs.map((h) => [h.closest('section')!.dataset.section!, h.textContent!])),
        );
      const printed = printedPages(pageTexts, titles);
      expect(printed).toEqual(
        Object.fromEntries(toc.filter((e) => e.section !== 'cover').map((e) => [e.section, e.page])),
      );
      // The contents show those numbers.
      const listed = await page
        .locator('.report-toc li')
        .evaluateAll((lis) =>
          lis.map((li) => [li.getAttribute('data-toc-section'), Number(li.getAttribute('data-toc-page'))]),
        );
      expect(Object.fromEntries(listed)).toEqual(
        Object.fromEntries(
          toc.filter((e) => e.section !== 'cover' && e.section !== 'contents').map((e) => [e.section, e.page]),
        ),
      );
      // The PDF holds the note as text too.
      expect(pageTexts.join('\n')).toContain('<img src=x onerror=alert(1)>');
      expect(pngs.length).toBe(pageTexts.length);
      expect(errors).toEqual([]);
      await page.close();
    } finally {
      await host.stop();
    }
  });

  it('opened at its own address (as the PDF export does), asks for its report once, beside its code, and no client list', async () => {
    const host = await startWebHostProcess(tempDir('ja-print-start-'));
    try {
      const { followUp } = await seed(host);
      const page = await browser().newPage({ viewport: { width: 1100, height: 1400 }, locale: 'en-US' });
      page.setDefaultTimeout(60_000);
      const asked: string[] = [];
      page.on('request', (r) => r.url().includes('/api/') && asked.push(new URL(r.url()).pathname));
      await page.addInitScript(([key, value]) => sessionStorage.setItem(key, value), [TOKEN_SESSION_KEY, host.token]);
      await page.goto(`${host.origin}#/print/${followUp}/-/${REPORT_SECTIONS.join(',')}`);
      await page.waitForFunction(() => document.documentElement.dataset.printReady === 'true', undefined, {
        timeout: 60_000,
      });
      expect(await page.getByTestId('cover-client').innerText()).toBe('Cedar Bank — بنك الأرز');
      // Asked for by the app's start and handed over to the print view: not asked for a second time.
      expect(asked.filter((p) => p === '/api/reports.data')).toHaveLength(1);
      expect(asked.filter((p) => p === '/api/reports.photos')).toHaveLength(1);
      expect(asked).not.toContain('/api/clients.list');
      await page.close();
    } finally {
      await host.stop();
    }
  });

  it('sets the branding in the settings screen: name saved as typed, accent colour, logo shown, refused and removed', async () => {
    const host = await startWebHostProcess(tempDir('ja-settings-'));
    try {
      const call = <M extends Parameters<typeof callApi>[2]>(method: M, input: Parameters<typeof callApi<M>>[3]) =>
        callApi(host.origin, host.token, method, input);
      const page = await browser().newPage({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
      page.setDefaultTimeout(20_000);
      await page.goto(host.openUrl);
      await page.getByRole('link', { name: 'Settings' }).click();
      await page.getByTestId('settings-screen').waitFor();
      expect(await page.evaluate(() => location.hash)).toBe('#/settings');

      await page.getByLabel('Consultant or firm name').fill('Northlight CX — نورث لايت');
      await expect.poll(async () => (await call('settings.get', {})).consultantName).toBe('Northlight CX — نورث لايت');
      await page.getByTestId('settings-accent').fill('#7a1f5c');
      await expect.poll(async () => (await call('settings.get', {})).accentColour).toBe('#7a1f5c');

      const logo = await sharp({ create: { width: 1200, height: 400, channels: 3, background: '#7a1f5c' } })
        .png()
        .toBuffer();
      await page
        .getByTestId('settings-logo-input')
        .setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: logo });
      await page.getByTestId('settings-logo-preview').waitFor();
      expect(
        await page
          .getByTestId('settings-logo-preview')
          .evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight]),
      ).toEqual([600, 200]);
      await page.screenshot({ path: screenshotPath('settings-01-branding') });

      await page
        .getByTestId('settings-logo-input')
        .setInputFiles({ name: 'notes.png', mimeType: 'image/png', buffer: Buffer.from('not a picture') });
      await expect
        .poll(() => page.getByTestId('settings-logo-error').innerText())
        .toContain('“notes.png” could not be read as an image, so the logo was not changed');
      expect(await page.getByTestId('settings-logo-preview').count()).toBe(1);

      await page.getByTestId('settings-logo-remove').click();
      await expect.poll(() => page.getByTestId('settings-logo-preview').count()).toBe(0);
      expect(await call('settings.get', {})).toEqual({
        language: null,
        consultantName: 'Northlight CX — نورث لايت',
        accentColour: '#7a1f5c',
        logoDataUrl: null,
      });

      // The language setting on the same screen switches the whole interface.
      await page.getByTestId('settings-language').selectOption('ar');
      await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
      expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('الإعدادات');
      await page.close();
    } finally {
      await host.stop();
    }
  });

  it('prints an audit with nothing answered yet: no score (never 0%), stage 1 with too little evidence, every section drawn', async () => {
    const host = await startWebHostProcess(tempDir('ja-print-empty-'));
    try {
      const call = <M extends Parameters<typeof callApi>[2]>(method: M, input: Parameters<typeof callApi<M>>[3]) =>
        callApi(host.origin, host.token, method, input);
      const client = await call('clients.create', { name: 'Empty Ltd' });
      const template = await call('templates.import', { fileName: 'test.json', text: JSON.stringify(testTemplate()) });
      const audit = await call('audits.create', {
        clientId: client.id,
        templateId: template.id,
        title: 'Not started',
        auditDate: '2027-02-01',
      });
      const { page, errors } = await openPrintView(host, `#/print/${audit.id}/auto/${REPORT_SECTIONS.join(',')}`);
      expect(await page.getByTestId('report-overall').innerText()).toContain('no score');
      expect(await page.getByTestId('maturity-steps').getAttribute('data-stage')).toBe('1');
      expect(await page.getByTestId('report-maturity').innerText()).toContain('Too little of this audit is scored');
      expect(await page.getByTestId('report-metrics').innerText()).toContain('No customer metric was entered');
      expect(await page.getByTestId('report-actions').innerText()).toContain('No action has been planned yet.');
      expect(errors).toEqual([]);
      await page.close();
    } finally {
      await host.stop();
    }
  });

  it('numbers the contents right on a long report: the Romanian sample audit, every section', async () => {
    const host = await startWebHostProcess(tempDir('ja-print-ro-'));
    try {
      const call = <M extends Parameters<typeof callApi>[2]>(method: M, input: Parameters<typeof callApi<M>>[3]) =>
        callApi(host.origin, host.token, method, input);
      const sample = await call('samples.create', { language: 'ro' });
      await call('settings.update', { language: 'ro' });
      const { page, errors } = await openPrintView(host, `#/print/${sample.auditId}/auto/${REPORT_SECTIONS.join(',')}`);
      expect(await page.getByTestId('report-summary').innerText()).toContain('Rezumat executiv');
      const toc = JSON.parse((await page.evaluate(() => document.documentElement.dataset.printToc))!) as TocEntry[];
      const { pageTexts } = await printAndRasterise(page, 'report-ro');
      const last = toc[toc.length - 1]!;
      const titles = await page
        .locator('.report-section:not(.report-cover) > h1')
        .evaluateAll((hs) =>
          Object.fromEntries(hs.map((h) => [h.closest('section')!.dataset.section!, h.textContent!])),
        );
      expect(printedPages(pageTexts, titles)).toEqual(
        Object.fromEntries(toc.filter((e) => e.section !== 'cover').map((e) => [e.section, e.page])),
      );
      expect(pageTexts.length).toBe(last.page + last.pages - 1);

      // No mostly blank pages: the short sections (no failing moment, no action, no metric) flow on under the one before.
      expect(toc.filter((e) => e.flows).map((e) => e.section)).toEqual(
        expect.arrayContaining(['failingMoments', 'actions', 'metrics']),
      );
      // Layout (issue 17): no blank page; the journey map's continued page repeats the stage headers;
      // no word broken mid-word; chart labels whole (five stages, no "…"); one percent format ("67,8%").
      expect(pageTexts.map((text, i) => [i + 1, text.trim().length > 0])).toEqual(
        pageTexts.map((_, i) => [i + 1, true]),
      );
      const map = toc.find((e) => e.section === 'journeyMap')!;
      expect(map.pages).toBeGreaterThan(1);
      const stages = await page
        .locator('[data-testid="report-map-board"] thead th')
        .evaluateAll((ths) => ths.map((th) => th.textContent!.trim()));
      expect(stages).toEqual(['Conștientizare', 'Evaluare', 'Achiziție', 'După achiziție', 'Servicii și asistență']);
      const squash = (s: string) => s.replace(/\s+/g, ' ');
      for (let p = map.page + 1; p < map.page + map.pages; p++)
        for (const stage of stages) expect(squash(pageTexts[p - 1]!), `page ${p}`).toContain(stage);
      expect(await wordsBrokenMidWord(page)).toEqual([]);
      const labels = await axisLabels(page);
      expect(labels.slice(0, 5)).toEqual(stages);
      expect(labels.filter((l) => l.includes('…'))).toEqual([]);
      const all = pageTexts.join('\n');
      expect(all).toMatch(/\d,\d%/);
      expect(all).not.toMatch(/\d[ \u00a0\u202f]%/);
      expect(errors).toEqual([]);
      await page.close();
    } finally {
      await host.stop();
    }
  });

  it.each(['en', 'ar'] as const)(
    'breaks no word mid-word and cuts no chart label in the %s sample report (narrow journey-map cards)',
    async (language) => {
      const host = await startWebHostProcess(tempDir(`ja-print-words-${language}-`));
      try {
        const call = <M extends Parameters<typeof callApi>[2]>(method: M, input: Parameters<typeof callApi<M>>[3]) =>
          callApi(host.origin, host.token, method, input);
        const sample = await call('samples.create', { language });
        await call('settings.update', { language });
        const { page, errors } = await openPrintView(host, `#/print/${sample.auditId}/auto/journeyMap,charts`);
        expect(await wordsBrokenMidWord(page)).toEqual([]);
        const labels = await axisLabels(page);
        expect(labels.length).toBeGreaterThan(0);
        expect(labels.filter((l) => l.includes('…'))).toEqual([]);
        expect(errors).toEqual([]);
        await page.close();
      } finally {
        await host.stop();
      }
    },
  );

  it('lays the Arabic report out right to left, before and after against the baseline, with matching page numbers', async () => {
    const host = await startWebHostProcess(tempDir('ja-print-ar-'));
    try {
      const { followUp, baselineId, call } = await seed(host);
      await call('settings.update', { language: 'ar' });
      const { page, errors, dialogs } = await openPrintView(
        host,
        `#/print/${followUp}/${baselineId}/${REPORT_SECTIONS.join(',')}`,
      );
      expect(await page.evaluate(() => [document.documentElement.dir, document.documentElement.lang])).toEqual([
        'rtl',
        'ar',
      ]);
      expect(await page.getByTestId('print-report').getAttribute('dir')).toBe('rtl');
      expect(await page.getByTestId('report-summary').innerText()).toContain('الملخّص التنفيذي');
      // Numbers as the app writes them in Arabic (Chromium's "ar" numbers are Western digits); the baseline's 43.8%, +42.5 points.
      expect(await page.getByTestId('report-overall').innerText()).toContain('86.3%');
      expect(await page.getByTestId('report-before-after').innerText()).toContain('43.8%');
      expect(await page.getByTestId('print-report').innerText()).toContain(XSS_NOTE);
      expect(await page.locator('img[src="x"]').count()).toBe(0);
      expect(dialogs).toEqual([]);
      // The cover's first fact sits on the right in a right-to-left layout.
      const facts = await page
        .locator('.cover-facts > div')
        .evaluateAll((divs) => divs.slice(0, 2).map((d) => d.getBoundingClientRect().left));
      expect(facts[0]!).toBeGreaterThan(facts[1]!);

      const toc = JSON.parse((await page.evaluate(() => document.documentElement.dataset.printToc))!) as TocEntry[];
      const { pageTexts } = await printAndRasterise(page, 'report-ar');
      const last = toc[toc.length - 1]!;
      expect(pageTexts.length).toBe(last.page + last.pages - 1);
      // pdftotext gives Arabic in logical order only for simple lines; the section ids on the page are checked through the Latin-free titles' first word instead.
      const titles = await page
        .locator('.report-section:not(.report-cover) > h1')
        .evaluateAll((hs) =>
          Object.fromEntries(hs.map((h) => [h.closest('section')!.dataset.section!, h.textContent!])),
        );
      const printed = printedPages(pageTexts, titles);
      const expected = Object.fromEntries(toc.filter((e) => e.section !== 'cover').map((e) => [e.section, e.page]));
      for (const [section, p] of Object.entries(printed))
        if (p > 0) expect([section, p]).toEqual([section, expected[section]]);
      expect(errors).toEqual([]);
      await page.close();
    } finally {
      await host.stop();
    }
  });
});
