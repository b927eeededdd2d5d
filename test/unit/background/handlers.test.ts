import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import ar from '../../../src/locales/ar/messages.json';
import { resetFakeBrowser, webTab, world } from './fixtures/fake-browser';
import { corpusCalls, resetCorpusCalls } from './fixtures/fake-corpus-access';
import { packedMatcherData } from './fixtures/packed-matcher-data';
import { handlers } from '../../../src/background/handlers';
import { splitPackedMatcherData } from '../../../src/detect/packed-data';
import { openSavePreview } from '../../../src/background/save-entry';
import { findSiteSettingFor, getPrefs, hideName, listHiddenNames, listSiteSettings, setPrefs, setSiteEnabled } from '../../../src/storage/user-data';

/**
 * Every request the background answers, as the popup, options page or a content script would send it:
 * user data on fake-indexeddb (the extension's shared connection; each test keeps to sites of its own),
 * the browser in memory (what tabs and pages heard, badges, windows), and the corpus served from memory.
 */
vi.mock('webextension-polyfill', async () => ({ default: (await import('./fixtures/fake-browser')).fakeBrowser }));
vi.mock('backstory:matcher-data', async () => ({ default: (await import('./fixtures/packed-matcher-data')).packedMatcherData }));
vi.mock('../../../src/background/corpus-access', async () => (await import('./fixtures/fake-corpus-access')).fakeCorpusAccess);
beforeEach(() => {
  resetFakeBrowser();
  resetCorpusCalls();
});

const ORIGIN = 'chrome-extension://backstory-test/';
const tab = (id: number, windowId = 1) => ({ ...webTab(id, 'https://tass.com/a'), windowId });
/** A content script in tab `id`, on `url`. */
const contentScript = (id: number, url = 'https://tass.com/a'): Runtime.MessageSender => ({ tab: tab(id), frameId: 0, url });
/** An extension page (the popup, options). */
const page = (name = 'popup'): Runtime.MessageSender => ({ url: `${ORIGIN}${name}.html` });
const settingsChanged = { type: 'settingsChanged' };

function told(): { tabs: unknown[]; pages: unknown[] } {
  return { tabs: world.toTabs.map((m) => m.message), pages: world.toPages };
}

describe('site switches and hidden names', () => {
  it('hideName hides the entity on the page\u2019s own host and tells every tab to re-read its settings', async () => {
    world.tabs = [webTab(1, 'https://news.hide-one.com/a'), webTab(2, 'https://tass.com/b')];
    expect(await handlers.hideName({ type: 'hideName', url: 'https://news.hide-one.com/a', entityId: 'putin' }, contentScript(1))).toEqual({ hidden: true });
    expect((await listHiddenNames('news.hide-one.com')).map((h) => h.entityId)).toEqual(['putin']);
    expect(told()).toEqual({ tabs: [settingsChanged, settingsChanged], pages: [settingsChanged] });
  });

  it('setSiteEnabled stores the switch for the domain or the host, and announces it', async () => {
    expect(await handlers.setSiteEnabled({ type: 'setSiteEnabled', url: 'https://www.switch-one.co.uk/x', enabled: false, scope: 'domain' }, page())).toEqual({ site: 'switch-one.co.uk', enabled: false });
    expect(await findSiteSettingFor('https://sport.switch-one.co.uk/')).toMatchObject({ enabled: false });
    expect(await handlers.setSiteEnabled({ type: 'setSiteEnabled', url: 'https://www.switch-one.co.uk/x', enabled: true, scope: 'host' }, page())).toEqual({ site: 'www.switch-one.co.uk', enabled: true });
    expect(await findSiteSettingFor('https://www.switch-one.co.uk/y')).toMatchObject({ site: 'www.switch-one.co.uk', enabled: true });
    expect(told().pages).toEqual([settingsChanged, settingsChanged]);
  });

  it('refuses a switch or a hidden name for a page that is not a web page, with a code, storing and announcing nothing', async () => {
    const before = await listSiteSettings();
    await expect(handlers.setSiteEnabled({ type: 'setSiteEnabled', url: 'file:///home/notes.html', enabled: false, scope: 'domain' }, page())).rejects.toMatchObject({ code: 'not_a_web_page' });
    await expect(handlers.hideName({ type: 'hideName', url: 'about:blank', entityId: 'putin' }, page())).rejects.toMatchObject({ code: 'not_a_web_page' });
    expect(await listSiteSettings()).toEqual(before);
    expect(told()).toEqual({ tabs: [], pages: [] });
  });

  it('getPageSettings tells a content script its site is off', async () => {
    await setSiteEnabled('page-off.com', false, 'domain');
    expect(await handlers.getPageSettings({ type: 'getPageSettings', url: 'https://page-off.com/a' }, contentScript(1, 'https://page-off.com/a'))).toMatchObject({ enabled: false, reason: 'site', site: 'page-off.com' });
  });

  it('removeSiteSetting and unhideName undo the options page\u2019s entries and announce it', async () => {
    await setSiteEnabled('undo-one.com', false, 'domain');
    await hideName('undo-one.com', 'hmeimim');
    expect(await handlers.removeSiteSetting({ type: 'removeSiteSetting', site: 'undo-one.com' }, page('options'))).toEqual({ removed: true });
    expect(await handlers.unhideName({ type: 'unhideName', site: 'undo-one.com', entityId: 'hmeimim' }, page('options'))).toEqual({ unhidden: true });
    expect(await findSiteSettingFor('https://undo-one.com/')).toBeUndefined();
    expect(await listHiddenNames('undo-one.com')).toEqual([]);
    expect(told().pages).toEqual([settingsChanged, settingsChanged]);
  });

  it('listUserSettings lists the sites, hidden names and preferences the options page shows', async () => {
    await setSiteEnabled('listed.com', false, 'host');
    await hideName('listed.com', 'assad');
    const listed = await handlers.listUserSettings({ type: 'listUserSettings' }, page('options'));
    expect(listed.sites).toContainEqual(expect.objectContaining({ site: 'listed.com', enabled: false, scope: 'host' }));
    expect(listed.hiddenNames).toContainEqual(expect.objectContaining({ site: 'listed.com', entityId: 'assad' }));
    expect(listed.prefs).toEqual(await getPrefs());
  });
});

