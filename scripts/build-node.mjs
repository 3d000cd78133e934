// Bundles the Node-side entry points (Electron main, preload, backend utility process, web host)
// into CommonJS files under dist/. better-sqlite3 and sharp stay external: their native binaries load at run time.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  sourcemap: true,
  logLevel: 'warning',
  // playwright-core is the web host's PDF printer (it drives the system Chromium); never in the desktop app.
  external: ['electron', 'better-sqlite3', 'sharp', 'playwright-core'],
  define: { __APP_VERSION__: JSON.stringify(version) },
};

await Promise.all([
  build({ ...common, entryPoints: ['electron/main/main.ts'], outfile: 'dist/electron/main.cjs' }),
  // Sandboxed preloads may only require 'electron': everything else is bundled in.
  build({ ...common, entryPoints: ['electron/preload/preload.ts'], outfile: 'dist/electron/preload.cjs' }),
  build({ ...common, entryPoints: ['electron/backend/utility-entry.ts'], outfile: 'dist/electron/backend.cjs' }),
  build({ ...common, entryPoints: ['electron/web/web-host-main.ts'], outfile: 'dist/web/web-host.cjs' }),
]);
