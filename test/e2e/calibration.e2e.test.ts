import { execFileSync } from 'node:child_process';
import { chooseLanguage } from '../support/choose-language';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { MethodInput, MethodName } from '../../shared/contract';
import { callApi } from '../support/api-over-http';
import { OUTPUT_DIR, screenshotPath } from '../support/browser';
import { chromiumForThisFile } from '../support/chromium-for-file';
import { tempDir } from '../support/temp-dir';
import { testTemplate } from '../support/test-template';
import { startWebHostProcess, type RunningWebHost } from '../support/web-host-process';

const browser = chromiumForThisFile();

async function open(host: RunningWebHost, hash: string): Promise<Page> {
  const page = await browser().newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  page.setDefaultTimeout(30_000);
  await page.goto(host.openUrl);
  await page.getByRole('navigation').first().waitFor();
  await page.evaluate((h) => (window.location.hash = h), hash);
  return page;
}

async function download(page: Page, click: () => Promise<void>): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const target = path.join(OUTPUT_DIR, `${Date.now()}-${file.suggestedFilename()}`);
  await file.saveAs(target);
  return target;
}

/** What each rater answers for the six comparable criteria of the test template (hours are per channel). */
const ANSWERS: Record<string, [criterion: string, choice: string][]> = {
  Rania: [
    ['website/price-shown', 'yes'],
    ['website/ease', 'scale:4'],
    ['branch/greeting', 'yes'],
    ['branch/nps-like', 'scale:8'],
    ['branch/wait', 'option:short'],
    ['signage/visible', 'yes'],
  ],
  Omar: [
    ['website/price-shown', 'yes'],
    ['website/ease', 'scale:4'],
    ['branch/greeting', 'no'],
    ['branch/nps-like', 'scale:8'],
    ['branch/wait', 'option:short'],
    ['signage/visible', 'yes'],
  ],
  Ioana: [
    ['website/price-shown', 'yes'],
    ['website/ease', 'scale:2'],
    ['branch/greeting', 'yes'],
    ['branch/nps-like', 'scale:8'],
    ['branch/wait', 'option:medium'],
    ['signage/visible', 'no'],
  ],
};

