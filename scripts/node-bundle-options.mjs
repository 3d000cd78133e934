// How every Node-side bundle is made (the app's entry points and the bench): one set of esbuild options.
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
export const nodeBundle = {
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
