import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resetFakeBrowser, webTab, world } from './fixtures/fake-browser';
import { broadcastCorpusChanged, broadcastSettingsChanged } from '../../../src/background/broadcast';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./fixtures/fake-browser')).fakeBrowser }));
beforeEach(resetFakeBrowser);

/** Tabs: two with our content script, one we cannot run in (no receiver), one without an id (devtools). */
function openTabs(): void {
  world.tabs = [webTab(1, 'https://tass.com/a'), webTab(2, 'https://www.bbc.co.uk/news'), { ...webTab(3, 'chrome://settings'), contentScript: undefined }];
  world.tabs.push({ index: 9, highlighted: false, active: false, pinned: false, incognito: false });
}

describe('broadcastSettingsChanged', () => {
  it('tells every tab and every open extension page, and a tab that cannot hear it does not stop the others', async () => {
    openTabs();
    await broadcastSettingsChanged();
    expect(world.toTabs).toEqual([
      { tabId: 1, message: { type: 'settingsChanged' } },
      { tabId: 2, message: { type: 'settingsChanged' } },
      { tabId: 3, message: { type: 'settingsChanged' } },
    ]);
    expect(world.toPages).toEqual([{ type: 'settingsChanged' }]);
  });

  it('resolves when no extension page is open to hear it', async () => {
    openTabs();
    world.pagesOpen = false;
    await expect(broadcastSettingsChanged()).resolves.toBeUndefined();
    expect(world.toTabs.map((m) => m.tabId)).toEqual([1, 2, 3]);
  });
});

describe('broadcastCorpusChanged', () => {
  it('tells every tab\u2019s content script, and no extension page', async () => {
    openTabs();
    await broadcastCorpusChanged();
    expect(world.toTabs).toEqual([
      { tabId: 1, message: { type: 'corpusChanged' } },
      { tabId: 2, message: { type: 'corpusChanged' } },
      { tabId: 3, message: { type: 'corpusChanged' } },
    ]);
    expect(world.toPages).toEqual([]);
  });
});
