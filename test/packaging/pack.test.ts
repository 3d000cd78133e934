// Packs the built app with the real electron-builder config into a folder (`--dir --linux`) and
// inspects the result. Needs `npm run build` first. There is no Electron binary here (and no network),
// so a stand-in Electron folder is packed instead: electron-builder only copies it, renames the
// `electron` executable and flips the fuses in it, which works on any file that carries a fuse wire.
import { extractFile, getRawHeader, listPackage, statFile } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CONFIG = path.join(ROOT, 'build/electron-builder.cjs');
const BUILDER_CLI = path.join(ROOT, 'node_modules/electron-builder/cli.js');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  main: string;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

/** The marker @electron/fuses looks for, then wire version 1, wire length 8, one byte per fuse. */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Electron's defaults: RunAsNode, NodeOptions, CLI inspect and file-protocol privileges on. */
const DEFAULT_FUSES = '10110001';
const STANDIN_NOTE = 'Stand-in for Electron, made by test/packaging/pack.test.ts; it cannot run the app.';

/**
 * The whole stand-in Electron distribution for linux --dir packing: just the `electron` executable.
 * electron-builder needs nothing else (no resources/, locales/ or .so files) and never runs it.
 */
function writeStandInElectron(dir: string): void {
  fs.mkdirSync(dir, { recursive: true });
  const script = Buffer.concat([
    Buffer.from(`#!/bin/sh\n# fuse wire: ${FUSE_SENTINEL}`, 'latin1'),
    Buffer.from([1, DEFAULT_FUSES.length]),
    Buffer.from(`${DEFAULT_FUSES}\necho '${STANDIN_NOTE}' >&2\nexit 1\n`, 'latin1'),
  ]);
  fs.writeFileSync(path.join(dir, 'electron'), script, { mode: 0o755 });
}

const execFileAsync = promisify(execFile);

