import type { Browser, Page } from 'playwright-core';
import type { RunningWebHost } from './web-host-process';

export interface HostPageOptions {
  viewport: { width: number; height: number };
  /** Playwright's default wait for this page's actions (ms). */
  timeout: number;
  locale?: string;
  /** Wait for the app's top bar before going on (a hash is only set once the app runs). */
  waitForApp?: boolean;
  /** A route to go to once the app runs. */
  hash?: string;
}

/** A page on the web host's app, with every uncaught page error collected for the test to assert on. */
export async function openHostPage(
  browser: Browser,
  host: RunningWebHost,
  options: HostPageOptions,
): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({
    viewport: options.viewport,
    ...(options.locale ? { locale: options.locale } : {}),
  });
  page.setDefaultTimeout(options.timeout);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(host.openUrl);
  if (options.waitForApp || options.hash) await page.getByTestId('language-switch').waitFor();
  if (options.hash) await page.evaluate((h) => (window.location.hash = h), options.hash);
  return { page, errors };
}

/** Closes every page of the browser, then the host (a page left open would keep polling a dead host). */
export async function stopHostAndPages(browser: Browser, host: RunningWebHost): Promise<void> {
  await Promise.all(
    browser
      .contexts()
      .flatMap((c) => c.pages())
      .map((p) => p.close()),
  );
  await host.stop();
}
