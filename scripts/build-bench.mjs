// Bundles the bench (test/bench/run.ts) the way the app's own Node code is bundled (dist/bench/run.cjs), so
// `npm run bench` measures the code as it ships: run through tsx, each module's transformed source and source
// map stay in the process (about 60 MB of the RSS the bench measures). dist/bench is never packaged.
import { build } from 'esbuild';
import { nodeBundle } from './node-bundle-options.mjs';

await build({
  ...nodeBundle,
  entryPoints: ['test/bench/run.ts'],
  outfile: 'dist/bench/run.cjs',
  // The bench's own tools (playwright-core, exceljs, fast readers) load from node_modules as under tsx.
  packages: 'external',
});
