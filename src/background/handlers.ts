import browser from 'webextension-polyfill';
import { getCardData } from '../corpus/card-data';
import { siteKeysFor } from '../model/site-key';
import {
  exportUserData,
  getPrefs,
  hideName,
  importUserData,
  listHiddenNames,
  listSiteSettings,
  removeSiteSetting,
  setPrefs,
  setSiteEnabled,
  unhideName,
} from '../storage/user-data';
import { DEFAULT_PREFS } from '../model/user-settings';
import type { MessageFile } from '../shared/i18n/catalog';
import { getArticleView } from './article-view';
import { setBadge } from './badge';
import { broadcastSettingsChanged } from './broadcast';
import { corpusService, getCorpus } from './corpus-access';
import { getPageSettings } from './page-settings';
import { matcherNames } from './matcher-names';
import { userArticleHandlers } from './user-article-handlers';
import { takeSaveRequest } from './save-entry';
import { openPanel, readPageHandler } from './panel';
import { countActiveUserArticles } from '../storage/user-articles';
import { getDb } from '../storage/db';
import { senderKind } from '../shared/messaging/sender-policy';
import type { Handlers } from './handler-types';
import { CodedError } from '../model/errors';


function siteOf(url: string): string {
  const [host] = siteKeysFor(url);
  if (!host) throw new CodedError('not_a_web_page', 'Backstory runs on web pages only (http and https).');
  return host;
}

/** One handler per request type; the receiver has validated every request before it gets here. */
export const handlers: Handlers = {
  readPageInContext: (request) => readPageHandler(request),
  // A content script (the card) opens the panel beside its own tab only, whatever tab it names; the popup names its tab.
  openPanel: (request, sender) =>
    senderKind(sender, browser.runtime.getURL('')) === 'content'
      ? openPanel(sender.tab?.id, sender.tab?.windowId)
      : openPanel(request.tabId ?? sender.tab?.id, sender.tab?.windowId),
  ping: () => ({ pong: true, version: browser.runtime.getManifest().version }),

  reportPage: async (request, sender) => {
    // A side panel following this tab reads it again (a page loaded, or a single-page site changed address).
    if (sender.tab?.id !== undefined) void browser.runtime.sendMessage({ type: 'pageChanged', tabId: sender.tab.id }).catch(() => undefined);
    return { badge: await setBadge(sender, request.entityIds) };
  },

  getPageSettings: (request) => getPageSettings(request.url),

  getMatcherNames: () => matcherNames(),

  getCard: async (request) => (await getCardData((await getCorpus()).source, request.entityId)) ?? null,

  hideName: async (request) => {
    await hideName(siteOf(request.url), request.entityId);
    await broadcastSettingsChanged();
    return { hidden: true };
  },

  setSiteEnabled: async (request) => {
    const setting = await setSiteEnabled(siteOf(request.url), request.enabled, request.scope);
    await broadcastSettingsChanged();
    return { site: setting.site, enabled: setting.enabled };
  },

  search: (request) => corpusService.search(request.query, request.limit ?? 20, request.filters),

  getArticle: async (request) => (await (await getCorpus()).source.getArticle(request.articleId)) ?? null,

  listEntities: async () =>
    (await (await getCorpus()).source.listEntities()).map(({ id, name, type }) => ({ id, name, type })),

  getStatus: async () => {
    // The pause flag is shown when it can be read; a database the popup cannot read is reported by `reason`.
    const [corpus, prefs, userArticles] = await Promise.all([
      getCorpus(),
      getPrefs().catch(() => DEFAULT_PREFS),
      getDb().then(countActiveUserArticles).catch(() => 0),
    ]);
    const meta = await corpus.source.meta();
    return {
      backend: corpus.backend,
      reason: corpus.reason,
      importing: corpus.importing !== undefined,
      paused: prefs.paused,
      ...meta,
      user: await corpusService.state(userArticles),
    };
  },

  getTabUrl: async (request) => {
    const tab = await browser.tabs.get(request.tabId).catch(() => undefined);
    return { url: tab?.url ?? null };
  },

  openPage: async (request) => {
    const params = new URLSearchParams();
    if (request.articleId) params.set('article', request.articleId);
    if (request.passageId) params.set('passage', request.passageId);
    if (request.query) params.set('q', request.query);
    await browser.tabs.create({ url: browser.runtime.getURL(`${request.page}.html?${params}`) });
    return { opened: true };
  },

  getArticleView: async (request) => getArticleView((await getCorpus()).source, request.articleId),

  listUserSettings: async () => {
    const [sites, hiddenNames, prefs] = await Promise.all([listSiteSettings(), listHiddenNames(), getPrefs()]);
    return { sites, hiddenNames, prefs };
  },

  removeSiteSetting: async (request) => {
    await removeSiteSetting(request.site);
    await broadcastSettingsChanged();
    return { removed: true };
  },

  unhideName: async (request) => {
    await unhideName(request.site, request.entityId);
    await broadcastSettingsChanged();
    return { unhidden: true };
  },

  getUiLanguage: async () => {
    const choice = (await getPrefs()).uiLanguage ?? 'browser';
    if (choice === 'browser') return { choice, messages: null };
    // The catalogue the browser would read for that language, from the package (a file of the extension, no network).
    const response = await fetch(browser.runtime.getURL(`_locales/${choice}/messages.json`));
    return { choice, messages: (await response.json()) as MessageFile };
  },

  setPrefs: async (request) => {
    const prefs = await setPrefs(request.prefs);
    await broadcastSettingsChanged();
    return prefs;
  },

  exportUserData: () => exportUserData(),

  importUserData: async (request) => {
    const counts = await importUserData(request.data);
    await broadcastSettingsChanged();
    return counts;
  },

  ...userArticleHandlers,

  takeSaveRequest: () => ({ tabId: takeSaveRequest() }),
};
