/**
 * Page set-up shared by both printers (Chromium's page.pdf in the web host, Electron's
 * printToPDF in the desktop app), so the same view gives the same pages.
 */
export const PDF_MARGINS_MM = { top: 16, right: 14, bottom: 18, left: 14 } as const;

/** Page numbers only ("3 / 12"): they read the same in every language and need no user text. */
export const PDF_FOOTER_TEMPLATE =
  '<div style="font-family: sans-serif; font-size: 8px; color: #555; width: 100%; text-align: center;"><span class="pageNumber"></span> / <span class="totalPages"></span></div>';
export const PDF_HEADER_TEMPLATE = '<div></div>';

/** How long the print view may take to load its data and photos before the export gives up. */
export const PRINT_READY_TIMEOUT_MS = 180_000;

/** Read in the page: is the print view ready, did it fail, how many photos are drawn. */
export const READ_PRINT_STATE = `(() => {
  const root = document.documentElement;
  const images = Array.from(document.images);
  return {
    ready: root.dataset.printReady === 'true',
    error: root.dataset.printError || null,
    loaded: !!document.querySelector('[data-print-loaded]') || images.length > 0,
    images: images.length,
    complete: images.filter((i) => i.complete).length,
  };
})()`;

/** How long one wait in the page lasts at most, so that progress (photos drawn) is still reported this often. */
export const PRINT_STATE_WAIT_MS = 250;

/**
 * Evaluated in the page: READ_PRINT_STATE as soon as the print view says it is ready or failed (its
 * attributes on <html> change), or after PRINT_STATE_WAIT_MS for the progress: no polling delay
 * between the page being ready and its printing.
 */
export const WAIT_PRINT_STATE = `new Promise((resolve) => {
  const root = document.documentElement;
  const read = () => ${READ_PRINT_STATE};
  const settled = () => root.dataset.printReady === 'true' || !!root.dataset.printError;
  if (settled()) return resolve(read());
  const observer = new MutationObserver(() => settled() && done());
  const timer = setTimeout(done, ${PRINT_STATE_WAIT_MS});
  function done() {
    observer.disconnect();
    clearTimeout(timer);
    resolve(read());
  }
  observer.observe(root, { attributes: true, attributeFilter: ['data-print-ready', 'data-print-error'] });
})`;

export interface PrintState {
  ready: boolean;
  error: string | null;
  loaded: boolean;
  images: number;
  complete: number;
}
