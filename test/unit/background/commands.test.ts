import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { freshDb } from '../storage/fixtures/db';
import { resetFakeBrowser, webTab, world } from './fixtures/fake-browser';
import { createCommandHandler, onCommand, type CommandDeps } from '../../../src/background/commands';
import { pageSettingsFrom } from '../../../src/background/page-settings';
import { createUserData, findSiteSettingFor, type UserData } from '../../../src/storage/user-data';

/**
 * Keyboard shortcuts. The commands are given their tabs and the reader's settings (a fresh fake-indexeddb
 * database per test); the last test checks `onCommand`'s wiring to the browser and the shared user data.
 */
vi.mock('webextension-polyfill', async () => ({ default: (await import('./fixtures/fake-browser')).fakeBrowser }));
beforeEach(resetFakeBrowser);

interface Setup {
  run: ReturnType<typeof createCommandHandler>;
  user: UserData;
  /** What each tab's content script was asked. */
  asked: { tabId: number; request: unknown }[];
  announced: () => number;
}

/** Tabs by id and address; a tab absent from `pages` runs no content script (it refuses, as the browser does). */
function setup(pages: Record<number, string>, activeTabId?: number): Setup {
  const { connector } = freshDb();
  const user = createUserData(() => connector.getDb());
  const asked: Setup['asked'] = [];
  let announcements = 0;
  const askPage = (async (tabId: number, request: { type: string }) => {
    asked.push({ tabId, request });
    const url = pages[tabId];
    if (url === undefined) throw new Error('Could not establish connection. Receiving end does not exist.');
    return request.type === 'getLocation' ? { url } : { moved: true };
  }) as CommandDeps['askPage'];
  const run = createCommandHandler({
    activeTabId: async () => activeTabId,
    askPage,
    pageSettings: (url) => pageSettingsFrom(user, url),
    setSiteEnabled: (site, enabled, scope) => user.setSiteEnabled(site, enabled, scope),
    settingsChanged: async () => {
      announcements += 1;
    },
  });
  return { run, user, asked, announced: () => announcements };
}

const tab = (id: number) => webTab(id, 'https://unused.example/');

describe('next and previous mark', () => {
  it('moves the named tab\u2019s page to its next mark', async () => {
    const { run, asked } = setup({ 4: 'https://tass.com/a', 5: 'https://reuters.com/b' }, 5);
    await run('next-mark', tab(4));
    expect(asked).toEqual([{ tabId: 4, request: { type: 'moveMark', direction: 'next' } }]);
  });

  it('moves the active tab\u2019s page to its previous mark when the browser names no tab', async () => {
    const { run, asked } = setup({ 4: 'https://tass.com/a', 5: 'https://reuters.com/b' }, 5);
    await run('previous-mark', undefined);
    expect(asked).toEqual([{ tabId: 5, request: { type: 'moveMark', direction: 'previous' } }]);
  });

  it('does nothing, without failing, on a page Backstory does not run in, or with no tab at all', async () => {
    const { run, asked } = setup({});
    await expect(run('next-mark', tab(4))).resolves.toBeUndefined();
    await expect(run('next-mark', undefined)).resolves.toBeUndefined();
    expect(asked).toEqual([{ tabId: 4, request: { type: 'moveMark', direction: 'next' } }]);
  });
});

describe('toggle-site', () => {
  it('switches a marked site off for its whole domain, and announces it', async () => {
    const { run, user, announced } = setup({ 1: 'https://news.bbc.co.uk/world' });
    await run('toggle-site', tab(1));
    expect(await user.findSiteSettingFor('https://sport.bbc.co.uk/')).toMatchObject({ site: 'bbc.co.uk', enabled: false, scope: 'domain' });
    expect(announced()).toBe(1);
  });

  it('switches a site that was off back on', async () => {
    const { run, user, announced } = setup({ 1: 'https://www.tass.com/a' });
    await user.setSiteEnabled('tass.com', false, 'domain');
    await run('toggle-site', tab(1));
    expect(await user.findSiteSettingFor('https://www.tass.com/a')).toMatchObject({ site: 'tass.com', enabled: true });
    await run('toggle-site', tab(1));
    expect(await user.findSiteSettingFor('https://www.tass.com/a')).toMatchObject({ site: 'tass.com', enabled: false });
    expect(announced()).toBe(2);
  });

  it('switches a site off while everything is paused (the shortcut means \u201cnot here\u201d)', async () => {
    const { run, user } = setup({ 1: 'https://reuters.com/a' });
    await user.setPrefs({ paused: true });
    await run('toggle-site', tab(1));
    expect(await user.findSiteSettingFor('https://reuters.com/a')).toMatchObject({ enabled: false });
  });

  it('stores nothing and announces nothing on a page that is not a web page', async () => {
    const { run, user, announced } = setup({ 1: 'file:///home/reader/notes.html' });
    await run('toggle-site', tab(1));
    expect(await user.listSiteSettings()).toEqual([]);
    expect(announced()).toBe(0);
  });
});

describe('onCommand, as the background wires it', () => {
  it('toggles the site of the active tab in the extension\u2019s own data and tells every tab and page', async () => {
    world.tabs = [webTab(1, 'https://www.wired-toggle.com/a', true), webTab(2, 'https://tass.com/b')];
    await onCommand('toggle-site', undefined);
    expect(await findSiteSettingFor('https://wired-toggle.com/')).toMatchObject({ site: 'wired-toggle.com', enabled: false });
    expect(world.toTabs).toContainEqual({ tabId: 2, message: { type: 'settingsChanged' } });
    expect(world.toPages).toEqual([{ type: 'settingsChanged' }]);
  });
});
