import { chromium } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { chromiumArgs } from '../../electron/web/chromium-printer';
import { printBrowser, type PrintBrowser } from '../../electron/web/print-browser';
import { startWebHost, TOKEN_HEADER, type WebHost } from '../../electron/web/web-host';
import { CHROMIUM_PATH } from '../support/browser';
import { chromiumBrowsersOf } from '../support/print-browsers';
import { tempDir } from '../support/temp-dir';

const WAIT = { timeout: 30_000, interval: 100 };

let kept: PrintBrowser | null = null;
let host: WebHost | null = null;
afterEach(async () => {
  await kept?.stop();
  await host?.close();
  kept = host = null;
  await expect.poll(() => chromiumBrowsersOf(process.pid), WAIT).toEqual([]);
});

/** A print browser over the real Chromium, counting its launches and the tabs it opens. */
function counted(idleMs?: number) {
  const counts = { launches: 0, tabs: 0 };
  kept = printBrowser({
    idleMs,
    launch: () => {
      counts.launches++;
      return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: chromiumArgs(process.getuid?.()) });
    },
    openPage: (b) => {
      counts.tabs++;
      return b.newPage();
    },
  });
  return { browser: kept, counts };
}

/** The tab really draws: a page that cannot run script would not print a report either. */
async function draws(kept: PrintBrowser): Promise<void> {
  const { page, done } = await kept.open('data:text/html,<p id="p">ready</p>', new AbortController().signal);
  expect(await page.evaluate(() => document.getElementById('p')!.textContent)).toBe('ready');
  await done();
}

describe("the web host's print browser", () => {
  it('starts nothing until it is asked; asked twice at once it starts one browser and one tab, which the export then takes', async () => {
    const { browser, counts } = counted();
    expect(browser.running).toBe(false);
    expect(chromiumBrowsersOf(process.pid)).toEqual([]);
    await Promise.all([browser.ready(), browser.ready()]);
    expect(counts).toEqual({ launches: 1, tabs: 1 });
    expect(chromiumBrowsersOf(process.pid)).toHaveLength(1);
    await draws(browser);
    // The export took the tab opened ahead; its own tab is closed after it and the browser kept.
    expect(counts).toEqual({ launches: 1, tabs: 1 });
    await draws(browser);
    expect(counts).toEqual({ launches: 1, tabs: 2 });
    expect(chromiumBrowsersOf(process.pid)).toHaveLength(1);
  });

  it('starts a new browser for the next export when the kept one crashed, and when it was closed', async () => {
    const { browser, counts } = counted();
    await browser.ready();
    const [first] = chromiumBrowsersOf(process.pid);
    process.kill(first!, 'SIGKILL');
    await draws(browser);
    expect(counts.launches).toBe(2);
    const [second] = chromiumBrowsersOf(process.pid);
    expect(second).not.toBe(first);

    // Closed while a tab was open ahead for the next export.
    await browser.ready();
    const { page, done } = await browser.take();
    await page.context().browser()!.close();
    await done();
    await browser.ready();
    await draws(browser);
    expect(counts.launches).toBe(3);
    expect(chromiumBrowsersOf(process.pid)).toHaveLength(1);
  });

  it('closes the browser once nobody printed or asked for a while, and starts it again when asked', async () => {
    const { browser, counts } = counted(300);
    await browser.ready();
    expect(chromiumBrowsersOf(process.pid)).toHaveLength(1);
    await expect.poll(() => chromiumBrowsersOf(process.pid), WAIT).toEqual([]);
    expect(browser.running).toBe(false);
    await draws(browser);
    expect(counts.launches).toBe(2);
  });

  it('is never started by a web host that is not asked for it, and is closed when the host stops', async () => {
    host = await startWebHost({ dataDir: tempDir(), rendererDir: tempDir() });
    const call = (method: string, input: unknown) =>
      fetch(`${host!.url}api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: host!.token },
        body: JSON.stringify(input),
      }).then((r) => r.json() as Promise<{ ok: boolean; value?: unknown }>);
    expect((await call('clients.list', {})).ok).toBe(true);
    expect((await call('app.info', {})).ok).toBe(true);
    expect(chromiumBrowsersOf(process.pid)).toEqual([]);
    expect(await call('reports.preparePrinter', {})).toEqual({ ok: true, value: { ready: true } });
    expect(chromiumBrowsersOf(process.pid)).toHaveLength(1);
    await host.close();
    host = null;
    expect(chromiumBrowsersOf(process.pid)).toEqual([]);
  });
});
