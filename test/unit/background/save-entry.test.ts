import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetFakeBrowser, webTab, world } from './fixtures/fake-browser';
import { SAVE_MENU_ID, createSaveMenu, openSavePreview, takeSaveRequest } from '../../../src/background/save-entry';
import { PANEL_MENU_ID } from '../../../src/background/panel';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./fixtures/fake-browser')).fakeBrowser }));
beforeEach(() => {
  resetFakeBrowser();
  takeSaveRequest(); // no request left from an earlier test
});
afterEach(() => vi.useRealTimers());

describe('"Save this article"', () => {
  it('opens the popup, which learns once that it was opened to save that tab', async () => {
    openSavePreview(webTab(7, 'https://tass.com/a'));
    await vi.waitFor(() => expect(world.popupsOpened).toBe(1));
    expect(takeSaveRequest()).toBe(7);
    expect(takeSaveRequest()).toBeNull();
    expect(world.createdWindows).toEqual([]);
  });

  it('opens the save preview as a small window on that tab where the browser refuses the popup', async () => {
    world.popupAllowed = false;
    openSavePreview(webTab(7, 'https://tass.com/a'));
    await vi.waitFor(() => expect(world.createdWindows).toHaveLength(1));
    expect(world.createdWindows[0]).toMatchObject({ url: 'chrome-extension://backstory-test/popup.html?tab=7&save=1', type: 'popup' });
    // The window is told by its address; a popup opened later is not taken for a save.
    expect(takeSaveRequest()).toBeNull();
  });

  it('forgets a request the popup did not take within ten seconds', () => {
    vi.useFakeTimers({ now: 1_750_000_000_000 });
    openSavePreview(webTab(7, 'https://tass.com/a'));
    vi.setSystemTime(1_750_000_010_001);
    expect(takeSaveRequest()).toBeNull();
  });

  it('does nothing without a tab', () => {
    openSavePreview(undefined);
    expect(takeSaveRequest()).toBeNull();
    expect(world.popupsOpened + world.createdWindows.length).toBe(0);
  });
});

describe('the context menu', () => {
  it('offers "save" and "open the side panel" on web pages, in the reader\u2019s language, once after a reinstall', async () => {
    world.menus = [{ id: 'stale' }];
    createSaveMenu();
    await vi.waitFor(() => expect(world.menus).toHaveLength(2));
    expect(world.menus).toEqual([
      expect.objectContaining({ id: SAVE_MENU_ID, title: '«menu_save_article»', documentUrlPatterns: ['http://*/*', 'https://*/*'] }),
      expect.objectContaining({ id: PANEL_MENU_ID, title: '«panel_menu_open»', documentUrlPatterns: ['http://*/*', 'https://*/*'] }),
    ]);
  });
});
