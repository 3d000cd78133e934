import type {
  DeviceInfo,
  HubErrorBody,
  JoinResult,
  Me,
  PullResult,
  PushedChange,
  PushResult,
  TeamRole,
} from '../../../shared/sync/hub-protocol';
import { isReason, type Reason } from '../../../shared/reasons/reason';
import { AppError } from '../../../shared/result';
import { isHubRequest } from './team-link';

/** A refusal or failure from the hub; `status` 0 means it could not be reached at all. */
export class HubRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly reason?: Reason,
  ) {
    super(message);
    this.name = 'HubRequestError';
  }
  get offline(): boolean {
    return this.status === 0 || this.status >= 502;
  }
}

export interface HubClientOptions {
  /** The hub's origin, e.g. https://hub.example.org */
  origin: string;
  token?: string | null;
  timeoutMs?: number;
}

/** The laptop's (and tests') view of the hub API: plain fetch, nothing else. */
export class HubClient {
  constructor(private readonly options: HubClientOptions) {}

  private async request(method: string, path: string, body?: unknown, raw?: Uint8Array): Promise<Response> {
    const headers: Record<string, string> = {};
    if (this.options.token) headers.authorization = `Bearer ${this.options.token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (raw) headers['content-type'] = 'application/octet-stream';
    const url = new URL(path, this.options.origin);
    // The one address this laptop may reach is the hub the user configured, and only its API.
    if (!isHubRequest(url.href, this.options.origin))
      throw new HubRequestError(400, 'NOT_HUB', 'The app only talks to the team hub configured in Settings.');
    let res: Response;
    try {
      res = await fetch(url, {
        method,
        headers,
        body: raw ? (raw as unknown as RequestInit['body']) : body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 60_000),
        redirect: 'error',
      });
    } catch (error) {
      throw new HubRequestError(
        0,
        'OFFLINE',
        `The hub did not answer (${error instanceof Error ? error.message : String(error)}).`,
      );
    }
    if (!res.ok) {
      let parsed: HubErrorBody | null = null;
      try {
        parsed = (await res.json()) as HubErrorBody;
      } catch {
        parsed = null;
      }
      throw new HubRequestError(
        res.status,
        parsed?.error?.code ?? 'HTTP',
        parsed?.error?.message ?? `The hub answered ${res.status}.`,
        parsed?.error?.reason && isReason(parsed.error.reason) ? parsed.error.reason : undefined,
      );
    }
    return res;
  }

  private async json<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await this.request(method, path, body);
    try {
      return (await res.json()) as T;
    } catch (error) {
      throw new HubRequestError(
        0,
        'OFFLINE',
        `The hub's answer was cut off (${error instanceof Error ? error.message : String(error)}).`,
      );
    }
  }

  join(code: string, deviceName: string) {
    return this.json<JoinResult>('POST', '/v1/join', { code, deviceName });
  }
  me() {
    return this.json<Me>('GET', '/v1/me');
  }
  invite(role: TeamRole, name: string) {
    return this.json<{ code: string; expiresAt: string }>('POST', '/v1/invites', { role, name });
  }
  devices() {
    return this.json<{ devices: DeviceInfo[] }>('GET', '/v1/devices');
  }
  revoke(deviceId: string) {
    return this.json<{ revoked: boolean }>('POST', '/v1/devices/revoke', { deviceId });
  }
  leave() {
    return this.json<{ revoked: boolean }>('POST', '/v1/leave', {});
  }
  missingPhotos(sha256s: string[]) {
    return this.json<{ missing: string[] }>('POST', '/v1/photos/missing', { sha256s });
  }
  async putPhoto(sha256: string, bytes: Uint8Array): Promise<{ stored: boolean }> {
    const res = await this.request('PUT', `/v1/photos/${sha256}`, undefined, bytes);
    return (await res.json()) as { stored: boolean };
  }
  async getPhoto(sha256: string): Promise<Uint8Array> {
    const res = await this.request('GET', `/v1/photos/${sha256}`);
    return new Uint8Array(await res.arrayBuffer());
  }
  push(changes: PushedChange[]) {
    return this.json<PushResult>('POST', '/v1/push', { changes });
  }
  pull(since: number, limit?: number) {
    return this.json<PullResult>('GET', `/v1/pull?since=${since}${limit ? `&limit=${limit}` : ''}`);
  }
}

/** A hub failure as the app reports it: unreachable, refused (with the hub's words) or broken. */
export function hubError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof HubRequestError) {
    if (error.offline) return new AppError('BACKEND_UNAVAILABLE', `The hub could not be reached: ${error.message}`);
    return new AppError(error.status === 401 ? 'UNAUTHORIZED' : 'NOT_ALLOWED', error.message, undefined, error.reason);
  }
  return new AppError('INTERNAL', error instanceof Error ? error.message : String(error));
}
