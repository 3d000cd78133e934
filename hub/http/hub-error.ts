import type { Reason } from '../../shared/reasons/reason';

/** A refusal the hub answers in words, with its HTTP status (and, for a rule-book refusal, its reason to translate). */
export class HubError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly reason?: Reason,
  ) {
    super(message);
    this.name = 'HubError';
  }
}

export const unauthorized = () =>
  new HubError(401, 'UNAUTHORIZED', 'This device is not signed in to the team (its token is unknown or was revoked).');
export const forbidden = (message: string) => new HubError(403, 'NOT_ALLOWED', message);
export const invalid = (message: string, reason?: Reason) => new HubError(400, 'VALIDATION', message, reason);
