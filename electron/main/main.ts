import path from 'node:path';
import { startDesktopApp } from './desktop-app';

// Bundled to dist/electron/main.cjs next to preload.cjs and backend.cjs; the renderer is in dist/renderer.
startDesktopApp({ electronDir: __dirname, rendererDir: path.join(__dirname, '..', 'renderer') });
