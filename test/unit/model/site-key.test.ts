import { describe, expect, it } from 'vitest';
import { isSiteKey, legacySuffixKey, registrableDomain, siteKeysFor } from '../../../src/model/site-key';
import { governingSiteSetting, siteSettingSchema, type SiteSetting } from '../../../src/model/user-settings';
import * as v from 'valibot';

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
    // Private suffixes of the Public Suffix List: each site under them is its own.
    ['a.github.io', 'a.github.io'],
    ['docs.b.github.io', 'b.github.io'],
    ['someone.blogspot.com', 'someone.blogspot.com'],
    ['www.parliament.gov.sy', 'parliament.gov.sy'],
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

  it('keeps a.github.io and b.github.io apart', () => {
    expect(siteKeysFor('https://a.github.io/x')).toEqual(['a.github.io', 'github.io']);
    const off: SiteSetting = { site: 'a.github.io', enabled: false, scope: 'domain', updatedAt: 1_760_000_000_000 };
    expect(governingSiteSetting('https://a.github.io/page', [off])).toBe(off);
    expect(governingSiteSetting('https://b.github.io/page', [off])).toBeUndefined();
  });

  it('carries over a domain setting an earlier version stored under a private suffix, after the site\'s own', () => {
    expect(legacySuffixKey('a.github.io')).toBe('github.io');
    expect(legacySuffixKey('news.bbc.co.uk')).toBeUndefined(); // the old approximation knew co.uk
    expect(legacySuffixKey('github.io')).toBeUndefined();
    const legacy: SiteSetting = { site: 'github.io', enabled: false, scope: 'domain', updatedAt: 1_760_000_000_000 };
    // Still readable (stored records and old backups are checked by this schema) …
    expect(v.is(siteSettingSchema, legacy)).toBe(true);
    // … still governing the sites under it, until the reader sets one of their own.
    expect(governingSiteSetting('https://a.github.io/', [legacy])).toBe(legacy);
    const own: SiteSetting = { site: 'a.github.io', enabled: true, scope: 'domain', updatedAt: 1_760_000_000_001 };
    expect(governingSiteSetting('https://a.github.io/', [legacy, own])).toBe(own);
    const hostOnly: SiteSetting = { site: 'a.github.io', enabled: true, scope: 'host', updatedAt: 1_760_000_000_001 };
    expect(governingSiteSetting('https://a.github.io/', [legacy, hostOnly])).toBe(hostOnly);
  });
});
