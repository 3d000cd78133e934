// @ts-check
/**
 * Mutation testing of the rule book and the numbers built on it (issue 10): `npm run mutation`.
 * The score per folder is printed by scripts/mutation.mjs from the JSON report below.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: ['shared/scoring/**/*.ts', 'shared/comparison/**/*.ts', 'shared/rules/**/*.ts', 'shared/reasons/**/*.ts'],
  coverageAnalysis: 'perTest',
  // Static mutants (module-level constants such as LIMITS and the zod schemas built once) would rerun every
  // test for each of them (97% of the time); they are reported as ignored, see README "Mutation testing".
  ignoreStatic: true,
  concurrency: 2,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'test-output/mutation/rulebook.json' },
  // TypeScript 7 has no JavaScript API for StrykerJS's tsconfig rewriting; vitest does not need it (esbuild strips types).
  tsconfigFile: 'tsconfig.stryker-absent.json',
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  thresholds: { high: 90, low: 85, break: null },
};
