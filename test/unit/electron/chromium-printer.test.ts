import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  chromiumArgs,
  isPrintRequestAllowed,
  PLAYWRIGHT_DISABLED_FEATURES,
} from '../../../electron/web/chromium-printer';

describe('the web host printer', () => {
  it.each([
    ['http://127.0.0.1:5301/', true],
    ['http://127.0.0.1:5301/assets/index.js', true],
    ['http://127.0.0.1:5301/api/reports.get', true],
    ['data:image/png;base64,AAAA', true],
    ['http://127.0.0.1:53010/', false],
    ['http://127.0.0.1:5301.evil.example/', false],
    ['http://127.0.0.1:530/', false],
    ['https://127.0.0.1:5301/', false],
    ['http://localhost:5301/', false],
    ['http://127.0.0.1@evil.example:5301/', false],
    ['https://fonts.example.com/a.woff2', false],
    ['not a url', false],
  ])('loads %s: %s (the exact origin, never a prefix)', (url, allowed) =>
    expect(isPrintRequestAllowed(url, 'http://127.0.0.1:5301')).toBe(allowed),
  );

  it('keeps Chromium sandboxed unless it runs as root, where Chromium cannot start with it', () => {
    expect(chromiumArgs(1000)).not.toContain('--no-sandbox');
    expect(chromiumArgs(0)).toContain('--no-sandbox');
    expect(chromiumArgs(1000)).toEqual(expect.arrayContaining(['--disable-background-networking', '--disable-sync']));
  });

  it('turns off what playwright-core turns off, and the address bar popup, in the one --disable-features switch Chromium keeps', () => {
    // playwright-core's own list, read from its bundle: a new entry there must be repeated in ours.
    const bundle = fs.readFileSync(
      path.join(path.dirname(require.resolve('playwright-core')), 'lib/coreBundle.js'),
      'utf8',
    );
    const start = bundle.indexOf('disabledFeatures = [');
    const list = bundle.slice(start, bundle.indexOf(']', start));
    const theirs = [...list.matchAll(/^\s*"([A-Za-z0-9]+)",?\s*$/gm)].map((m) => m[1]);
    expect(theirs.length).toBeGreaterThan(10);
    expect(PLAYWRIGHT_DISABLED_FEATURES).toEqual(expect.arrayContaining(theirs));
    const switches = chromiumArgs(1000).filter((a) => a.startsWith('--disable-features='));
    expect(switches).toHaveLength(1);
    expect(switches[0]!.slice('--disable-features='.length).split(',')).toEqual(
      expect.arrayContaining([...theirs, 'WebUIOmniboxPopup', 'WebUIOmniboxAimPopup']),
    );
  });
});
