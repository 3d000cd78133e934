import path from 'node:path';
import { createBackend } from '../../electron/backend/backend';
import { callApi } from '../support/api-over-http';
import { launchChromium } from '../support/browser';
import { startWebHostProcess } from '../support/web-host-process';
import { generateTemplate } from './generate';
import { once, rowOf, unwrap, withGoal, type Row } from './measure';

const KEYPRESSES = 200;

/**
 * The walk in a real window: 200 answers by keyboard (N, not applicable, on each criterion in turn)
 * in a 300 x 8 audit through the web host, each timed from the keydown to the header showing
 * "Saved" for it, with Chromium's Long Tasks API watching the main thread meanwhile.
 */
export async function walkBench(root: string): Promise<Row[]> {
  const dataDir = path.join(root, 'walk');
  const backend = createBackend({ dataDir, host: 'web', version: 'bench' });
  const template = await unwrap<{ id: string }>(
    backend.dispatch('templates.import', { fileName: 'walk.json', text: JSON.stringify(generateTemplate(300, 8)) }),
  );
  const client = await unwrap<{ id: string }>(backend.dispatch('clients.create', { name: 'Walk bench client' }));
  const audit = await unwrap<{ id: string }>(
    backend.dispatch('audits.create', {
      clientId: client.id,
      templateId: template.id,
      title: 'Walk bench',
      auditDate: '2027-01-01',
    }),
  );
  backend.close();

  const host = await startWebHostProcess(dataDir);
  const chromium = await launchChromium();
  try {
    const page = await chromium.browser.newPage({ viewport: { width: 1440, height: 1000 } });
    page.setDefaultTimeout(60_000);
    await page.addInitScript(() => {
      const w = window as unknown as { __longTasks: number[]; __saves: number[]; __keyAt: number | null };
      w.__longTasks = [];
      w.__saves = [];
      w.__keyAt = null;
      new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__longTasks.push(e.duration))).observe({
        type: 'longtask',
        buffered: true,
      });
      window.addEventListener('keydown', (e) => (w.__keyAt = e.timeStamp), { capture: true });
      // "Saved" shown for a keypress: the indicator's state turns to saved after that key went down.
      new MutationObserver(() => {
        const el = document.querySelector('[data-testid="save-indicator"]');
        if (el?.getAttribute('data-state') === 'saved' && w.__keyAt !== null) {
          w.__saves.push(performance.now() - w.__keyAt);
          w.__keyAt = null;
        }
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-state'], childList: true });
    });
    await page.goto(host.openUrl);
    await page.getByTestId('client-list').waitFor();
    await page.evaluate((id) => (window.location.hash = `#/audit/${id}`), audit.id);
    await page.getByTestId('audit-walk').waitFor();
    await page.waitForTimeout(500);
    await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks.splice(0));
    for (let i = 0; i < KEYPRESSES; i++) {
      await page.keyboard.press('n');
      await page.waitForFunction((n) => (window as unknown as { __saves: number[] }).__saves.length > n, i);
    }
    const { saves, tasks } = await page.evaluate(() => {
      const w = window as unknown as { __saves: number[]; __longTasks: number[] };
      return { saves: w.__saves, tasks: w.__longTasks };
    });
    const answered = await callApi(host.origin, host.token, 'audits.get', { id: audit.id });
    return [
      withGoal(rowOf(`window: keypress to "Saved" shown, 300 x 8 walk (${answered.answered} answered)`, saves), {
        figure: 'p95',
        max: 50,
      }),
      withGoal(once('window: longest main-thread task during the 200 keypresses', Math.max(0, ...tasks)), {
        figure: 'median',
        max: 50,
      }),
    ];
  } finally {
    await chromium.close();
    await host.stop();
  }
}
