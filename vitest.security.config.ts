import { defineConfig } from 'vitest/config';

// The tests of the security policy code, for its mutation run (stryker.security.config.mjs).
export default defineConfig({
  test: {
    include: [
      'test/unit/electron/security.test.ts',
      'test/unit/electron/desktop-app.test.ts',
      'test/unit/electron/app-protocol.test.ts',
      'test/unit/web-cli.test.ts',
      'test/unit/web-request-checks.test.ts',
      'test/unit/electron/save-to-chosen-file.test.ts',
      'test/unit/electron/security-urls.test.ts',
    ],
    testTimeout: 60_000,
  },
});
