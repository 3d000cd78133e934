import { defineConfig } from 'vitest/config';

export default defineConfig({
  define: { __APP_VERSION__: JSON.stringify('0.0.0-test') },
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Browser and packaging tests spawn processes; two cores are plenty busy with two files at a time.
    maxWorkers: 2,
    // A slow step under load should fail by name, not as a whole-test timeout.
    expect: { poll: { timeout: 10_000 } },
    reporters: ['default'],
  },
});
