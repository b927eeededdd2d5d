import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resetFakeBrowser, webTab, world } from './fixtures/fake-browser';
import { onCommand } from '../../../src/background/commands';
import { findSiteSettingFor, setPrefs, setSiteEnabled } from '../../../src/storage/user-data';

/**
 * Keyboard shortcuts, over the extension's own user data (the shared connection, here to fake-indexeddb;
 * each test uses sites of its own) and a fake browser whose tabs record what their content scripts hear.
 */
vi.mock('webextension-polyfill', async () => ({ default: (await import('./fixtures/fake-browser')).fakeBrowser }));
beforeEach(resetFakeBrowser);

const settingsChanged = { type: 'settingsChanged' };

describe('next and previous mark', () => {
  it('moves the named tab\u2019s page to its next mark', async () => {
    const tab = webTab(4, 'https://tass.com/a');
    world.tabs = [tab, webTab(5, 'https://reuters.com/b', true)];
    await onCommand('next-mark', tab);
    expect(world.toTabs).toEqual([{ tabId: 4, message: { type: 'moveMark', direction: 'next' } }]);
  });

  it('moves the active tab\u2019s page to its previous mark when the browser names no tab', async () => {
    world.tabs = [webTab(4, 'https://tass.com/a'), webTab(5, 'https://reuters.com/b', true)];
    await onCommand('previous-mark', undefined);
    expect(world.toTabs).toEqual([{ tabId: 5, message: { type: 'moveMark', direction: 'previous' } }]);
  });

  it('does nothing, without failing, on a page Backstory does not run in', async () => {
    const tab = { ...webTab(4, 'chrome://newtab'), contentScript: undefined };
    world.tabs = [tab];
    await expect(onCommand('next-mark', tab)).resolves.toBeUndefined();
  });
});

describe('toggle-site', () => {
  it('switches a marked site off for its whole domain, and tells every tab and page', async () => {
    const tab = webTab(1, 'https://news.toggle-one.co.uk/world', true);
    world.tabs = [tab, webTab(2, 'https://tass.com/a')];
    await onCommand('toggle-site', tab);
    expect(await findSiteSettingFor('https://sport.toggle-one.co.uk/')).toMatchObject({ site: 'toggle-one.co.uk', enabled: false, scope: 'domain' });
    expect(world.toTabs).toContainEqual({ tabId: 1, message: settingsChanged });
    expect(world.toTabs).toContainEqual({ tabId: 2, message: settingsChanged });
    expect(world.toPages).toEqual([settingsChanged]);
  });

  it('switches a site that was off back on', async () => {
    await setSiteEnabled('toggle-two.com', false, 'domain');
    const tab = webTab(1, 'https://www.toggle-two.com/a', true);
    world.tabs = [tab];
    await onCommand('toggle-site', tab);
    expect(await findSiteSettingFor('https://www.toggle-two.com/a')).toMatchObject({ site: 'toggle-two.com', enabled: true });
    expect(world.toTabs).toContainEqual({ tabId: 1, message: settingsChanged });
  });

  it('switches a site off while everything is paused (the shortcut means \u201cnot here\u201d)', async () => {
    await setPrefs({ paused: true });
    try {
      const tab = webTab(1, 'https://toggle-three.org/a', true);
      world.tabs = [tab];
      await onCommand('toggle-site', tab);
      expect(await findSiteSettingFor('https://toggle-three.org/a')).toMatchObject({ enabled: false });
    } finally {
      await setPrefs({ paused: false });
    }
  });

  it('stores nothing and tells nobody on a page that is not a web page', async () => {
    const tab = webTab(1, 'file:///home/reader/notes.html', true);
    world.tabs = [tab];
    await onCommand('toggle-site', tab);
    expect(world.toTabs).toEqual([{ tabId: 1, message: { type: 'getLocation' } }]);
    expect(world.toPages).toEqual([]);
  });
});
