/**
 * Everything that may hold a value not yet sent (a debounced field, a write waiting in a queue)
 * registers how to send it now. Leaving a screen, reloading, hiding or closing the window sends
 * everything at once, synchronously, so the requests leave before the page goes.
 */
const flushers = new Set<() => void>();
const drains = new Set<() => void>();
let unloading = false;

/** A debounced value's "send now". Returns the unregister function. */
export function registerFlush(flush: () => void): () => void {
  flushers.add(flush);
  return () => flushers.delete(flush);
}

/** A write queue's "start everything waiting now" (used only when the page is going away). */
export function registerDrain(drain: () => void): () => void {
  drains.add(drain);
  return () => drains.delete(drain);
}

/** True between pagehide and pageshow: queues stop waiting for the previous write to answer. */
export const isUnloading = (): boolean => unloading;

/** Sends every typed value that is still waiting for its debounce. */
export function flushAllFields(): void {
  for (const flush of [...flushers]) flush();
}

function flushForUnload(): void {
  unloading = true;
  // Writes already queued go first, so a field's older value never lands after its newer one.
  for (const drain of [...drains]) drain();
  flushAllFields();
}

/** Installed once at start-up. */
export function installUnloadFlush(win: Window = window): void {
  win.addEventListener('pagehide', flushForUnload);
  win.addEventListener('beforeunload', flushForUnload);
  win.addEventListener('pageshow', () => (unloading = false));
  win.document.addEventListener('visibilitychange', () => {
    if (win.document.visibilityState === 'hidden') flushAllFields();
  });
}
