import { AppError } from '../../shared/result';
import type { PrintProgress } from './pdf-jobs';
import { PRINT_READY_TIMEOUT_MS, WAIT_PRINT_STATE, type PrintState } from './pdf-layout';

/**
 * Waits until the print view says it is ready, reporting progress (data, then photos) on the way.
 * `read` evaluates a script in the page, whatever the page is (Playwright or Electron), and resolves
 * with its result: WAIT_PRINT_STATE answers the moment the view is ready, else after a short while.
 */
export async function waitForPrintView(
  read: (script: string) => Promise<PrintState>,
  onProgress: (p: PrintProgress) => void,
  signal: AbortSignal,
): Promise<void> {
  const started = Date.now();
  onProgress({ stage: 'loading', done: 0, total: 0 });
  for (;;) {
    if (signal.aborted) throw new AppError('NOT_ALLOWED', 'The export was cancelled.');
    const state = await read(WAIT_PRINT_STATE);
    if (state.error) throw new AppError('INTERNAL', `The report could not be drawn: ${state.error}`);
    if (state.ready) return;
    if (state.loaded) onProgress({ stage: 'drawing', done: state.complete, total: state.images });
    if (Date.now() - started > PRINT_READY_TIMEOUT_MS)
      throw new AppError('INTERNAL', 'The report took too long to draw. Try fewer sections or fewer photos.');
  }
}
