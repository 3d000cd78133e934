/**
 * The layer rules of the architecture (see README "How the folders fit together"), checked by
 * `npm run lint:deps` as part of `npm test`. A rule broken here fails the build; known violations
 * still being removed are listed in .dependency-cruiser-known-violations.json and shrink to nothing.
 */
const NODE_BUILTINS = { dependencyTypes: ['core'] };
const PURE_LIBRARIES = ['zod', 'simple-statistics'];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'shared-is-pure',
      comment:
        'shared/ runs in the renderer, the backend and the hub alike: no Node, no Electron, no React, no app layer.',
      severity: 'error',
      from: { path: '^shared/' },
      to: {
        // Only pure libraries that run the same in a browser, Node and the hub.
        pathNot: `^(shared/|node_modules/(${PURE_LIBRARIES.join('|')})/)`,
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'shared-no-node-builtins',
      severity: 'error',
      from: { path: '^shared/' },
      to: NODE_BUILTINS,
    },
    {
      name: 'backend-never-imports-electron',
      comment: 'The backend, the web host, the PDF jobs and the hub are plain Node: they run where Electron cannot.',
      severity: 'error',
      from: { path: '^(electron/(backend|web|pdf)|hub)/' },
      to: { path: '^(node_modules/electron/|electron/(main|preload)/)' },
    },
    {
      name: 'renderer-never-imports-node-or-electron',
      severity: 'error',
      from: { path: '^renderer/src/' },
      to: {
        path: '^(electron|hub|node_modules/(electron|better-sqlite3|sharp|pg|exceljs|playwright-core)/)',
      },
    },
    {
      name: 'renderer-no-node-builtins',
      severity: 'error',
      from: { path: '^renderer/src/' },
      to: NODE_BUILTINS,
    },
    {
      name: 'preload-imports-only-electron-and-shared',
      severity: 'error',
      from: { path: '^electron/preload/' },
      to: {
        pathNot: '^(electron/preload/|electron/relay-protocol\\.ts$|shared/|node_modules/electron/)',
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'hub-never-imports-desktop-backend',
      comment: 'The hub is its own service in front of PostgreSQL; it shares rules through shared/, never SQLite code.',
      severity: 'error',
      from: { path: '^hub/' },
      to: { path: '^(electron|renderer)/|^node_modules/better-sqlite3/' },
    },
    {
      name: 'handlers-never-import-handlers',
      comment: 'Handlers are entry points; shared logic lives in aggregate modules and queries/.',
      severity: 'error',
      from: { path: '^electron/backend/handlers/(?!index\\.ts$)' },
      to: { path: '^electron/backend/handlers/' },
    },
    {
      name: 'only-handlers-index-imports-handlers',
      severity: 'error',
      from: { path: '^electron/', pathNot: '^electron/backend/(handlers/|backend\\.ts$)' },
      to: { path: '^electron/backend/handlers/' },
    },
    {
      name: 'pdf-jobs-never-import-the-backend',
      comment: 'PDF jobs are shared by both hosts and talk to the backend only through the contract.',
      severity: 'error',
      from: { path: '^electron/pdf/' },
      to: { path: '^electron/backend/' },
    },
    {
      name: 'api-only-in-stores',
      comment: 'Components read stores and call their actions; only stores reach the backend.',
      severity: 'error',
      from: { path: '^renderer/src/', pathNot: '^renderer/src/(stores|api)/|^renderer/src/main\\.tsx$' },
      to: { path: '^renderer/src/api/api\\.ts$' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: { path: '^(shared|electron|renderer|hub)/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|test-output)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    skipAnalysisNotInRules: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },

    parser: 'swc',
  },
};
