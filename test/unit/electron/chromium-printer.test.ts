import { describe, expect, it } from 'vitest';
import { chromiumArgs, isPrintRequestAllowed } from '../../../electron/web/chromium-printer';

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
});
