import { defineConfig } from 'vitest/config';

/** The fast pure tests that guard shared/scoring, shared/comparison, shared/rules and shared/reasons: what StrykerJS runs per mutant. */
export default defineConfig({
  test: {
    include: [
      'test/unit/scoring/**/*.test.ts',
      'test/unit/comparison/**/*.test.ts',
      'test/unit/rules/**/*.test.ts',
      'test/unit/audit-progress.test.ts',
    ],
    exclude: ['test/unit/rules/**/*.test.tsx'],
    testTimeout: 120_000,
    env: { MUTATION: '1' },
  },
});
