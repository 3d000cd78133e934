// Mutation testing of the security policy code (issue 12): the policies must have tests that fail
// when a line of them is changed. Run by `npm run mutation` with the other stryker*.config.* files.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.security.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: [
    'electron/main/security.ts',
    'electron/content-security-policy.ts',
    'electron/static-files.ts',
    'electron/web/request-checks.ts',
    'electron/main/save-to-chosen-file.ts',
  ],
  coverageAnalysis: 'perTest',
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'test-output/mutation/security.json' },
  thresholds: { high: 95, low: 90, break: 90 },
  tempDirName: '.stryker-tmp/security',
  // TypeScript 7 has no parseConfigFileTextToJson, which Stryker's tsconfig rewriting calls; vitest needs no tsconfig.
  tsconfigFile: 'tsconfig.stryker-none.json',
  concurrency: 2,
  timeoutMS: 20_000,
};