describe('preferences and the reader\u2019s data file', () => {
  it('setPrefs stores the preferences and announces them; a paused Backstory shows in getStatus', async () => {
    try {
      expect(await handlers.setPrefs({ type: 'setPrefs', prefs: { paused: true, markMode: 'all' } }, page())).toMatchObject({ paused: true, markMode: 'all' });
      expect(await getPrefs()).toMatchObject({ paused: true, markMode: 'all' });
      expect(told().pages).toEqual([settingsChanged]);
      expect(await handlers.getStatus({ type: 'getStatus' }, page())).toMatchObject({
        paused: true,
        backend: 'memory',
        reason: { code: 'storage_unavailable' },
        importing: false,
        asOf: '2025-10-16',
        user: { articles: 0, pending: false },
      });
    } finally {
      await setPrefs({ paused: false, markMode: 'emphasise-first' });
    }
  });

  it('exportUserData and importUserData carry the settings over, and the import is announced', async () => {
    await setSiteEnabled('carried.com', false, 'domain');
    const file = await handlers.exportUserData({ type: 'exportUserData' }, page('options'));
    await handlers.removeSiteSetting({ type: 'removeSiteSetting', site: 'carried.com' }, page('options'));
    world.toPages = [];
    const counts = await handlers.importUserData({ type: 'importUserData', data: file }, page('options'));
    expect(counts.added).toBeGreaterThanOrEqual(1);
    expect(await findSiteSettingFor('https://carried.com/')).toMatchObject({ enabled: false });
    expect(told().pages).toEqual([settingsChanged]);
  });

  it('getUiLanguage gives no catalogue when the browser\u2019s language is chosen, and the packaged catalogue of a chosen one', async () => {
    expect(await handlers.getUiLanguage({ type: 'getUiLanguage' }, page())).toEqual({ choice: 'browser', messages: null });
    const fetched: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      fetched.push(url);
      return new Response(JSON.stringify(ar));
    });
    try {
      await setPrefs({ uiLanguage: 'ar' });
      expect(await handlers.getUiLanguage({ type: 'getUiLanguage' }, page())).toEqual({ choice: 'ar', messages: ar });
      expect(fetched).toEqual([`${ORIGIN}_locales/ar/messages.json`]);
    } finally {
      vi.unstubAllGlobals();
      await setPrefs({ uiLanguage: 'browser' });
    }
  });
});

