import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sources(full);
    return /\.(ts|tsx)$/.test(e.name) ? [full] : [];
  });
}

function imports(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  return [
    ...text.matchAll(
      /(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g,
    ),
  ].map((m) => m[1] ?? m[2] ?? m[3]!);
}

const NODE_BUILTIN = /^(node:|fs$|path$|os$|child_process$|http$|crypto$|net$|worker_threads$)/;

/** The layer rules of the architecture, checked on every file: who may import what. */
describe('layer rules', () => {
  it('shared/ is pure: no Node, no Electron, no DOM frameworks', () => {
    const offenders = sources('shared').flatMap((f) =>
      imports(f)
        .filter(
          (i) =>
            NODE_BUILTIN.test(i) ||
            i === 'electron' ||
            i.startsWith('react') ||
            i.includes('/electron/') ||
            i.includes('/renderer/'),
        )
        .map((i) => `${f}: ${i}`),
    );
    expect(offenders).toEqual([]);
  });

  it('the backend and the web host never import electron', () => {
    const files = [
      ...sources('electron/backend'),
      ...sources('electron/web'),
      ...sources('electron/pdf'),
      'electron/static-files.ts',
      'electron/content-security-policy.ts',
      'electron/relay-protocol.ts',
    ];
    const offenders = files.flatMap((f) =>
      imports(f)
        .filter((i) => i === 'electron' || i.includes('/main/') || i.includes('/preload/'))
        .map((i) => `${f}: ${i}`),
    );
    expect(offenders).toEqual([]);
  });

  it('the renderer never imports Node, Electron or the backend', () => {
    const offenders = sources('renderer').flatMap((f) =>
      imports(f)
        .filter((i) => !f.endsWith('vite.config.ts'))
        .filter((i) => NODE_BUILTIN.test(i) || i === 'electron' || i === 'better-sqlite3' || /\/electron\//.test(i))
        .map((i) => `${f}: ${i}`),
    );
    expect(offenders).toEqual([]);
  });

  it('the preload imports only electron and shared code', () => {
    const offenders = sources('electron/preload').flatMap((f) =>
      imports(f)
        .filter((i) => !(i === 'electron' || i.includes('/shared/') || i === '../relay-protocol'))
        .map((i) => `${f}: ${i}`),
    );
    expect(offenders).toEqual([]);
  });
});
