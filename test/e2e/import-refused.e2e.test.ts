import fs from 'node:fs';
import { chooseLanguage } from '../support/choose-language';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract';
import { callApi } from '../support/api-over-http';
import { OUTPUT_DIR, screenshotPath } from '../support/browser';
import { chromiumForThisFile } from '../support/chromium-for-file';
import { tempDir } from '../support/temp-dir';
import { FOLLOW_UP_ANSWERS, testTemplate } from '../support/test-template';
import { startWebHostProcess, type RunningWebHost } from '../support/web-host-process';

const browser = chromiumForThisFile();

describe('an import into a locked audit', () => {
  it('previews the records it leaves out with their reason, and the import does exactly that', async () => {
    const hostA = await startWebHostProcess(tempDir('ja-refused-a-'));
    const hostB = await startWebHostProcess(tempDir('ja-refused-b-'));
    const on =
      (host: RunningWebHost) =>
      <M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> =>
        callApi(host.origin, host.token, method, input);
    const a = on(hostA);
    const b = on(hostB);
    try {
      const client = await a('clients.create', { name: 'Cedar Bank' });
      const template = await a('templates.import', { fileName: 't.json', text: JSON.stringify(testTemplate()) });
      const visit = await a('audits.create', {
        clientId: client.id,
        templateId: template.id,
        title: 'Hamra visit',
        auditType: 'mystery-shop',
        auditDate: '2027-02-10',
      });
      const answer = (call: typeof a, [touchpointId, criterionId, value]: (typeof FOLLOW_UP_ANSWERS)[number]) =>
        call('audits.setAnswer', { auditId: visit.id, touchpointId, criterionId, value });
      for (const x of FOLLOW_UP_ANSWERS) await answer(a, x);
      const first = await a('packages.export', {
        scope: { auditIds: [visit.id] },
        name: 'Hamra',
        destination: { kind: 'download' },
      });
      await b('packages.import', { fileName: 'hamra.zip', base64: first.base64! });
      await b('audits.complete', { id: visit.id });
      // Laptop A keeps working on its copy; its next package carries the change.
      await a('audits.setAnswer', {
        auditId: visit.id,
        touchpointId: 'website',
        criterionId: 'ease',
        value: { kind: 'scale', value: 2 },
      });
      const second = await a('packages.export', {
        scope: { auditIds: [visit.id] },
        name: 'Hamra again',
        destination: { kind: 'download' },
      });
      const file = path.join(OUTPUT_DIR, 'import-refused.zip');
      fs.writeFileSync(file, Buffer.from(second.base64!, 'base64'));

      const page = await browser().newPage({ viewport: { width: 1280, height: 1100 }, locale: 'en-US' });
      page.setDefaultTimeout(30_000);
      await page.goto(hostB.openUrl);
      await page.getByRole('navigation', { name: 'Main' }).waitFor();
      await page.evaluate(() => (window.location.hash = '#/packages'));
      await page.getByLabel('Package file (.zip)').setInputFiles(file);
      const refused = page.getByTestId('import-refused');
      await expect.poll(() => refused.innerText()).toMatch(/“?Hamra visit”?/);
      expect(await page.locator('.exchange-preview').innerText()).toMatch(/Left out by the rules \(1\)/);
      expect(await refused.innerText()).toMatch(/is complete here and read-only/);
      await page.screenshot({ path: screenshotPath('import-refused-preview'), fullPage: true });
      // The same preview on an Arabic screen says the reason in Arabic, the visit's name left as typed.
      await chooseLanguage(page, 'ar');
      await expect.poll(() => refused.innerText()).toMatch(/مكتمل هنا وللقراءة فقط/);
      expect(await refused.innerText()).toMatch(/Hamra visit/);
      expect(await refused.innerText()).not.toMatch(/read-only/);
      await page.screenshot({ path: screenshotPath('import-refused-preview-ar'), fullPage: true });
      await chooseLanguage(page, 'en');
      await expect.poll(() => refused.innerText()).toMatch(/is complete here and read-only/);
      await page.getByRole('button', { name: 'Import', exact: true }).click();
      await expect.poll(() => page.locator('.exchange-result').innerText()).toMatch(/1 records were left out/);
      const after = await b('audits.get', { id: visit.id });
      expect(after.answers.find((x) => x.criterionId === 'ease')?.value).toEqual({ kind: 'scale', value: 5 });
      await page.close();
    } finally {
      await hostA.stop();
      await hostB.stop();
    }
  }, 120_000);
});
