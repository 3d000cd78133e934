import fs from 'node:fs';
import { TOKEN_SESSION_KEY } from '../../shared/api/http-token';
import { AppError } from '../../shared/result';
import type { PdfPrinter } from '../pdf/pdf-jobs';
import { PDF_FOOTER_TEMPLATE, PDF_HEADER_TEMPLATE, PDF_MARGINS_MM, type PrintState } from '../pdf/pdf-layout';
import { waitForPrintView } from '../pdf/wait-for-print-view';
import { printBrowser, type PrintBrowser } from './print-browser';

/** The system's Chromium (Debian's package by default); CHROMIUM_PATH points elsewhere. */
export function chromiumPath(): string | null {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ].filter((p): p is string => !!p);
  return candidates.find((p) => fs.existsSync(p)) ?? null;
}

/** The print view may load this host's own pages and data: URLs, nothing else. Compared as an exact origin (5301 is not 53010). */
export function isPrintRequestAllowed(url: string, origin: string): boolean {
  if (url.startsWith('data:')) return true;
  try {
    return new URL(url).origin === new URL(origin).origin;
  } catch {
    return false;
  }
}

/**
 * The features playwright-core turns off (1.65: no background requests, no HTTPS upgrades, stable
 * interception), repeated here because Chromium keeps only the last --disable-features switch.
 * test/unit/electron/chromium-printer.test.ts fails when playwright-core's own list has one more.
 */
export const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];

/**
 * Headless Chromium otherwise builds its address bar's popup pages (two WebUI pages in their own
 * renderer) at every start: about half a second of work nobody sees, while the report is drawn.
 */
const NO_OMNIBOX_POPUP = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];

/**
 * Chromium's sandbox stays on wherever it can run. It cannot run as root (Chromium refuses to
 * start), which is the only case it is turned off.
 */
export function chromiumArgs(uid: number | undefined): string[] {
  return [
    ...(uid === 0 ? ['--no-sandbox'] : []),
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage',
    `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...NO_OMNIBOX_POPUP].join(',')}`,
  ];
}

/**
 * Prints the renderer's print view with a headless Chromium driven by playwright-core: the web
 * host's answer to printToPDF. The browser is kept between exports (see printBrowser); each export
 * prints in a tab of its own, closed when it ends, so a cancelled or failed export leaves nothing
 * open. The browser only ever loads this host.
 */
export function chromiumPrinter(
  appUrl: () => { origin: string; token: string },
  idleMs?: number,
): PdfPrinter & { stop(): Promise<void>; readonly browser: PrintBrowser } {
  const browser = printBrowser({
    idleMs,
    async launch() {
      const executablePath = chromiumPath();
      if (!executablePath)
        throw new AppError(
          'NOT_ALLOWED',
          'PDF export in the browser version needs Chromium on this computer (install the "chromium" package, or set CHROMIUM_PATH).',
        );
      // required, not import()ed: Node scans an imported CommonJS package for its export names, which for
      // this one is an 80,000-line bundle parsed before every first export (half a second, more when busy).
      const { chromium } = require('playwright-core') as typeof import('playwright-core');
      return chromium.launch({
        executablePath,
        headless: true,
        args: chromiumArgs(process.getuid?.()),
        chromiumSandbox: process.getuid?.() !== 0,
      });
    },
    async openPage(b) {
      const page = await b.newPage({ viewport: { width: 1100, height: 1400 } });
      const { origin, token } = appUrl();
      // Nothing but this host: the print view has no reason to reach anywhere else.
      await page.route('**/*', (route) =>
        isPrintRequestAllowed(route.request().url(), origin) ? route.continue() : route.abort(),
      );
      // The token is in the tab before the app starts, so the app opens on the print view itself (not
      // the home screen first). Serialised and run inside the page: Node's types know no DOM, hence the cast.
      await page.addInitScript(
        ([key, value]) => (globalThis as unknown as PageGlobals).sessionStorage.setItem(key, value),
        [TOKEN_SESSION_KEY, token] as const,
      );
      return page;
    },
  });
  return {
    browser,
    prepare: () => browser.ready(),
    stop: () => browser.stop(),
    async print(hash, onProgress, signal) {
      const { page, done } = await browser.open(`${appUrl().origin}/${hash}`, signal);
      // Cancelling closes the export's tab: whatever it waits for in it fails at once.
      const close = () => void page.close().catch(() => undefined);
      signal.addEventListener('abort', close, { once: true });
      try {
        await waitForPrintView((script) => page.evaluate(script) as Promise<PrintState>, onProgress, signal);
        onProgress({ stage: 'printing', done: 0, total: 0 });
        await page.emulateMedia({ media: 'print' });
        const pdf = await page.pdf({
          format: 'A4',
          printBackground: true,
          displayHeaderFooter: true,
          headerTemplate: PDF_HEADER_TEMPLATE,
          footerTemplate: PDF_FOOTER_TEMPLATE,
          margin: {
            top: `${PDF_MARGINS_MM.top}mm`,
            right: `${PDF_MARGINS_MM.right}mm`,
            bottom: `${PDF_MARGINS_MM.bottom}mm`,
            left: `${PDF_MARGINS_MM.left}mm`,
          },
        });
        return new Uint8Array(pdf);
      } finally {
        signal.removeEventListener('abort', close);
        await done();
      }
    },
  };
}

type PageGlobals = { sessionStorage: { setItem(key: string, value: string): void } };
