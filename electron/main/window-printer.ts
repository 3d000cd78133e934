import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import type { PdfPrinter } from '../pdf/pdf-jobs';
import { PDF_FOOTER_TEMPLATE, PDF_HEADER_TEMPLATE, PDF_MARGINS_MM, type PrintState } from '../pdf/pdf-layout';
import { waitForPrintView } from '../pdf/wait-for-print-view';

const MM_PER_INCH = 25.4;

/**
 * The desktop app's printer: a hidden window with the same preload and security settings as the
 * main one loads the print view, and Electron's printToPDF prints it with the same page set-up
 * the web host uses.
 */
export function windowPrinter(
  createWindow: (options: BrowserWindowConstructorOptions) => BrowserWindow,
  windowOptions: BrowserWindowConstructorOptions,
  entryUrl: string,
): PdfPrinter {
  return {
    async print(hash, onProgress, signal) {
      const win = createWindow({ ...windowOptions, show: false, width: 1100, height: 1400 });
      const close = () => !win.isDestroyed() && win.destroy();
      signal.addEventListener('abort', close, { once: true });
      try {
        await win.loadURL(`${entryUrl}${hash}`);
        await waitForPrintView(
          (script) => win.webContents.executeJavaScript(script) as Promise<PrintState>,
          onProgress,
          signal,
        );
        onProgress({ stage: 'printing', done: 0, total: 0 });
        const pdf = await win.webContents.printToPDF({
          pageSize: 'A4',
          printBackground: true,
          displayHeaderFooter: true,
          headerTemplate: PDF_HEADER_TEMPLATE,
          footerTemplate: PDF_FOOTER_TEMPLATE,
          margins: {
            top: PDF_MARGINS_MM.top / MM_PER_INCH,
            bottom: PDF_MARGINS_MM.bottom / MM_PER_INCH,
            left: PDF_MARGINS_MM.left / MM_PER_INCH,
            right: PDF_MARGINS_MM.right / MM_PER_INCH,
          },
        });
        return new Uint8Array(pdf);
      } finally {
        signal.removeEventListener('abort', close);
        close();
      }
    },
  };
}
