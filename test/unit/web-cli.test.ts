import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWebArgs } from '../../electron/web/cli';
import { resolveStaticPath } from '../../electron/static-files';

describe('web host options', () => {
  it('defaults to a folder in the home directory and a random port', () => {
    expect(parseWebArgs([], {}, '/r')).toEqual({
      dataDir: path.join(os.homedir(), '.journey-audit'),
      port: 0,
      rendererDir: '/r',
      restoreLatest: false,
    });
    expect(parseWebArgs(['--restore-latest'], {}, '/r').restoreLatest).toBe(true);
  });
  it('takes the data folder and port from flags before the environment', () => {
    const env = { JOURNEY_AUDIT_DATA_DIR: '/env/data', JOURNEY_AUDIT_PORT: '5000' };
    expect(parseWebArgs([], env, '/r')).toMatchObject({ dataDir: '/env/data', port: 5000 });
    expect(parseWebArgs(['--data-dir', '/flag/data', '--port=6000'], env, '/r')).toMatchObject({
      dataDir: '/flag/data',
      port: 6000,
    });
  });
  it('refuses a port that is not a port', () => {
    expect(() => parseWebArgs(['--port', 'abc'], {}, '/r')).toThrow(/--port must be a number/);
    expect(() => parseWebArgs(['--port', '70000'], {}, '/r')).toThrow(/--port/);
  });
});

describe('resolveStaticPath', () => {
  it('keeps paths inside the root and sends app routes to index.html', () => {
    expect(resolveStaticPath('/srv/r', '/assets/a.js')).toBe('/srv/r/assets/a.js');
    expect(resolveStaticPath('/srv/r', '/')).toBe('/srv/r/index.html');
    expect(resolveStaticPath('/srv/r', '/clients/42')).toBe('/srv/r/index.html');
    expect(resolveStaticPath('/srv/r', '/%2e%2e/%2e%2e/etc/passwd')).toBeNull();
    expect(resolveStaticPath('/srv/r', '/..%2f..%2fetc%2fpasswd')).toBeNull();
    expect(resolveStaticPath('/srv/r', '/a%00.js')).toBeNull();
    expect(resolveStaticPath('/srv/r', '/%E0%A4%A')).toBeNull();
    expect(resolveStaticPath('/srv/r', '/..\\..\\x.js')).toBeNull();
    // No source maps, whatever their case or encoding.
    expect(resolveStaticPath('/srv/r', '/assets/index-abc.js.map')).toBeNull();
    expect(resolveStaticPath('/srv/r', '/assets/index-abc.js.MAP')).toBeNull();
    expect(resolveStaticPath('/srv/r', '/assets/index-abc.js%2emap')).toBeNull();
    expect(resolveStaticPath('/srv/r', '/assets/sitemap.json')).toBe('/srv/r/assets/sitemap.json');
  });
});
