// electron-builder configuration: `npm run dist` (after `npm run build`) or, for a folder only,
// `electron-builder --dir --config build/electron-builder.cjs`. test/packaging/pack.test.ts packs with it.
'use strict';

// Given explicitly so electron-builder never has to find (or fetch) an Electron binary to learn it.
const electronVersion = require('electron/package.json').version;

/**
 * Runtime dependencies that esbuild bundles into dist/electron (exceljs), with every package only
 * they pull in, by name: electron-builder would otherwise copy them into app.asar (some 165
 * packages for exceljs, and @types/node that fast-csv names) although nothing there requires
 * them. Nested copies go with their parent. Whatever better-sqlite3 and sharp (external) need is kept.
 */
function bundledOnlyPackages(bundled, external) {
  const fs = require('node:fs');
  const path = require('node:path');
  const root = path.join(__dirname, '..');
  const find = (name, from) => {
    for (let dir = from; ; dir = path.dirname(dir)) {
      if (fs.existsSync(path.join(dir, 'node_modules', name, 'package.json')))
        return path.join(dir, 'node_modules', name);
      if (path.dirname(dir) === dir) return null;
    }
  };
  const closure = (names) => {
    const dirs = new Set();
    const found = new Set();
    const visit = (name, from) => {
      const dir = find(name, from);
      if (!dir || dirs.has(dir)) return;
      dirs.add(dir);
      found.add(name);
      const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
      for (const dep of Object.keys({ ...pkg.dependencies, ...pkg.optionalDependencies })) visit(dep, dir);
    };
    for (const name of names) visit(name, root);
    return found;
  };
  const kept = closure(external);
  return [...closure(bundled)].filter((name) => !kept.has(name)).sort();
}

/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'app.journeyaudit.desktop',
  productName: 'Journey Audit',
  copyright: 'Copyright © Journey Audit',
  electronVersion,
  directories: { output: 'release', buildResources: 'build' },
  // The native modules (better-sqlite3, sharp) use N-API prebuilds, which work in Electron unchanged.
  npmRebuild: false,
  asar: true,
  // Native code cannot be loaded from inside an asar: Electron redirects process.dlopen of an
  // app.asar path to the same path under app.asar.unpacked.
  // sharp's native addon and its libvips shared library are loaded the same way.
  asarUnpack: ['node_modules/better-sqlite3/prebuilds/*.node', 'node_modules/@img/**'],
  files: [
    'package.json',
    'dist/electron/**',
    'dist/renderer/**',
    '!dist/**/*.map',
    // Type declarations are for compilers; sharp ships .d.cts/.d.mts beside its code.
    '!node_modules/**/*.d.{ts,cts,mts}',
    // Production node_modules are added by electron-builder; only exclusions apply to them.
    // zod is bundled into dist/electron by esbuild; better-sqlite3 and sharp stay external.
    '!node_modules/zod{,/**}',
    // exceljs (the XLSX export) is bundled into dist/electron/backend.cjs too; it and what only it needs stay out.
    ...bundledOnlyPackages(['exceljs'], ['better-sqlite3', 'sharp']).map((name) => `!node_modules/${name}{,/**}`),
    // Build-time only: C/C++ sources, the SQLite amalgamation and N-API headers.
    '!node_modules/better-sqlite3/{deps,src}{,/**}',
    '!node_modules/better-sqlite3/binding.gyp',
    '!node_modules/node-addon-api{,/**}',
    // better-sqlite3 picks prebuilds/<platform>-<arch>.node at run time; Electron has no musl build.
    // (Per-OS trimming would need platform-level `files`, but an exclusion-only platform `files`
    // makes electron-builder fall back to copying the whole project, so all glibc/mac/win ones stay.)
    '!node_modules/better-sqlite3/prebuilds/linuxmusl-*.node',
  ],
  linux: {
    target: ['AppImage', 'deb'],
    icon: 'build/icons/icon.png',
    category: 'Office',
    synopsis: 'Offline customer-journey touchpoint audits',
  },
  deb: { maintainer: 'Journey Audit <team@journey-audit.invalid>' },
  win: {
    target: ['nsis'],
    icon: 'build/icons/icon.png',
  },
  nsis: { oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true },
  mac: {
    target: ['dmg'],
    icon: 'build/icons/icon.png',
    category: 'public.app-category.business',
  },
  electronFuses: {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    // The app is served from app://, never file://: file pages get no extra privileges.
    grantFileProtocolExtraPrivileges: false,
  },
};
