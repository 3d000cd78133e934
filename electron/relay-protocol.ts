import type { EventMap, EventName } from '../shared/contract';
import type { Result } from '../shared/result';

/** Messages between the Electron main process and the backend utility process. */
export type ToBackend = { kind: 'call'; id: number; method: string; input: unknown };
export type FromBackend =
  | { kind: 'ready'; startupError: string | null }
  | { kind: 'result'; id: number; result: Result<unknown> }
  | { kind: 'event'; event: EventName; payload: EventMap[EventName] };

/** IPC channel names between preload and main: written once, here. */
export const IPC_API_CHANNEL = 'journey-audit:api';
export const IPC_EVENT_CHANNEL = 'journey-audit:event';
