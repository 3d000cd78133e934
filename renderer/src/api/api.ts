import type { ApiClient } from './api-client';

let client: ApiClient | null = null;

/** Set once at start-up; stores reach the backend through it. */
export function setApi(api: ApiClient): void {
  client = api;
}

export function api(): ApiClient {
  if (!client) throw new Error('The API client is not set up yet.');
  return client;
}
