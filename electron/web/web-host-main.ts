import path from 'node:path';
import { runWebCli } from './cli';

// Bundled to dist/web/web-host.cjs; the renderer build sits in dist/renderer.
runWebCli(path.join(__dirname, '..', 'renderer')).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
