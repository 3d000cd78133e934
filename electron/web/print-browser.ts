import type { Browser, Page } from 'playwright-core';

/** A print browser nobody printed with or asked for this long is closed (its processes hold memory). */
export const PRINT_BROWSER_IDLE_MS = 5 * 60 * 1000;

export interface PrintBrowserOptions {
  launch(): Promise<Browser>;
  /** A new tab, set up to load the print view (routes, token). */
  openPage(browser: Browser): Promise<Page>;
  idleMs?: number;
}

/**
 * The web host's print browser, kept running the way the desktop app's own Chromium always is:
 * started when the export panel asks for it (or by an export), reused by every export, closed when
 * idle, when the host stops, or replaced when it crashed or was closed. Each export prints in a tab
 * of its own, closed after it; a tab is opened ahead only when the printer is asked to get ready.
 */
export function printBrowser({ launch, openPage, idleMs = PRINT_BROWSER_IDLE_MS }: PrintBrowserOptions) {
  let running: Promise<Browser> | null = null;
  /** The tab opened ahead for the next export. */
  let spare: Promise<Page> | null = null;
  let printing = 0;
  let idle: NodeJS.Timeout | null = null;
  let closed = false;

  function forget(browser: Promise<Browser>): void {
    if (running !== browser) return;
    running = null;
    spare = null;
  }

  function browser(): Promise<Browser> {
    if (closed) return Promise.reject(new Error('The web host is stopping.'));
    const kept = running;
    if (kept) return kept;
    const started: Promise<Browser> = launch().then((b) => {
      b.on('disconnected', () => forget(started));
      // Stopped while it started: it is closed now rather than left behind.
      if (closed || running !== started) void b.close().catch(() => undefined);
      return b;
    });
    started.catch(() => forget(started));
    running = started;
    return started;
  }

  /**
   * The tab opened ahead, unless it (or its browser) is known to be gone; else a new tab. A browser
   * that is closed or crashed without it being noticed yet fails the new tab: it is then replaced, once.
   */
  async function tab(ahead: Promise<Page> | null): Promise<Page> {
    const page = await ahead?.catch(() => null);
    if (page && !page.isClosed() && page.context().browser()?.isConnected()) return page;
    if (page) void page.close().catch(() => undefined);
    const kept = browser();
    const b = await kept;
    try {
      return await openPage(b);
    } catch (error) {
      if (b.isConnected()) throw error;
      forget(kept);
      return openPage(await browser());
    }
  }

  function stopIdle(): void {
    if (idle) clearTimeout(idle);
    idle = null;
  }
  function startIdle(): void {
    stopIdle();
    if (printing > 0 || closed) return;
    idle = setTimeout(() => void close(), idleMs);
    // The idle timer adds nothing to what keeps the process alive (the browser's own pipe does, until the host's
    // close stops it).
    idle.unref();
  }

  async function close(): Promise<void> {
    stopIdle();
    const kept = running;
    running = null;
    spare = null;
    const b = await kept?.catch(() => null);
    await b?.close().catch(() => undefined);
  }

  return {
    /** Starts the browser and opens a tab for the next export; resolves once both are there. */
    async ready(): Promise<void> {
      stopIdle();
      const page = tab(spare);
      spare = page;
      try {
        const opened = await page;
        opened.on('crash', () => {
          if (spare === page) spare = null;
          void opened.close().catch(() => undefined);
        });
      } catch (error) {
        if (spare === page) spare = null;
        throw error;
      } finally {
        startIdle();
      }
    },

    /** A tab to print in (the one opened ahead, or a new one); `done` closes it and starts the idle time. */
    async take(): Promise<Lease> {
      stopIdle();
      printing++;
      const ahead = spare;
      spare = null;
      let page: Page;
      try {
        page = await tab(ahead);
      } catch (error) {
        printing--;
        startIdle();
        throw error;
      }
      return {
        page,
        async done() {
          await page.close().catch(() => undefined);
          printing--;
          startIdle();
        },
      };
    },

    /**
     * A tab that has loaded `url`. The tab opened ahead is used at once, with no round trip first; if
     * its browser turns out to be gone (crashed or closed since), a new browser loads it. Aborting
     * closes the tab, which ends the load.
     */
    async open(url: string, signal: AbortSignal): Promise<Lease> {
      for (let attempt = 0; ; attempt++) {
        const lease = await this.take();
        const close = () => void lease.page.close().catch(() => undefined);
        signal.addEventListener('abort', close, { once: true });
        try {
          await lease.page.goto(url);
          return lease;
        } catch (error) {
          await lease.done();
          if (attempt > 0 || signal.aborted || lease.page.context().browser()?.isConnected()) throw error;
        } finally {
          signal.removeEventListener('abort', close);
        }
      }
    },

    /** Closes the browser (the host stops). */
    async stop(): Promise<void> {
      closed = true;
      await close();
    },

    /** For tests: is a browser running or starting. */
    get running(): boolean {
      return running !== null;
    },
  };
}

interface Lease {
  page: Page;
  done(): Promise<void>;
}

export type PrintBrowser = ReturnType<typeof printBrowser>;
