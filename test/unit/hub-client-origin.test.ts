import { describe, expect, it } from 'vitest';
import { HubClient, HubRequestError } from '../../electron/backend/team/hub-client';
import { isHubRequest } from '../../electron/backend/team/team-link';

describe('the laptop talks to its configured hub only', () => {
  it('accepts the hub API on the configured origin and nothing else', () => {
    const origin = 'https://hub.example.org';
    expect(isHubRequest('https://hub.example.org/v1/pull?since=3', origin)).toBe(true);
    expect(isHubRequest('https://hub.example.org/admin', origin)).toBe(false);
    expect(isHubRequest('https://hub.example.org.evil.test/v1/pull', origin)).toBe(false);
    expect(isHubRequest('http://hub.example.org/v1/pull', origin)).toBe(false);
    expect(isHubRequest('https://user:pw@hub.example.org/v1/pull', origin)).toBe(false);
    expect(isHubRequest('not a url', origin)).toBe(false);
  });

  it('refuses, without any request, a path that would leave the API (a hostile photo hash)', async () => {
    // Port 9 on loopback: were a request made, it would fail as OFFLINE, not as NOT_HUB.
    const client = new HubClient({ origin: 'http://127.0.0.1:9', token: 't' });
    const error = await client.getPhoto('../../../admin').then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(HubRequestError);
    expect((error as HubRequestError).code).toBe('NOT_HUB');
  });
});
