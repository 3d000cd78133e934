import { inEnglish, type Reason } from './reasons/reason';

/**
 * Errors cross every transport (IPC, HTTP, utility process) as plain values: a stable code the
 * renderer can translate, a human message in English for logs, and for validation failures the
 * fields at fault. Stack traces never leave the backend.
 */
export const ERROR_CODES = [
  'VALIDATION',
  'INVALID_FILE',
  'NOT_FOUND',
  'NOT_ALLOWED',
  'AUDIT_COMPLETE',
  'AUDIT_INCOMPLETE',
  'UNSUPPORTED_IMAGE',
  'FILE_TOO_LARGE',
  'UNKNOWN_METHOD',
  'UNAUTHORIZED',
  'DB_NEWER_VERSION',
  'DB_DAMAGED',
  'DB_NOT_OURS',
  'MIGRATION_FAILED',
  'DISK_FULL',
  'READ_ONLY',
  'BACKEND_UNAVAILABLE',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** One field at fault; `rule` is a stable key the UI translates (required, tooLong, email...). */
export interface FieldIssue {
  field: string;
  rule: FieldRule;
  limit?: number;
}
export type FieldRule =
  | 'required'
  | 'tooLong'
  | 'tooShort'
  | 'tooLarge'
  | 'tooSmall'
  | 'tooMany'
  | 'wrongType'
  | 'characters'
  | 'date'
  | 'email'
  | 'invalid';

export interface ApiError {
  code: ErrorCode;
  message: string;
  issues?: FieldIssue[];
  /** What exactly was refused, for the screen to say in the user's language (message is its English). */
  reason?: Reason;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string, issues?: FieldIssue[]): Result<never> => ({
  ok: false,
  error: issues ? { code, message, issues } : { code, message },
});

/** Thrown inside the backend; turned into a Result at the edge. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: FieldIssue[],
    readonly reason?: Reason,
  ) {
    super(message);
    this.name = 'AppError';
  }
  /** Refused for a reason the screen can translate; `tail` is English the message adds ("Nothing was imported."). */
  static because(code: ErrorCode, why: Reason, tail = ''): AppError {
    return new AppError(code, tail ? `${inEnglish(why)} ${tail}` : inEnglish(why), undefined, why);
  }
  toApiError(): ApiError {
    return {
      code: this.code,
      message: this.message,
      ...(this.issues ? { issues: this.issues } : {}),
      ...(this.reason ? { reason: this.reason } : {}),
    };
  }
}

export function isApiError(value: unknown): value is ApiError {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.code === 'string' && (ERROR_CODES as readonly string[]).includes(v.code) && typeof v.message === 'string'
  );
}

export function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (v.ok === true && 'value' in v) || (v.ok === false && isApiError(v.error));
}