describe('tabs, pages and panels', () => {
  it('reportPage sets the tab\u2019s badge and tells a side panel following that tab', async () => {
    expect(await handlers.reportPage({ type: 'reportPage', entityIds: ['putin', 'hmeimim'], mentionCount: 5 }, contentScript(12))).toEqual({ badge: '2' });
    expect(world.badgeText.get(12)).toBe('2');
    expect(world.toPages).toEqual([{ type: 'pageChanged', tabId: 12 }]);
  });

  it('openPanel from a card opens beside the card\u2019s own tab, whatever tab it names', async () => {
    await handlers.openPanel({ type: 'openPanel', tabId: 99 }, { ...contentScript(4), tab: tab(4, 2) });
    expect(world.createdWindows.map((w) => w.url)).toEqual([`${ORIGIN}panel.html?tab=4&window=2`]);
  });

  it('openPanel from the popup opens beside the tab it names', async () => {
    expect(await handlers.openPanel({ type: 'openPanel', tabId: 7 }, page())).toEqual({ opened: 'window' });
    expect(world.createdWindows.map((w) => w.url)).toEqual([`${ORIGIN}panel.html?tab=7`]);
  });

  it('openPage opens the reader or search page at the article, passage or query asked for', async () => {
    expect(await handlers.openPage({ type: 'openPage', page: 'reader', articleId: 'a1', passageId: 'a1#1' }, contentScript(1))).toEqual({ opened: true });
    await handlers.openPage({ type: 'openPage', page: 'search', query: 'Hmeimim base' }, contentScript(1));
    expect(world.createdTabs).toEqual([`${ORIGIN}reader.html?article=a1&passage=a1%231`, `${ORIGIN}search.html?q=Hmeimim+base`]);
  });

  it('getTabUrl gives a tab\u2019s address, and null for a tab that closed', async () => {
    world.tabs = [webTab(3, 'https://tass.com/world')];
    expect(await handlers.getTabUrl({ type: 'getTabUrl', tabId: 3 }, page())).toEqual({ url: 'https://tass.com/world' });
    expect(await handlers.getTabUrl({ type: 'getTabUrl', tabId: 4 }, page())).toEqual({ url: null });
  });

  it('takeSaveRequest tells the popup which tab it was opened to save', async () => {
    openSavePreview(webTab(8, 'https://tass.com/a'));
    expect(await handlers.takeSaveRequest({ type: 'takeSaveRequest' }, page())).toEqual({ tabId: 8 });
    expect(await handlers.takeSaveRequest({ type: 'takeSaveRequest' }, page())).toEqual({ tabId: null });
  });

  it('ping answers with the running version', async () => {
    expect(await handlers.ping({ type: 'ping' }, page())).toEqual({ pong: true, version: '9.8.7' });
  });
});

describe('the corpus', () => {
  it('getCard gives an entity\u2019s card, and null for one the corpus does not have', async () => {
    expect(await handlers.getCard({ type: 'getCard', entityId: 'hmeimim' }, contentScript(1))).toMatchObject({ entity: { id: 'hmeimim', name: 'Hmeimim Air Base' } });
    expect(await handlers.getCard({ type: 'getCard', entityId: 'nobody' }, contentScript(1))).toBeNull();
  });

  it('getArticle, getArticleView and listEntities read the corpus served now', async () => {
    expect(await handlers.getArticle({ type: 'getArticle', articleId: 'a2' }, page('reader'))).toMatchObject({ title: 'Hmeimim stays', outlet: 'TASS' });
    expect(await handlers.getArticle({ type: 'getArticle', articleId: 'gone' }, page('reader'))).toBeNull();
    expect((await handlers.getArticleView({ type: 'getArticleView', articleId: 'a2' }, page('reader')))?.passages.map((p) => p.id)).toEqual(['a2#0']);
    const entities = await handlers.listEntities({ type: 'listEntities' }, page('search'));
    expect(entities).toContainEqual({ id: 'putin', name: 'Vladimir Putin', type: 'person' });
    expect(entities).toHaveLength(6);
  });

  it('getMatcherNames gives a content script the gazetteer\u2019s names it does not embed', async () => {
    const names = await handlers.getMatcherNames({ type: 'getMatcherNames' }, contentScript(1));
    expect(names).toEqual(splitPackedMatcherData(packedMatcherData).names);
  });

  it('search asks the corpus service, with the query as typed', async () => {
    expect(await handlers.search({ type: 'search', query: 'Tartus' }, page('search'))).toMatchObject({ query: 'Tartus' });
    expect(corpusCalls.searched).toEqual(['Tartus']);
  });
});
