import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * Lazy chunks every start needs: the screen at the app's address with no route (screen-table.tsx
 * `home`) and the English strings (the fallback language, loaded whatever the language).
 */
const START_CHUNKS = ['src/screens/clients/ClientsScreen.tsx', 'src/i18n/catalog-en.ts'];

/**
 * Lazy chunks are asked for only once the main bundle has run. Listed in index.html, the ones every
 * start needs download and compile beside the main bundle.
 */
function preloadStartChunks(): Plugin {
  return {
    name: 'preload-start-chunks',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return html;
        const files = new Set<string>();
        const visit = (name: string) => {
          const chunk = bundle[name];
          if (!chunk || chunk.type !== 'chunk' || files.has(name)) return;
          files.add(name);
          chunk.imports.forEach(visit);
        };
        for (const source of START_CHUNKS) {
          const chunk = Object.values(bundle).find(
            (c) => c.type === 'chunk' && c.facadeModuleId?.replaceAll('\\', '/').endsWith(`/${source}`),
          );
          if (!chunk) throw new Error(`preload-start-chunks: no chunk for ${source}`);
          visit(chunk.fileName);
        }
        // Their style sheets are left to Vite's loader: a preload hint it would not reuse only fetches them twice.
        const links = [...files]
          .filter((f) => !html.includes(f))
          .map((f) => `<link rel="modulepreload" crossorigin href="./${f}">`);
        return html.replace('</head>', `  ${links.join('\n    ')}\n  </head>`);
      },
    },
  };
}

/** The chart library and what it is built on (its own state store, scales, shapes, numbers). */
const CHART_CODE =
  /[\\/]node_modules[\\/](recharts|d3-[a-z-]+|victory-vendor|@reduxjs|redux|reselect|immer|decimal\.js-light|es-toolkit)[\\/]/;

/**
 * Chunks holding chart code are marked for eager compilation (V8's `allFunctionsCalledOnLoad`
 * hint): V8 compiles their functions while the chunk streams in, off the window's thread, instead
 * of one by one inside the first chart's draw, which was the longest task of a first dashboard.
 */
function compileChartsEagerly(): Plugin {
  return {
    name: 'compile-charts-eagerly',
    apply: 'build',
    // After minification, which would drop the comment.
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle))
        if (chunk.type === 'chunk' && Object.keys(chunk.modules).some((id) => CHART_CODE.test(id)))
          chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`;
    },
  };
}

// One renderer build serves both hosts: the transport is chosen at run time (preload bridge or HTTP).
export default defineConfig({
  root,
  base: './',
  plugins: [react(), preloadStartChunks(), compileChartsEagerly()],
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
