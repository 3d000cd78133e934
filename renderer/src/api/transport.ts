import type { EventMap, EventName } from '../../../shared/contract';
import type { Result } from '../../../shared/result';

/** How the renderer reaches the backend: the preload bridge (desktop) or HTTP (web host). */
export interface Transport {
  readonly kind: 'ipc' | 'http';
  call(method: string, input: unknown): Promise<Result<unknown>>;
  on<E extends EventName>(event: E, listener: (payload: EventMap[E]) => void): () => void;
}
