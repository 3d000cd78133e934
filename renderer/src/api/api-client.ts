import type { EventMap, EventName, MethodInput, MethodName, MethodOutput } from '../../../shared/contract';
import type { ApiError } from '../../../shared/result';
import type { Transport } from './transport';

/** A failed call, carrying the backend's error value (code, message, field issues). */
export class ApiCallError extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
  }
}

export interface ApiClient {
  readonly transport: Transport['kind'];
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  on<E extends EventName>(event: E, listener: (payload: EventMap[E]) => void): () => void;
}

export function createApiClient(transport: Transport): ApiClient {
  return {
    transport: transport.kind,
    async call(method, input) {
      const result = await transport.call(method, input);
      if (!result.ok) throw new ApiCallError(result.error);
      return result.value as MethodOutput<typeof method>;
    },
    on: (event, listener) => transport.on(event, listener),
  };
}
