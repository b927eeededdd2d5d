import { describe, expect, it } from 'vitest';
import { isSiteKey, registrableDomain, siteKeysFor } from '../../../src/model/site-key';

describe('site keys', () => {
  it.each([
    ['www.reuters.com', 'reuters.com'],
    ['reuters.com', 'reuters.com'],
    ['localhost', 'localhost'],
    ['news.bbc.co.uk', 'bbc.co.uk'],
    ['bbc.co.uk', 'bbc.co.uk'],
    ['www.abc.net.au', 'abc.net.au'],
    ['www3.nhk.or.jp', 'nhk.or.jp'],
    ['www.sana.gov.sy', 'sana.gov.sy'],
    ['en.aa.com.tr', 'aa.com.tr'],
    ['a.b.tass.ru', 'tass.ru'],
    ['WWW.Example.COM.', 'example.com'],
    ['127.0.0.1', '127.0.0.1'],
    ['sub.example.de', 'example.de'],
  ])('registrableDomain(%s) = %s', (host, domain) => {
    expect(registrableDomain(host)).toBe(domain);
  });

  it('returns the exact host first, then the domain', () => {
    expect(siteKeysFor('https://news.bbc.co.uk/world?x=1')).toEqual(['news.bbc.co.uk', 'bbc.co.uk']);
    expect(siteKeysFor('https://reuters.com/')).toEqual(['reuters.com']);
    expect(siteKeysFor('http://[::1]:8080/')).toEqual(['[::1]']);
    expect(siteKeysFor('about:blank')).toEqual([]);
    expect(siteKeysFor('chrome-extension://abc/popup.html')).toEqual([]);
    expect(siteKeysFor('not a url')).toEqual([]);
  });

  it('accepts host names and rejects anything else', () => {
    for (const ok of ['example.com', 'xn--mgbaal8b0b.xn--mgbtf8fl', 'a-b.c', '10.0.0.1', '[2001:db8::1]']) expect(isSiteKey(ok)).toBe(true);
    for (const bad of ['', 'Example.com', '-a.com', 'a-.com', 'a..com', 'exa mple.com', 'a.com/x', '__proto__', '1.2.3.999', 'x'.repeat(254), 'javascript:alert(1)']) {
      expect(isSiteKey(bad)).toBe(false);
    }
  });
});