describe('electron-builder packaging (--dir --linux, stand-in Electron)', () => {
  let workDir = '';
  let appOutDir = '';
  let asarPath = '';
  let entries: string[] = [];
  let builderLog = '';

  beforeAll(async () => {
    for (const built of ['dist/electron/main.cjs', 'dist/renderer/index.html']) {
      if (!fs.existsSync(path.join(ROOT, built))) throw new Error(`${built} is missing: run \`npm run build\` first.`);
    }
    workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ja-pack-'));
    const standIn = path.join(workDir, 'electron-standin');
    const outDir = path.join(workDir, 'out');
    writeStandInElectron(standIn);

    const args = [
      BUILDER_CLI,
      '--dir',
      '--linux',
      '--publish',
      'never',
      '--config',
      CONFIG,
      `-c.electronDist=${standIn}`,
      `-c.directories.output=${outDir}`,
    ];
    // electron-builder mutes its log when it sees VITEST in the environment; the log is checked below.
    const parentEnv = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST')));
    const env = {
      ...parentEnv,
      // Any download attempt would go to a dead proxy and fail fast instead of reaching out.
      HTTP_PROXY: 'http://127.0.0.1:9',
      HTTPS_PROXY: 'http://127.0.0.1:9',
      ELECTRON_GET_USE_PROXY: '1',
      ELECTRON_BUILDER_CACHE: path.join(workDir, 'cache'),
      CSC_IDENTITY_AUTO_DISCOVERY: 'false',
    };
    try {
      const { stdout, stderr } = await execFileAsync(process.execPath, args, {
        cwd: ROOT,
        env,
        timeout: 110_000,
        maxBuffer: 16 << 20,
      });
      builderLog = `${stdout}\n${stderr}`;
    } catch (error) {
      const failed = error as Error & { stdout?: string; stderr?: string };
      throw new Error(`electron-builder failed: ${failed.message}\n${failed.stdout ?? ''}\n${failed.stderr ?? ''}`);
    }
    appOutDir = path.join(outDir, process.arch === 'x64' ? 'linux-unpacked' : `linux-${process.arch}-unpacked`);
    asarPath = path.join(appOutDir, 'resources/app.asar');
    entries = listPackage(asarPath, { isPack: false }).map((entry) => entry.split(path.sep).join('/'));
  }, 120_000);

  afterAll(() => {
    if (workDir) fs.rmSync(workDir, { recursive: true, force: true });
  });

  it('packs offline from the stand-in, without downloading anything', () => {
    expect(builderLog).toContain('using custom unpacked Electron distribution');
    expect(builderLog).not.toMatch(/download/i);
    expect(fs.existsSync(path.join(appOutDir, 'journey-audit'))).toBe(true);
    expect(fs.readdirSync(path.join(appOutDir, 'resources')).sort()).toEqual(['app.asar', 'app.asar.unpacked']);
  });

  it('puts the built entry points, the renderer and package.json in app.asar', () => {
    for (const file of [
      '/dist/electron/main.cjs',
      '/dist/electron/preload.cjs',
      '/dist/electron/backend.cjs',
      '/dist/renderer/index.html',
      '/package.json',
    ]) {
      expect(entries).toContain(file);
    }
    expect(entries.some((entry) => /^\/dist\/renderer\/assets\/[^/]+\.js$/.test(entry))).toBe(true);
    const packedPkg = JSON.parse(readAsarText('package.json')) as { main: string; name: string };
    expect(packedPkg.main).toBe(pkg.main);
    expect(entries).toContain(`/${pkg.main}`);
  });

  it('leaves out sources, source maps, the web host and everything else of the project', () => {
    const topLevel = entries.filter((entry) => entry.split('/').length === 2);
    expect(topLevel.sort()).toEqual(['/dist', '/node_modules', '/package.json']);
    expect(entries.filter((entry) => entry.startsWith('/dist/') && entry.split('/').length === 3).sort()).toEqual([
      '/dist/electron',
      '/dist/renderer',
    ]);
    expect(entries.filter((entry) => /\.(ts|tsx|mts|cts|map)$/.test(entry))).toEqual([]);
  });

  it('ships no devDependency, only the runtime modules the bundles still require', () => {
    const packagesInAsar = new Set(
      entries.flatMap((entry) => /^\/node_modules\/((?:@[^/]+\/)?[^/]+)$/.exec(entry)?.[1] ?? []),
    );
    for (const devDependency of Object.keys(pkg.devDependencies))
      expect(packagesInAsar, devDependency).not.toContain(devDependency);
    for (const name of ['react', 'react-dom', 'vite', 'typescript', 'esbuild', 'electron'])
      expect(packagesInAsar).not.toContain(name);
    // Bundled by esbuild although runtime dependencies: neither they nor what only they need are packed.
    for (const name of ['zod', 'exceljs', 'archiver', 'unzipper', 'jszip']) expect(packagesInAsar).not.toContain(name);

    // esbuild bundles everything but `electron`, better-sqlite3 and sharp; whatever the bundles require must be packed.
    const required = new Set<string>();
    for (const bundle of ['main', 'preload', 'backend']) {
      const code = readAsarText(`dist/electron/${bundle}.cjs`);
      for (const match of code.matchAll(/\brequire\("([^"./][^"]*)"\)/g)) {
        const name = match[1]!;
        // Node's own modules, with or without the node: prefix (bundled libraries such as exceljs write require("stream")).
        if (name === 'electron' || name.startsWith('node:') || builtinModules.includes(name)) continue;
        required.add(name.startsWith('@') ? name.split('/').slice(0, 2).join('/') : name.split('/')[0]!);
      }
    }
    expect([...required].sort()).toEqual(['better-sqlite3', 'sharp']);
    for (const name of required) {
      expect(Object.keys(pkg.dependencies)).toContain(name);
      expect(packagesInAsar).toContain(name);
    }
  });

  it("unpacks better-sqlite3's native binary next to app.asar, where Electron loads it from", () => {
    // better-sqlite3/lib/binding.js requires ../prebuilds/<platform>-<arch>.node; Electron turns that
    // app.asar path into app.asar.unpacked because the asar header marks the file unpacked.
    const binary = `node_modules/better-sqlite3/prebuilds/linux-${process.arch}.node`;
    expect(entries).toContain(`/${binary}`);
    expect((statFile(asarPath, binary) as { unpacked?: boolean }).unpacked).toBe(true);
    const onDisk = path.join(`${asarPath}.unpacked`, binary);
    expect(fs.statSync(onDisk).size).toBe(fs.statSync(path.join(ROOT, binary)).size);
    expect(fs.readFileSync(onDisk).subarray(0, 4).toString('latin1')).toBe('\x7fELF');
    // Every native file in the archive is unpacked; none is left inside it.
    const nativeInside = entries.filter(
      (entry) => entry.endsWith('.node') && !(statFile(asarPath, entry.slice(1)) as { unpacked?: boolean }).unpacked,
    );
    expect(nativeInside).toEqual([]);
    // Sources, the SQLite amalgamation and musl builds stay out.
    expect(
      entries.filter((entry) => /^\/node_modules\/better-sqlite3\/(deps|src)(\/|$)|linuxmusl-.*\.node$/.test(entry)),
    ).toEqual([]);
  });

  it.runIf(process.platform === 'linux')("unpacks sharp's addon and its libvips library (photos)", () => {
    const sharpAddon = entries.filter((entry) =>
      /^\/node_modules\/@img\/sharp-linux-[^/]+\/lib\/sharp-linux-[^/]+\.node$/.test(entry),
    );
    const libvips = entries.filter((entry) =>
      /^\/node_modules\/@img\/sharp-libvips-linux-[^/]+\/lib\/libvips-cpp\.so/.test(entry),
    );
    expect(sharpAddon).toHaveLength(1);
    expect(libvips.length).toBeGreaterThanOrEqual(1);
    for (const entry of [...sharpAddon, ...libvips]) {
      expect((statFile(asarPath, entry.slice(1)) as { unpacked?: boolean }).unpacked, entry).toBe(true);
      expect(fs.existsSync(path.join(`${asarPath}.unpacked`, entry.slice(1))), entry).toBe(true);
    }
  });

  it.runIf(process.platform === 'linux')('the unpacked binary loads as a Node-API addon', async () => {
    const onDisk = path.join(
      `${asarPath}.unpacked`,
      `node_modules/better-sqlite3/prebuilds/linux-${process.arch}.node`,
    );
    const probe = 'const addon = require(process.argv[1]); console.log(typeof addon.Database);';
    const { stdout } = await execFileAsync(process.execPath, ['-e', probe, onDisk], { timeout: 20_000 });
    expect(stdout.trim()).toBe('function');
  });

  it('flips the configured Electron fuses in the executable', async () => {
    const wire = await getCurrentFuseWire(path.join(appOutDir, 'journey-audit'));
    const state = (option: FuseV1Options) => String.fromCharCode(wire[option] as number);
    expect(state(FuseV1Options.RunAsNode)).toBe('0');
    expect(state(FuseV1Options.EnableCookieEncryption)).toBe('1');
    expect(state(FuseV1Options.EnableNodeOptionsEnvironmentVariable)).toBe('0');
    expect(state(FuseV1Options.EnableNodeCliInspectArguments)).toBe('0');
    expect(state(FuseV1Options.EnableEmbeddedAsarIntegrityValidation)).toBe('1');
    expect(state(FuseV1Options.OnlyLoadAppFromAsar)).toBe('1');
  });

  it('records file integrity in the asar header', () => {
    const { header } = getRawHeader(asarPath);
    const files = (header as { files: Record<string, { files?: Record<string, { integrity?: unknown }> }> }).files;
    expect(files['package.json']).toHaveProperty('integrity');
  });

  const readAsarText = (file: string): string => extractFile(asarPath, file).toString('utf8');
});
