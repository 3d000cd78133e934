import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser';

/** One Chromium for the test file: launched before its tests, closed after them. */
export function chromiumForThisFile(): () => Browser {
  let launched: Awaited<ReturnType<typeof launchChromium>> | null = null;
  beforeAll(async () => {
    launched = await launchChromium();
  });
  afterAll(async () => {
    await launched?.close();
  });
  return () => {
    if (!launched) throw new Error('Chromium is not running yet: use the browser inside a test.');
    return launched.browser;
  };
}
