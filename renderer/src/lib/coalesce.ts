/**
 * Reads triggered by change events wait for the burst to end: walking an audit announces a change
 * per keypress, and each screen reads again once the keys pause (or at least every EVENT_MAX_WAIT_MS
 * while they do not), so the host spends the walk saving answers, not answering reads.
 */
export const EVENT_QUIET_MS = 250;
export const EVENT_MAX_WAIT_MS = 2000;

/** `run` once the calls pause for `quietMs`, and at the latest `maxWaitMs` after the first unrun call. */
export function coalesced(run: () => void, quietMs = EVENT_QUIET_MS, maxWaitMs = EVENT_MAX_WAIT_MS): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstAt: number | undefined;
  return () => {
    const now = Date.now();
    firstAt ??= now;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(
      () => {
        timer = undefined;
        firstAt = undefined;
        run();
      },
      Math.max(0, Math.min(quietMs, firstAt + maxWaitMs - now)),
    );
  };
}
