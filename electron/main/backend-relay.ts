import type { UtilityProcess } from 'electron';
import type { EventMap, EventName } from '../../shared/contract';
import { fail, type Result } from '../../shared/result';
import { withBackendAllocator } from '../backend-allocator';
import type { FromBackend, ToBackend } from '../relay-protocol';

type Fork = (
  modulePath: string,
  args: string[],
  options: { serviceName: string; stdio: 'inherit'; env: NodeJS.ProcessEnv },
) => UtilityProcess;

export interface BackendRelay {
  call(method: string, input: unknown): Promise<Result<unknown>>;
  onEvent(listener: (event: EventName, payload: EventMap[EventName]) => void): void;
  stop(): void;
}

/**
 * Runs the backend in an Electron utility process so no query ever blocks the main process (and
 * so the windows). Calls are matched to answers by id; if the process dies, waiting calls get a
 * clear error and the next call starts a fresh process.
 */
export function startBackendRelay(fork: Fork, modulePath: string, dataDir: string): BackendRelay {
  let child: UtilityProcess | null = null;
  let nextId = 1;
  let stopping = false;
  const pending = new Map<number, (result: Result<unknown>) => void>();
  const listeners: ((event: EventName, payload: EventMap[EventName]) => void)[] = [];

  function ensureChild(): UtilityProcess {
    if (child) return child;
    const spawned = fork(modulePath, ['--data-dir', dataDir], {
      serviceName: 'Journey Audit backend',
      stdio: 'inherit',
      env: withBackendAllocator(process.env),
    });
    spawned.on('message', (message: FromBackend) => {
      if (message.kind === 'result') {
        pending.get(message.id)?.(message.result);
        pending.delete(message.id);
      } else if (message.kind === 'event') {
        listeners.forEach((l) => l(message.event, message.payload));
      }
    });
    spawned.on('exit', () => {
      if (child === spawned) child = null;
      const reason = stopping
        ? 'The app is closing.'
        : 'The background part of the app stopped unexpectedly. Your saved work is safe; try again.';
      pending.forEach((resolve) => resolve(fail('BACKEND_UNAVAILABLE', reason)));
      pending.clear();
    });
    child = spawned;
    return spawned;
  }

  return {
    call(method, input) {
      if (stopping) return Promise.resolve(fail('BACKEND_UNAVAILABLE', 'The app is closing.'));
      const id = nextId++;
      return new Promise((resolve) => {
        pending.set(id, resolve);
        const message: ToBackend = { kind: 'call', id, method, input };
        ensureChild().postMessage(message);
      });
    },
    onEvent(listener) {
      listeners.push(listener);
    },
    stop() {
      stopping = true;
      child?.kill();
    },
  };
}
