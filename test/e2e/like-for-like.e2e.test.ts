import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract';
import { REPORT_SECTIONS } from '../../shared/reports/report-sections';
import { callApi } from '../support/api-over-http';
import { OUTPUT_DIR, screenshotPath } from '../support/browser';
import { chromiumForThisFile } from '../support/chromium-for-file';
import { tempDir } from '../support/temp-dir';
import { FOLLOW_UP_ANSWERS, testTemplate } from '../support/test-template';
import { startWebHostProcess } from '../support/web-host-process';

const browser = chromiumForThisFile();

describe('two audits with identical answers on two template versions', () => {
  it('compare screen and PDF say which definitions scored both, and that nothing moved', async () => {
    const host = await startWebHostProcess(tempDir('ja-like-for-like-'));
    const call = <M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> =>
      callApi(host.origin, host.token, method, input);
    try {
      const client = await call('clients.create', { name: 'Cedar Bank' });
      const template = await call('templates.import', { fileName: 't.json', text: JSON.stringify(testTemplate()) });
      const audit = async (title: string, auditDate: string) => {
        const a = await call('audits.create', { clientId: client.id, templateId: template.id, title, auditDate });
        for (const [touchpointId, criterionId, value] of FOLLOW_UP_ANSWERS)
          await call('audits.setAnswer', { auditId: a.id, touchpointId, criterionId, value });
        return a;
      };
      const baseline = await audit('Baseline', '2027-01-10');
      // Version 2: only the weight of "price shown" changes, 2 -> 50.
      const detail = await call('templates.get', { id: template.id });
      const definition = structuredClone(detail.definition);
      definition.touchpoints[0]!.criteria[0]!.weight = 50;
      await call('templates.update', { id: template.id, definition });
      const followUp = await audit('Follow-up', '2027-06-10');
      expect(followUp.templateVersionId).not.toBe(baseline.templateVersionId);

      const page = await browser().newPage({ viewport: { width: 1440, height: 1100 }, locale: 'en-US' });
      page.setDefaultTimeout(30_000);
      await page.goto(host.openUrl);
      await page.getByRole('navigation', { name: 'Main' }).waitFor();
      await page.evaluate((h) => (window.location.hash = h), `#/compare/${client.id}/${baseline.id}/${followUp.id}`);
      const note = page.getByTestId('definition-note');
      await expect.poll(() => note.innerText()).toContain("scored with the follow-up's definitions");
      const text = await note.innerText();
      expect(text).toMatch(/Change from the answers: 0\.0 pts/);
      expect(text).toMatch(/Change from the template alone: \+\d+\.\d pts/);
      expect(text).toMatch(/Website — Is the full price shown\?: weight/);
      await expect.poll(() => page.getByTestId('movement-counts').innerText()).toMatch(/0 improved/);
      await note.scrollIntoViewIfNeeded();
      await page.screenshot({ path: screenshotPath('like-for-like-compare'), fullPage: false });

      const print = await browser().newPage({ viewport: { width: 1100, height: 1400 }, locale: 'en-US' });
      print.setDefaultTimeout(60_000);
      await print.goto(host.openUrl);
      await print.waitForFunction(() => !location.hash.includes('token='));
      await print.evaluate(
        (h) => (window.location.hash = h),
        `#/print/${followUp.id}/${baseline.id}/${REPORT_SECTIONS.join(',')}`,
      );
      await print.waitForFunction(() => document.documentElement.dataset.printReady === 'true', undefined, {
        timeout: 60_000,
      });
      expect(await print.getByTestId('definition-note').innerText()).toMatch(/Change from the answers: 0\.0 pts/);
      const pdf = path.join(OUTPUT_DIR, 'like-for-like.pdf');
      fs.writeFileSync(pdf, await print.pdf({ format: 'A4', printBackground: true }));
      execFileSync('pdftoppm', [
        '-png',
        '-r',
        '60',
        '-f',
        '1',
        '-l',
        '3',
        pdf,
        path.join(OUTPUT_DIR, 'like-for-like-pdf'),
      ]);
      await page.close();
      await print.close();
    } finally {
      await host.stop();
    }
  }, 180_000);
});
