import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

// One renderer build serves both hosts: the transport is chosen at run time (preload bridge or HTTP).
export default defineConfig({
  root,
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    // No source maps: the web host and the packaged app serve the built code only.
    sourcemap: false,
    chunkSizeWarningLimit: 2000,
  },
});
