import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { freshDb } from '../storage/fixtures/db';
import { pageSettingsFrom } from '../../../src/background/page-settings';
import { StorageUnavailableError } from '../../../src/storage/db';
import { UnreadableSettingError, createUserData, type UserData } from '../../../src/storage/user-data';

/**
 * What a content script is told about its page, from the reader's settings as they are really stored
 * (fake-indexeddb, a fresh database per test): on, off by the site switch, paused, or unreadable.
 */

// An unreadable store is logged for developers; kept out of the test output.
beforeEach(() => vi.spyOn(console, 'warn').mockImplementation(() => undefined));
afterEach(() => vi.restoreAllMocks());

function user(): UserData {
  const { connector } = freshDb();
  return createUserData(() => connector.getDb());
}

describe('pageSettingsFrom', () => {
  it('marks a site nobody switched off, with the stored way of marking', async () => {
    const u = user();
    await u.setPrefs({ markMode: 'all', hoverOpen: false });
    expect(await pageSettingsFrom(u, 'https://www.bbc.co.uk/news/world')).toEqual({
      site: 'www.bbc.co.uk',
      enabled: true,
      markMode: 'all',
      hoverOpens: false,
      hiddenEntityIds: [],
    });
  });

  it('marks nothing on a site switched off, and says the site switch is why', async () => {
    const u = user();
    await u.setSiteEnabled('bbc.co.uk', false, 'domain');
    expect(await pageSettingsFrom(u, 'https://www.bbc.co.uk/news')).toMatchObject({ site: 'www.bbc.co.uk', enabled: false, reason: 'site', hiddenEntityIds: [] });
    // Another site is untouched.
    expect(await pageSettingsFrom(u, 'https://tass.com/world')).toMatchObject({ enabled: true });
  });

  it('reports a switched-off site as off by its switch even while everything is paused', async () => {
    const u = user();
    await u.setSiteEnabled('tass.com', false, 'domain');
    await u.setPrefs({ paused: true });
    expect(await pageSettingsFrom(u, 'https://tass.com/a')).toMatchObject({ enabled: false, reason: 'site' });
    expect(await pageSettingsFrom(u, 'https://reuters.com/a')).toMatchObject({ enabled: false, reason: 'paused' });
  });

  it('marks nothing when paused, and an exact host switched on does not override the pause', async () => {
    const u = user();
    await u.setSiteEnabled('www.reuters.com', true, 'host');
    await u.setPrefs({ paused: true });
    expect(await pageSettingsFrom(u, 'https://www.reuters.com/world')).toMatchObject({ enabled: false, reason: 'paused', hiddenEntityIds: [] });
  });

  it('is off for pages that are not web pages', async () => {
    expect(await pageSettingsFrom(user(), 'about:blank')).toMatchObject({ site: '', enabled: false, reason: 'site' });
  });

  it('hides the names hidden on the page\u2019s host and on its registrable domain, once each', async () => {
    const u = user();
    await u.hideName('news.bbc.co.uk', 'putin');
    await u.hideName('bbc.co.uk', 'hmeimim');
    await u.hideName('bbc.co.uk', 'putin');
    await u.hideName('tass.com', 'al-sharaa');
    const settings = await pageSettingsFrom(u, 'https://news.bbc.co.uk/world');
    expect(settings.enabled).toBe(true);
    expect([...settings.hiddenEntityIds].sort()).toEqual(['hmeimim', 'putin']);
  });

  it('keeps two sites under a private suffix apart (a.github.io is not b.github.io)', async () => {
    const u = user();
    await u.hideName('alice.github.io', 'putin');
    await u.setSiteEnabled('bob.github.io', false, 'domain');
    expect(await pageSettingsFrom(u, 'https://alice.github.io/post')).toMatchObject({ enabled: true, hiddenEntityIds: ['putin'] });
    expect(await pageSettingsFrom(u, 'https://bob.github.io/post')).toMatchObject({ enabled: false, reason: 'site' });
    expect(await pageSettingsFrom(u, 'https://carol.github.io/post')).toMatchObject({ enabled: true, hiddenEntityIds: [] });
  });

  it('still hides a name an earlier version stored under the private suffix itself (github.io)', async () => {
    const u = user();
    await u.hideName('github.io', 'hmeimim');
    await u.hideName('alice.github.io', 'putin');
    const settings = await pageSettingsFrom(u, 'https://alice.github.io/post');
    expect([...settings.hiddenEntityIds].sort()).toEqual(['hmeimim', 'putin']);
  });

  it('marks nothing when a stored setting cannot be read, with reason "unreadable" and its code', async () => {
    const u = user();
    await u.hideName('tass.com', 'putin');
    const reader = { ...u, findSiteSettingFor: () => Promise.reject(new UnreadableSettingError('tass.com')) };
    expect(await pageSettingsFrom(reader, 'https://tass.com/a')).toEqual({
      site: 'tass.com',
      enabled: false,
      reason: 'unreadable',
      problem: { code: 'settings_unreadable', params: { site: 'tass.com' } },
      markMode: 'emphasise-first',
      hoverOpens: true,
      hiddenEntityIds: [],
    });
  });

  it('marks nothing when the database fails to read, with a storage code', async () => {
    const u = user();
    const reader = { ...u, getPrefs: () => Promise.reject(new DOMException('closing', 'InvalidStateError')) };
    expect(await pageSettingsFrom(reader, 'https://tass.com/a')).toMatchObject({
      enabled: false,
      reason: 'unreadable',
      problem: { code: 'storage_unavailable' },
    });
  });

  it('uses the defaults where there is no IndexedDB at all (nothing can have been stored)', async () => {
    const noDb = createUserData(() => Promise.reject(new StorageUnavailableError('indexedDB is not defined')));
    expect(await pageSettingsFrom(noDb, 'https://tass.com/a')).toEqual({
      site: 'tass.com',
      enabled: true,
      markMode: 'emphasise-first',
      hoverOpens: true,
      hiddenEntityIds: [],
    });
  });
});
