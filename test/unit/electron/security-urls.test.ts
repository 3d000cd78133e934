import { describe, expect, it } from 'vitest';
import { isAllowedRequestUrl, isAppUrl, isSafeExternalUrl } from '../../../electron/main/security';
import { mimeTypeOf } from '../../../electron/static-files';

/** Each URL rule is pinned by cases on both sides of every condition it has. */
describe('URL policies of the desktop app', () => {
  it('the app origin is app://journey-audit, with no credentials of any kind', () => {
    expect(isAppUrl('app://journey-audit/index.html')).toBe(true);
    expect(isAppUrl('app://journey-audit/assets/x.js?v=1')).toBe(true);
    expect(isAppUrl('app://user@journey-audit/index.html')).toBe(false);
    expect(isAppUrl('app://:secret@journey-audit/index.html')).toBe(false);
    expect(isAppUrl('app://other/index.html')).toBe(false);
    expect(isAppUrl('https://journey-audit/index.html')).toBe(false);
    expect(isAppUrl('::not a url')).toBe(false);
  });

  it('links leave the app only as https with a host and no credentials', () => {
    expect(isSafeExternalUrl('https://example.org/guide')).toBe(true);
    expect(isSafeExternalUrl('https://user@example.org/')).toBe(false);
    expect(isSafeExternalUrl('https://:secret@example.org/')).toBe(false);
    expect(isSafeExternalUrl('http://example.org/')).toBe(false);
    expect(isSafeExternalUrl('file:///etc/passwd')).toBe(false);
    expect(isSafeExternalUrl('javascript:alert(1)')).toBe(false);
    expect(isSafeExternalUrl('nonsense')).toBe(false);
  });

  it('the session lets through the app, devtools, data and blob URLs and nothing else', () => {
    expect(isAllowedRequestUrl('app://journey-audit/index.html')).toBe(true);
    expect(isAllowedRequestUrl('devtools://devtools/bundled/x.js')).toBe(true);
    expect(isAllowedRequestUrl('data:text/plain,hello')).toBe(true);
    expect(isAllowedRequestUrl('blob:app://journey-audit/1b4e28ba-2fa1-11d2-883f-0016d3cca427')).toBe(true);
    for (const url of [
      'https://example.org/',
      'http://127.0.0.1:5170/api/x',
      'file:///etc/passwd',
      'ws://127.0.0.1/',
      'app://other/index.html',
      'not a url',
    ])
      expect(isAllowedRequestUrl(url), url).toBe(false);
  });
});

describe('content types of the files the app serves', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a.js', 'text/javascript; charset=utf-8'],
    ['a.mjs', 'text/javascript; charset=utf-8'],
    ['a.css', 'text/css; charset=utf-8'],
    ['a.json', 'application/json; charset=utf-8'],
    ['a.svg', 'image/svg+xml'],
    ['a.png', 'image/png'],
    ['a.jpg', 'image/jpeg'],
    ['a.jpeg', 'image/jpeg'],
    ['a.webp', 'image/webp'],
    ['favicon.ico', 'image/x-icon'],
    ['f.woff2', 'font/woff2'],
    ['f.woff', 'font/woff'],
    ['f.ttf', 'font/ttf'],
    ['notes.txt', 'text/plain; charset=utf-8'],
    ['LOGO.PNG', 'image/png'],
    ['archive.zip', 'application/octet-stream'],
    ['no-extension', 'application/octet-stream'],
  ])('%s is served as %s', (file, type) => {
    expect(mimeTypeOf(file)).toBe(type);
  });
});
