import { describe, expect, it } from 'vitest';
import { freshDb } from '../storage/fixtures/db';
import { createUserData } from '../../../src/storage/user-data';
import { scopeToStartFrom } from '../../../src/popup/site-scope';
import type { SiteScope } from '../../../src/model/user-settings';

/**
 * The popup starts its site switch from the setting that governs the page; storage decides marking by
 * the same setting. They once disagreed: a host-only setting on the bare domain, seen from a subdomain,
 * governed the popup ("only example.com") but not the page.
 */
describe('the governing site setting', () => {
  const cases: Array<[string, Array<[string, boolean, SiteScope]>, string]> = [
    ['a host-only setting on the bare domain, visited from a subdomain (the case that drifted)', [['example.com', false, 'host']], 'https://www.example.com/a'],
    ['the same setting on the bare domain itself', [['example.com', false, 'host']], 'https://example.com/a'],
    ['a domain-wide setting, from a subdomain', [['example.com', false, 'domain']], 'https://news.example.com/'],
    ['an exact host beside its domain', [['bbc.co.uk', false, 'domain'], ['www.bbc.co.uk', true, 'host']], 'https://www.bbc.co.uk/news'],
    ['a sibling host only', [['sport.bbc.co.uk', false, 'host']], 'https://www.bbc.co.uk/news'],
    ['no setting', [], 'https://example.org/'],
  ];

  it.each(cases)('popup and storage agree: %s', async (_what, settings, url) => {
    const { connector } = freshDb();
    const user = createUserData(() => connector.getDb(), { now: () => 1_750_000_000_000 });
    for (const [site, enabled, scope] of settings) await user.setSiteEnabled(site, enabled, scope);
    const governing = await user.findSiteSettingFor(url);
    expect(scopeToStartFrom(url, await user.listSiteSettings())).toBe(governing?.scope);
    await connector.close();
  });

  it('a host-only setting on the bare domain does not govern its subdomains, for either', async () => {
    const { connector } = freshDb();
    const user = createUserData(() => connector.getDb());
    await user.setSiteEnabled('example.com', false, 'host');
    expect(await user.findSiteSettingFor('https://www.example.com/')).toBeUndefined();
    expect(scopeToStartFrom('https://www.example.com/', await user.listSiteSettings())).toBeUndefined();
    await connector.close();
  });
});
