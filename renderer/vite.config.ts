import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

// One renderer build serves both hosts: the transport is chosen at run time (preload bridge or HTTP).
export default defineConfig({
  root,
  base: './',
  plugins: [react()],
  // Radix's scroll lock writes a <style> element the CSP refuses; this one uses the CSSOM instead.
  resolve: {
    alias: { 'react-style-singleton': fileURLToPath(new URL('./src/lib/csp-style-singleton.ts', import.meta.url)) },
  },
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    // No source maps: the web host and the packaged app serve the built code only.
    sourcemap: false,
    chunkSizeWarningLimit: 2000,
  },
});
