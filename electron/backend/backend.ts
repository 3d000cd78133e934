import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { contract, isMethodName, type EventMap, type EventName, type ParsedInput } from '../../shared/contract';
import { AppError, fail, ok, type ApiError, type Result } from '../../shared/result';
import { describeIssues, toFieldIssues } from '../../shared/validation';
import type { BackendContext } from './context';
import { openDatabase, type OpenedDatabase } from './db/open-database';
import { toAppError } from './db/sqlite-errors';
import { handlers, type BackendMethodName } from './handlers';
import { isHostMethod } from '../../shared/api/pdf-api';
import { seedBuiltinTemplates } from './templates/builtin-seed';
import { backupsApi, isBackupMethod, type BackupMethodName } from '../../shared/api/backups-api';
import { createBackupService, type BackupService } from './backups/backup-service';
import { sweepAtOpen } from './files/sweep-at-open';
import { refreshStaleRollups } from './audits/rollups';
import { write } from './db/write';
import { scheduleAutoSync, stopAutoSync } from './team/team-sync';
import { createPhotoDerivations } from './evidence/photo-derivations';

export const DATABASE_FILE_NAME = 'journey-audit.sqlite';

export interface BackendOptions {
  dataDir: string;
  host: 'desktop' | 'web';
  version: string;
  now?: () => Date;
  /** The daily backup at open and the timed ones (the hosts turn them on; tests that reopen often leave them off). */
  scheduledBackups?: boolean;
}

export type EventListener = <E extends EventName>(event: E, payload: EventMap[E]) => void;

export interface Backend {
  dispatch(method: string, input: unknown): Promise<Result<unknown>>;
  onEvent(listener: EventListener): () => void;
  /** Why the database could not be opened, if it could not; every call but the backups' then returns this error. */
  readonly startupError: ApiError | null;
  readonly database: OpenedDatabase | null;
  readonly backups: BackupService;
  /** Settles when the work started at open (the daily backup) is done. */
  readonly ready: Promise<void>;
  /** The background job deriving imported photos' display copies and thumbnails: idle() settles when none is pending. */
  readonly photos: { idle(): Promise<void> };
  close(): void;
}

/**
 * The one backend: validates input against the contract, runs the use case against SQLite and
 * returns a Result. Hosts (Electron utility process, web host, tests) only move messages.
 */
export function createBackend(options: BackendOptions): Backend {
  const listeners = new Set<EventListener>();
  const file = path.join(options.dataDir, DATABASE_FILE_NAME);
  const now = options.now ?? (() => new Date());
  let opened: OpenedDatabase | null = null;
  let startupError: ApiError | null = null;
  let ctx: BackendContext | null = null;
  const photos = createPhotoDerivations(() => (startupError ? null : ctx));

  /** Opens the file (migrating it), sweeps crash left-overs, seeds templates; on failure leaves the reason. */
  function open(): void {
    opened = null;
    ctx = null;
    startupError = null;
    try {
      opened = openDatabase(file, options.now ? { now: options.now } : {});
    } catch (error) {
      startupError = toApiError(error);
      return;
    }
    const db = opened.db;
    ctx = {
      db,
      dataDir: options.dataDir,
      host: options.host,
      version: options.version,
      schemaVersion: opened.schemaVersion,
      emit: (event, payload) => listeners.forEach((l) => l(event, payload)),
      now,
      newId: randomUUID,
      versionCache: new Map(),
      backupBefore: (reason) => backups.before(reason),
      photos,
    };
    try {
      sweepAtOpen(db, options.dataDir);
      seedBuiltinTemplates(ctx);
      // Roll-ups of audits written by an older version (before migration 7), restored or written by hand are stored once here.
      const opening = ctx;
      write(db, () => refreshStaleRollups(opening));
      scheduleAutoSync(ctx);
      // Photos an import left to derive (also one cut short by closing the app) are taken up again.
      photos.wake();
    } catch (error) {
      startupError = toApiError(error);
    }
  }

  const backups = createBackupService({
    dataDir: options.dataDir,
    file,
    db: () => (startupError ? null : (opened?.db ?? null)),
    close() {
      if (ctx) stopAutoSync(ctx);
      opened?.db.close();
      opened = null;
      ctx = null;
    },
    reopen() {
      open();
      if (startupError) throw new AppError(startupError.code, startupError.message);
    },
    now,
  });

  open();
  const ready = options.scheduledBackups ? backups.start() : Promise.resolve();

  const recovery: { [M in BackupMethodName]: (input: ParsedInput<M>) => unknown } = {
    'backups.list': () => backups.list(),
    'backups.create': () => backups.create('manual'),
    'backups.restore': (input) => backups.restore(input.name),
    'backups.setInterval': (input) => backups.setInterval(input.minutes),
  };

  return {
    get startupError() {
      return startupError;
    },
    get database() {
      return opened;
    },
    backups,
    ready,
    photos,
    async dispatch(method, input) {
      if (!isMethodName(method))
        return fail('UNKNOWN_METHOD', `There is no API method called "${String(method).slice(0, 80)}".`);
      if (isHostMethod(method))
        return fail('NOT_ALLOWED', `${method} is answered by the app window's host, not the backend.`);
      if (isBackupMethod(method)) {
        const parsed = backupsApi[method].input.safeParse(input ?? {});
        if (!parsed.success) {
          const issues = toFieldIssues(parsed.error);
          return fail('VALIDATION', `Invalid input for ${method}: ${describeIssues(issues)}.`, issues);
        }
        try {
          return ok(await (recovery[method] as (i: unknown) => unknown)(parsed.data));
        } catch (error) {
          return { ok: false, error: toApiError(error) };
        }
      }
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
      photos.stop();
      backups.stopNow();
      if (ctx) stopAutoSync(ctx);
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
