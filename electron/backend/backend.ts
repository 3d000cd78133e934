import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { contract, isMethodName, type EventMap, type EventName } from '../../shared/contract';
import { AppError, fail, ok, type ApiError, type Result } from '../../shared/result';
import { describeIssues, toFieldIssues } from '../../shared/validation';
import type { BackendContext } from './context';
import { openDatabase, type OpenedDatabase } from './db/open-database';
import { toAppError } from './db/sqlite-errors';
import { handlers, type BackendMethodName } from './handlers';
import { isHostMethod } from '../../shared/api/pdf-api';
import { seedBuiltinTemplates } from './templates/builtin-seed';

export const DATABASE_FILE_NAME = 'journey-audit.sqlite';

export interface BackendOptions {
  dataDir: string;
  host: 'desktop' | 'web';
  version: string;
  now?: () => Date;
}

export type EventListener = <E extends EventName>(event: E, payload: EventMap[E]) => void;

export interface Backend {
  dispatch(method: string, input: unknown): Promise<Result<unknown>>;
  onEvent(listener: EventListener): () => void;
  /** Why the database could not be opened, if it could not; every call then returns this error. */
  readonly startupError: ApiError | null;
  readonly database: OpenedDatabase | null;
  close(): void;
}

/**
 * The one backend: validates input against the contract, runs the use case against SQLite and
 * returns a Result. Hosts (Electron utility process, web host, tests) only move messages.
 */
export function createBackend(options: BackendOptions): Backend {
  const listeners = new Set<EventListener>();
  const file = path.join(options.dataDir, DATABASE_FILE_NAME);
  let opened: OpenedDatabase | null = null;
  let startupError: ApiError | null = null;
  try {
    opened = openDatabase(file, options.now ? { now: options.now } : {});
  } catch (error) {
    startupError = toApiError(error);
  }

  const ctx: BackendContext | null = opened && {
    db: opened.db,
    dataDir: options.dataDir,
    host: options.host,
    version: options.version,
    schemaVersion: opened.schemaVersion,
    emit: (event, payload) => listeners.forEach((l) => l(event, payload)),
    now: options.now ?? (() => new Date()),
    newId: randomUUID,
    versionCache: new Map(),
  };
  if (ctx) {
    try {
      seedBuiltinTemplates(ctx);
    } catch (error) {
      startupError = toApiError(error);
    }
  }

  return {
    get startupError() {
      return startupError;
    },
    database: opened,
    async dispatch(method, input) {
      if (!isMethodName(method))
        return fail('UNKNOWN_METHOD', `There is no API method called "${String(method).slice(0, 80)}".`);
      if (isHostMethod(method))
        return fail('NOT_ALLOWED', `${method} is answered by the app window's host, not the backend.`);
      if (!ctx || startupError) return { ok: false, error: startupError! };
      const parsed = contract[method].input.safeParse(input ?? {});
      if (!parsed.success) {
        const issues = toFieldIssues(parsed.error, input ?? {});
        return fail('VALIDATION', `Invalid input for ${method}: ${describeIssues(issues)}.`, issues);
      }
      try {
        const run = handlers[method as BackendMethodName] as (input: unknown, ctx: BackendContext) => unknown;
        return ok(await run(parsed.data, ctx));
      } catch (error) {
        return { ok: false, error: toApiError(error) };
      }
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      opened?.db.close();
      listeners.clear();
    },
  };
}

function toApiError(error: unknown): ApiError {
  const known = toAppError(error);
  if (known) return known.toApiError();
  if (error instanceof AppError) return error.toApiError();
  // The detail goes to the log, never across the transport.
  console.error('[backend] unexpected error', error);
  return { code: 'INTERNAL', message: 'Something went wrong inside the app. Nothing was changed; please try again.' };
}
