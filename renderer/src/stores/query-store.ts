import { startTransition, useEffect } from 'react';
import { create } from 'zustand';
import type { EventName, MethodInput, MethodName, MethodOutput } from '../../../shared/contract';
import type { ApiError } from '../../../shared/result';
import { api } from '../api/api';
import { coalesced } from '../lib/coalesce';
import { apiErrorOf } from '../lib/field-errors';

export type QueryState<T> =
  | { status: 'loading'; data: T | null }
  | { status: 'ready'; data: T }
  | { status: 'error'; error: ApiError; data: T | null };

interface QueryStore {
  /** One entry per method and input, shared by every screen that reads it. */
  entries: Record<string, QueryState<unknown>>;
}

/** The read side shared by screens without a domain store of their own: one cache, one way to refresh. */
export const useQueries = create<QueryStore>(() => ({ entries: {} }));

const latest = new Map<string, number>();

function setEntry(key: string, entry: QueryState<unknown>): void {
  useQueries.setState((s) => ({ entries: { ...s.entries, [key]: entry } }));
}

function fetchQuery(key: string, method: MethodName, input: unknown): void {
  const request = (latest.get(key) ?? 0) + 1;
  latest.set(key, request);
  const previous = useQueries.getState().entries[key];
  setEntry(key, { status: 'loading', data: previous?.data ?? null });
  api()
    .call(method, input as MethodInput<typeof method>)
    .then((data) => {
      // A transition: React renders a big result in slices, so the window keeps answering input.
      if (latest.get(key) === request) startTransition(() => setEntry(key, { status: 'ready', data }));
    })
    .catch((error: unknown) => {
      if (latest.get(key) !== request) return;
      setEntry(key, {
        status: 'error',
        error: apiErrorOf(error),
        data: useQueries.getState().entries[key]?.data ?? null,
      });
    });
}

/**
 * Reads from the backend and reads again when one of the given events arrives (a committed change
 * elsewhere). What another screen read before shows at once while a refresh runs; an answer to an
 * older request never overwrites a newer one.
 */
export function useApiQuery<M extends MethodName>(
  method: M,
  input: MethodInput<M> | null,
  refreshOn: readonly EventName[] = [],
): QueryState<MethodOutput<M>> {
  const key = input === null ? null : `${method} ${JSON.stringify(input)}`;
  const entry = useQueries((s) => (key === null ? undefined : s.entries[key]));

  useEffect(() => {
    if (key !== null) fetchQuery(key, method, input);
    // The key holds the input: re-running on an equal input object would read again for nothing.
  }, [key]);

  const events = refreshOn.join(',');
  useEffect(() => {
    if (!events || key === null) return;
    const refresh = coalesced(() => fetchQuery(key, method, input));
    const offs = events.split(',').map((e) => api().on(e as EventName, refresh));
    return () => offs.forEach((off) => off());
  }, [events, key]);

  return (entry ?? { status: 'loading', data: null }) as QueryState<MethodOutput<M>>;
}

/** Reads again every cached query of `method` (a write whose result no event announces, e.g. conflicts kept by an import). */
export function refreshQueries(method: MethodName): void {
  for (const key of Object.keys(useQueries.getState().entries))
    if (key.startsWith(`${method} `)) fetchQuery(key, method, JSON.parse(key.slice(method.length + 1)));
}
