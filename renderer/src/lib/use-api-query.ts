import { startTransition, useEffect, useRef, useState } from 'react';
import type { EventName, MethodInput, MethodName, MethodOutput } from '../../../shared/contract';
import type { ApiError } from '../../../shared/result';
import { api } from '../api/api';
import { apiErrorOf } from './field-errors';

export type QueryState<T> =
  | { status: 'loading'; data: T | null }
  | { status: 'ready'; data: T }
  | { status: 'error'; error: ApiError; data: T | null };

/**
 * Reads from the backend and reads again when one of the given events arrives (a committed change
 * elsewhere). The previous result stays on screen while a refresh runs; an answer to an older
 * request never overwrites a newer one.
 */
export function useApiQuery<M extends MethodName>(
  method: M,
  input: MethodInput<M> | null,
  refreshOn: readonly EventName[] = [],
): QueryState<MethodOutput<M>> {
  const [state, setState] = useState<QueryState<MethodOutput<M>>>({ status: 'loading', data: null });
  const key = input === null ? null : JSON.stringify(input);
  const latest = useRef(0);
  const [tick, setTick] = useState(0);

  useEffect(() => {
    if (key === null) return;
    const request = ++latest.current;
    setState((s) => ({ status: 'loading', data: s.data }));
    api()
      .call(method, JSON.parse(key) as MethodInput<M>)
      .then((data) => {
        // A transition: React renders a big result in slices, so the window keeps answering input.
        if (request === latest.current) startTransition(() => setState({ status: 'ready', data }));
      })
      .catch(
        (error: unknown) =>
          request === latest.current && setState((s) => ({ status: 'error', error: apiErrorOf(error), data: s.data })),
      );
  }, [method, key, tick]);

  const events = refreshOn.join(',');
  useEffect(() => {
    if (!events) return;
    const offs = events.split(',').map((e) => api().on(e as EventName, () => setTick((n) => n + 1)));
    return () => offs.forEach((off) => off());
  }, [events]);

  return state;
}
