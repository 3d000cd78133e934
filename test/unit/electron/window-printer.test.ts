import { describe, expect, it } from 'vitest';
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { windowPrinter } from '../../../electron/main/window-printer';
import type { PrintProgress } from '../../../electron/pdf/pdf-jobs';
import type { PrintState } from '../../../electron/pdf/pdf-layout';

/** The hidden print window, as far as the printer uses it; its page becomes ready after a few polls. */
function fakeWindow(states: PrintState[]) {
  const log: string[] = [];
  let destroyed = false;
  let options: BrowserWindowConstructorOptions | null = null;
  let printOptions: unknown = null;
  const win = {
    loadURL: async (url: string) => void log.push(`load ${url}`),
    isDestroyed: () => destroyed,
    destroy: () => {
      destroyed = true;
      log.push('destroy');
    },
    webContents: {
      executeJavaScript: async () =>
        states.shift() ?? { ready: true, error: null, loaded: true, images: 2, complete: 2 },
      printToPDF: async (o: unknown) => {
        printOptions = o;
        log.push('print');
        return Buffer.from('%PDF-1.7 fake');
      },
    },
  };
  const create = (o: BrowserWindowConstructorOptions) => {
    options = o;
    return win as unknown as BrowserWindow;
  };
  return {
    create,
    log,
    get options() {
      return options;
    },
    get printOptions() {
      return printOptions;
    },
  };
}

const BASE: BrowserWindowConstructorOptions = {
  width: 1360,
  webPreferences: { preload: '/app/preload.cjs', contextIsolation: true, sandbox: true },
};

describe('desktop printer: hidden window + printToPDF', () => {
  it('loads the print view in a hidden, equally locked-down window, waits for it, prints A4 with page numbers, and closes the window', async () => {
    const fake = fakeWindow([
      { ready: false, error: null, loaded: false, images: 0, complete: 0 },
      { ready: false, error: null, loaded: true, images: 2, complete: 1 },
    ]);
    const progress: PrintProgress[] = [];
    const bytes = await windowPrinter(fake.create, BASE, 'app://journey-audit/index.html').print(
      '#/print/a/-/cover',
      (p) => progress.push(p),
      new AbortController().signal,
    );
    expect(Buffer.from(bytes).toString()).toBe('%PDF-1.7 fake');
    expect(fake.options).toMatchObject({
      show: false,
      webPreferences: { preload: '/app/preload.cjs', contextIsolation: true, sandbox: true },
    });
    expect(fake.log).toEqual(['load app://journey-audit/index.html#/print/a/-/cover', 'print', 'destroy']);
    expect(progress).toEqual([
      { stage: 'loading', done: 0, total: 0 },
      { stage: 'drawing', done: 1, total: 2 },
      { stage: 'printing', done: 0, total: 0 },
    ]);
    expect(fake.printOptions).toMatchObject({
      pageSize: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      margins: { top: 16 / 25.4, bottom: 18 / 25.4, left: 14 / 25.4, right: 14 / 25.4 },
    });
    expect(String((fake.printOptions as { footerTemplate: string }).footerTemplate)).toContain('class="pageNumber"');
  });

  it('stops when the view reports an error, and still closes the window', async () => {
    const fake = fakeWindow([{ ready: false, error: 'No audit with this id.', loaded: false, images: 0, complete: 0 }]);
    await expect(
      windowPrinter(fake.create, BASE, 'app://x/index.html').print(
        '#/print/a/-/cover',
        () => undefined,
        new AbortController().signal,
      ),
    ).rejects.toThrow('The report could not be drawn: No audit with this id.');
    expect(fake.log).toEqual(['load app://x/index.html#/print/a/-/cover', 'destroy']);
  });

  it('gives up at once when cancelled', async () => {
    const fake = fakeWindow(
      Array.from({ length: 50 }, () => ({ ready: false, error: null, loaded: true, images: 5, complete: 0 })),
    );
    const controller = new AbortController();
    const printing = windowPrinter(fake.create, BASE, 'app://x/index.html').print(
      '#/print/a/-/cover',
      () => controller.abort(),
      controller.signal,
    );
    await expect(printing).rejects.toThrow('cancelled');
    expect(fake.log).not.toContain('print');
    expect(fake.log).toContain('destroy');
  });
});