describe('rater calibration through the web host: three laptops answer, packages bring them back, the lead sets the consensus', () => {
  it('runs a session with three raters (one in Arabic), shows agreement, consensus and accuracy in English and Arabic', async () => {
    const lead = await startWebHostProcess(tempDir('ja-cal-lead-'));
    const api = <M extends MethodName>(method: M, input: MethodInput<M>) =>
      callApi(lead.origin, lead.token, method, input);
    try {
      await api('templates.import', {
        fileName: 'shop.json',
        text: JSON.stringify(testTemplate({ name: 'Branch visit' })),
      });

      // The lead creates the session on the Calibration screen.
      const page = await open(lead, '#/');
      await page.getByTestId('nav-calibration').click();
      await expect
        .poll(() => page.getByTestId('calibration-screen').innerText())
        .toContain('No calibration session yet');
      await page.getByLabel('Template').selectOption({ label: 'Branch visit' });
      await page.getByLabel('Title').fill('March calibration');
      await page.getByLabel('Scenario').fill('Recorded visit 14, Hamra branch');
      await page.getByLabel('Raters, one per line').fill('Rania\nOmar\nIoana');
      await page.getByRole('button', { name: 'Create session' }).click();
      await page.getByTestId('calibration-session').getByRole('heading', { name: 'March calibration' }).waitFor();
      expect(await page.getByTestId('calibration-agreement').innerText()).toContain("No rater's answers yet");
      const sessionFile = await download(page, () =>
        page.getByRole('button', { name: 'Export the session for the raters' }).click(),
      );
      await page.screenshot({ path: screenshotPath('calibration-01-new-session'), fullPage: true });

      // Each rater, on their own laptop: import the session, answer, export the answers.
      const returned: string[] = [];
      for (const rater of ['Rania', 'Omar', 'Ioana']) {
        const laptop = await startWebHostProcess(tempDir(`ja-cal-${rater}-`));
        try {
          const r = await open(laptop, '#/calibration');
          if (rater === 'Ioana') {
            await chooseLanguage(r, 'ar');
            await expect.poll(() => r.evaluate(() => document.documentElement.dir)).toBe('rtl');
          }
          await r.getByTestId('calibration-file').setInputFiles(sessionFile);
          await expect
            .poll(() => r.getByTestId('calibration-import-result').innerText())
            .toContain('March calibration');
          await r.getByTestId('calibration-sessions').getByRole('button', { name: 'March calibration' }).click();
          await r.getByTestId('answer-as').selectOption(rater);
          const grid = r.getByTestId('rater-answers');
          for (const [criterion, choice] of ANSWERS[rater]!) {
            const button = grid.locator(`[data-criterion="${criterion}"] [data-choice="${choice}"]`);
            await button.click();
            await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true');
          }
          if (rater === 'Ioana') {
            expect(await grid.innerText()).toContain('نعم');
            await r.screenshot({ path: screenshotPath('calibration-02-rater-answers-ar'), fullPage: true });
          } else if (rater === 'Rania')
            await r.screenshot({ path: screenshotPath('calibration-02-rater-answers-en'), fullPage: true });
          const exportLabel = rater === 'Ioana' ? `تصدير إجابات ${rater}` : `Export ${rater}'s answers`;
          returned.push(await download(r, () => grid.getByRole('button', { name: exportLabel }).click()));
          await r.close();
        } finally {
          await laptop.stop();
        }
      }

      // Back on the lead's laptop: the three packages arrive.
      await page.getByTestId('nav-calibration').click();
      for (const file of returned) {
        await page.getByTestId('calibration-file').setInputFiles(file);
        await expect
          .poll(() => page.getByTestId('calibration-import-result').innerText())
          .toMatch(/6 answers saved, 0 already here/);
      }
      await expect.poll(() => page.getByTestId('calibration-sessions').innerText()).toContain('3 of 3 raters answered');
      await page.getByTestId('calibration-sessions').getByRole('button', { name: 'March calibration' }).click();
      const agreement = page.getByTestId('calibration-agreement');
      // Nominal alpha by hand (see test/integration/calibration.test.ts): 1 − 11·6/86 = 0.233.
      await expect
        .poll(() => page.getByTestId('alpha-nominal').innerText())
        .toContain('0.233 (n = 12 answers over 4 criteria)');
      const rows = await agreement
        .locator('tbody tr')
        .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-criterion')));
      expect(rows.slice(-2)).toEqual(expect.arrayContaining(['website/price-shown', 'branch/nps-like'])); // full agreement last
      const greeting = agreement.locator('tr[data-criterion="branch/greeting"]');
      expect(await greeting.innerText()).toMatch(/Yes\s+No\s+Yes\s+33\.3%/);

      // The consensus, with a note, criterion by criterion.
      const consensus: [string, string, string][] = [
        ['website/price-shown', 'yes', ''],
        ['website/ease', 'scale:4', ''],
        ['branch/greeting', 'yes', 'The video shows a greeting at 20 seconds.'],
        ['branch/nps-like', 'scale:8', ''],
        ['branch/wait', 'option:short', 'Queue ticket: 1 min 40 s.'],
        ['signage/visible', 'yes', ''],
      ];
      for (const [criterion, choice, note] of consensus) {
        const row = agreement.locator(`tr[data-criterion="${criterion}"]`);
        await row.locator('select').selectOption(choice);
        if (note) await row.locator('input').fill(note);
        await row.getByRole('button', { name: 'Set' }).click();
        await expect.poll(() => row.innerText()).toContain('Consensus saved');
      }
      await expect.poll(() => page.getByTestId('session-accuracy').innerText()).toContain('Ioana: 50.0% (3/6)');
      expect(await page.getByTestId('session-accuracy').innerText()).toMatch(
        /Rania: 100\.0% \(6\/6\)[\s\S]*Omar: 83\.3% \(5\/6\)/,
      );
      await page.screenshot({ path: screenshotPath('calibration-03-agreement-en'), fullPage: true });

      // Accuracy over sessions, with Ioana marked.
      await page.getByTestId('nav-calibration').click();
      const ioana = page.getByTestId('rater-accuracy').locator('tr[data-rater="Ioana"]');
      await expect.poll(() => ioana.getAttribute('data-low')).toBe('true');
      expect(await ioana.innerText()).toContain('low accuracy');
      expect(await page.getByTestId('rater-accuracy').locator('tr[data-rater="Rania"]').getAttribute('data-low')).toBe(
        'false',
      );

      // In Arabic: the session reads right to left and a consensus note can be written in Arabic.
      await chooseLanguage(page, 'ar');
      await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
      await expect.poll(() => page.getByTestId('rater-accuracy').innerText()).toContain('دقة منخفضة');
      await page.screenshot({ path: screenshotPath('calibration-04-overview-ar'), fullPage: true });
      await page.getByTestId('calibration-sessions').getByRole('button', { name: 'March calibration' }).click();
      const visible = agreement.locator('tr[data-criterion="signage/visible"]');
      await visible.locator('input').fill('اللافتة ظاهرة في الصورة');
      await visible.getByRole('button', { name: 'حفظ' }).click();
      await expect.poll(() => visible.innerText()).toContain('حُفظت الإجابة المتفق عليها');
      expect(await page.getByTestId('alpha-nominal').innerText()).toContain('4');
      expect(await agreement.innerText()).toContain('ألفا');
      await page.screenshot({ path: screenshotPath('calibration-05-agreement-ar'), fullPage: true });
      const stored = await api('calibration.overview', {});
      const view = await api('calibration.get', { id: stored.sessions[0]!.id });
      expect(view.consensus.find((c) => c.criterionId === 'visible')!.note).toBe('اللافتة ظاهرة في الصورة');
      expect(view.answers).toHaveLength(18);

      // A wave where Ioana and Rania shopped: Ioana's visit carries the low-accuracy mark, Rania's none.
      const client = await api('clients.create', { name: 'Cedar Bank' });
      const wave = await api('waves.create', {
        clientId: client.id,
        name: 'Q1 2027',
        startsOn: '2027-01-01',
        endsOn: null,
      });
      const template = (await api('templates.list', {})).find((x) => x.name === 'Branch visit')!;
      const visits: string[] = [];
      for (const shopper of ['ioana', 'Rania']) {
        const audit = await api('audits.create', {
          clientId: client.id,
          templateId: template.id,
          title: `Visit by ${shopper}`,
          auditType: 'mystery-shop',
          auditDate: '2027-02-10',
        });
        await api('visits.update', { auditId: audit.id, changes: { waveId: wave.id, shopper } });
        visits.push(audit.id);
      }
      for (const language of ['ar', 'en'] as const) {
        await chooseLanguage(page, language);
        await page.evaluate((h) => (window.location.hash = h), `#/wave/${wave.id}`);
        const table = page.getByTestId('wave-visits');
        await expect.poll(() => table.getByTestId('shopper-low-accuracy').count()).toBe(1);
        const marked = table.locator('tr', { has: page.getByTestId('shopper-low-accuracy') });
        expect(await marked.innerText()).toContain('Visit by ioana');
        expect(await marked.getByTestId('shopper-low-accuracy').getAttribute('title')).toContain(
          language === 'ar' ? 'من 6' : 'in 50.0% of 6 calibration answers',
        );
        await page.screenshot({ path: screenshotPath(`calibration-06-wave-${language}`), fullPage: true });

        // The report's methods appendix: the session's agreement and the shoppers' accuracy.
        await page.evaluate((h) => (window.location.hash = h), `#/print/${visits[0]}/-/cover,methods`);
        await page.waitForFunction(() => document.documentElement.dataset.printReady === 'true', undefined, {
          timeout: 60_000,
        });
        const section = page.getByTestId('report-calibration');
        expect(await section.innerText()).toContain('March calibration');
        expect(await section.innerText()).toContain('0.233');
        const pdf = path.join(OUTPUT_DIR, `calibration-report-${language}.pdf`);
        fs.writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true }));
        execFileSync('pdftoppm', ['-png', '-r', '60', pdf, path.join(OUTPUT_DIR, `calibration-report-${language}`)]);
        await page.goto(lead.openUrl);
        await page.getByRole('navigation').first().waitFor();
      }
    } finally {
      await lead.stop();
    }
  }, 240_000);
});
