import { afterAll, beforeAll, expect, it } from 'vitest';
import { PRINT_STATE_WAIT_MS, WAIT_PRINT_STATE, type PrintState } from '../../electron/pdf/pdf-layout';
import { launchChromium } from '../support/browser';

let chromium: Awaited<ReturnType<typeof launchChromium>>;
beforeAll(async () => {
  chromium = await launchChromium();
});
afterAll(() => chromium.close());

it('answers the moment the print view says it is ready (or failed), else after a short wait with the progress', async () => {
  const page = await chromium.browser.newPage();
  await page.setContent('<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">');
  // Nothing happens: the wait ends on its own, with the state (one photo, drawn).
  const idle = await page.evaluate(`(async () => {
    const started = performance.now();
    const state = await ${WAIT_PRINT_STATE};
    return { state, ms: performance.now() - started };
  })()`);
  expect(idle).toMatchObject({ state: { ready: false, error: null, loaded: true, images: 1, complete: 1 } });
  expect((idle as { ms: number }).ms).toBeGreaterThanOrEqual(PRINT_STATE_WAIT_MS - 5);

  // Ready 40 ms into a wait: the answer comes with it, not at the end of the wait (measured in the page's clock).
  const ready = (await page.evaluate(`(async () => {
    const started = performance.now();
    let at = 0;
    setTimeout(() => { document.documentElement.dataset.printReady = 'true'; at = performance.now(); }, 40);
    const state = await ${WAIT_PRINT_STATE};
    return { state, late: performance.now() - at, ms: performance.now() - started };
  })()`)) as { state: PrintState; late: number; ms: number };
  expect(ready.state.ready).toBe(true);
  expect(ready.ms).toBeLessThan(PRINT_STATE_WAIT_MS);
  expect(ready.late).toBeLessThan(20);

  // Already ready, or an error: at once.
  const error = (await page.evaluate(`(async () => {
    delete document.documentElement.dataset.printReady;
    setTimeout(() => (document.documentElement.dataset.printError = 'no data'), 10);
    return ${WAIT_PRINT_STATE};
  })()`)) as PrintState;
  expect(error).toMatchObject({ ready: false, error: 'no data' });
});
