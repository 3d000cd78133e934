// Bundles the Node-side entry points (Electron main, preload, backend utility process, web host)
// into CommonJS files under dist/. better-sqlite3 and sharp stay external: their native binaries load at run time.
import { build } from 'esbuild';
import { nodeBundle as common } from './node-bundle-options.mjs';

await Promise.all([
  build({ ...common, entryPoints: ['electron/main/main.ts'], outfile: 'dist/electron/main.cjs' }),
  // Sandboxed preloads may only require 'electron': everything else is bundled in.
  build({ ...common, entryPoints: ['electron/preload/preload.ts'], outfile: 'dist/electron/preload.cjs' }),
  build({ ...common, entryPoints: ['electron/backend/utility-entry.ts'], outfile: 'dist/electron/backend.cjs' }),
  build({ ...common, entryPoints: ['electron/web/web-host-main.ts'], outfile: 'dist/web/web-host.cjs' }),
]);
