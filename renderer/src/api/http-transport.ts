import { isEventName, type EventMap, type EventName } from '../../../shared/events';
import { fail, isResult, type Result } from '../../../shared/result';
import type { Transport } from './transport';
import { TOKEN_HEADER } from '../../../shared/api/http-token';

export { TOKEN_HEADER } from '../../../shared/api/http-token';
const KEEPALIVE_MAX_CHARS = 16 * 1024;

/** Talks to the web host on the same origin; the per-run token goes in a header (and in the event stream's query). */
export function httpTransport(
  baseUrl: string,
  token: string,
  fetchImpl: typeof fetch = fetch.bind(globalThis),
): Transport {
  const listeners = new Map<EventName, Set<(payload: never) => void>>();
  let source: EventSource | null = null;

  function ensureStream(): void {
    if (source || typeof EventSource === 'undefined') return;
    source = new EventSource(`${baseUrl}api/events?token=${encodeURIComponent(token)}`);
    source.onmessage = (message: MessageEvent<string>) => {
      const data = JSON.parse(message.data) as { event: unknown; payload: unknown };
      if (!isEventName(data.event)) return;
      listeners.get(data.event)?.forEach((l) => (l as (p: unknown) => void)(data.payload));
    };
  }

  return {
    kind: 'http',
    async call(method, input): Promise<Result<unknown>> {
      let response: Response;
      const payload = JSON.stringify(input ?? {});
      try {
        response = await fetchImpl(`${baseUrl}api/${encodeURIComponent(method)}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token },
          body: payload,
          // A write sent as the page goes (reload, close) must still arrive; browsers allow this
          // for bodies up to 64 KiB in all, so photos and other big bodies go the ordinary way.
          keepalive: payload.length < KEEPALIVE_MAX_CHARS,
        });
      } catch {
        return fail('BACKEND_UNAVAILABLE', 'The app cannot reach its web host. Is `npm run web` still running?');
      }
      const body: unknown = await response.json().catch(() => null);
      return isResult(body)
        ? body
        : fail('BACKEND_UNAVAILABLE', `The web host answered with status ${response.status} and no result.`);
    },
    on<E extends EventName>(event: E, listener: (payload: EventMap[E]) => void) {
      ensureStream();
      const set = listeners.get(event) ?? new Set();
      set.add(listener as (payload: never) => void);
      listeners.set(event, set);
      return () => {
        set.delete(listener as (payload: never) => void);
      };
    },
  };
}
