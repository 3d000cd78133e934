import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { serveAppRequest } from '../../../electron/main/app-protocol';
import { tempDir } from '../../support/temp-dir';

function rendererDir() {
  const root = tempDir();
  const dir = path.join(root, 'renderer');
  fs.mkdirSync(path.join(dir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>JA</title>');
  fs.writeFileSync(path.join(dir, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(root, 'secret.txt'), 'outside the renderer');
  return dir;
}

describe('app:// protocol', () => {
  it('serves renderer files with their type and the content security policy', async () => {
    const dir = rendererDir();
    const res = await serveAppRequest(dir, 'app://journey-audit/assets/app.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/javascript/);
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'.*script-src 'self'/);
    expect(await res.text()).toBe('console.log(1)');
    const index = await serveAppRequest(dir, 'app://journey-audit/clients/123');
    expect(await index.text()).toContain('<title>JA</title>');
  });

  it('never serves a file outside the renderer folder, or for another host', async () => {
    const dir = rendererDir();
    for (const url of [
      'app://journey-audit/%2e%2e/secret.txt',
      'app://journey-audit/..%2fsecret.txt',
      'app://journey-audit/assets/..%5c..%5csecret.txt',
      'app://other/index.html',
      'app://journey-audit/%00index.html',
    ]) {
      const res = await serveAppRequest(dir, url);
      expect(res.status, url).toBe(404);
      expect(await res.text()).not.toContain('outside the renderer');
    }
  });
});
