import type { EventMap, EventName } from './contract';
import type { Result } from './result';

/** What the preload exposes on `window.journeyAudit`: two functions, nothing of Electron. */
export interface DesktopBridge {
  call(method: string, input: unknown): Promise<Result<unknown>>;
  on<E extends EventName>(event: E, listener: (payload: EventMap[E]) => void): () => void;
}
