import browser from 'webextension-polyfill';
import { callBackground } from '../shared/messaging/client';
import { callContent } from '../shared/messaging/tab-client';
import { pageAnswer, PageTimeoutError, PAGE_ANSWER_MS } from './page-answer';
import { tabIdFromSearch } from './tab-param';

export interface TargetTab {
  tabId: number | null;
  url: string | null;
  /** The window the tab is in (the side panel opens there), when the browser says. */
  windowId?: number;
  /** Opened as an ordinary tab (`popup.html?tab=<id>`, as the tests do), not as the toolbar popup. */
  pageMode: boolean;
  /** The page's content script did not answer in time: the page is busy or frozen (the popup says so). */
  pageBlocked?: boolean;
}

/** Where the popup learns about the tab; parameters so the unit tests can stand in for the browser. */
export interface TargetTabSources {
  activeTab(): Promise<{ id?: number; url?: string; windowId?: number } | undefined>;
  askPage(tabId: number): Promise<string | null>;
  askBackground(tabId: number): Promise<string | null>;
}

const browserSources: TargetTabSources = {
  activeTab: async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0],
  askPage: async (tabId) => (await callContent(tabId, { type: 'getLocation' })).url,
  askBackground: async (tabId) => (await callBackground({ type: 'getTabUrl', tabId })).url,
};

/**
 * The tab the popup is about, and its URL. Without the `tabs` permission `tabs.query` gives no URL,
 * so the URL comes from the tab's own content script (`getLocation`), then from the background, which
 * knows it while `activeTab` is granted; a page our content script does not run on gives null. The
 * content script is given PAGE_ANSWER_MS: a page blocking its main thread never answers.
 */
export async function resolveTargetTab(search: string = location.search, sources: TargetTabSources = browserSources, waitMs: number = PAGE_ANSWER_MS): Promise<TargetTab> {
  const fromQuery = tabIdFromSearch(search);
  let tabId = fromQuery;
  let tabUrl: string | null = null;
  let windowId: number | undefined;
  if (tabId === null) {
    const tab = await sources.activeTab();
    tabId = tab?.id ?? null;
    tabUrl = tab?.url ?? null;
    windowId = tab?.windowId;
  } else windowId = (await browser.tabs.get(tabId).catch(() => undefined))?.windowId;
  if (tabId === null) return { tabId, url: null, pageMode: fromQuery !== null };
  let pageBlocked = false;
  const fromPage = await pageAnswer(sources.askPage(tabId), waitMs).catch((err: unknown) => {
    pageBlocked = err instanceof PageTimeoutError;
    return null;
  });
  const url = fromPage ?? (await sources.askBackground(tabId).catch(() => null)) ?? tabUrl;
  return { tabId, url, pageMode: fromQuery !== null, ...(pageBlocked ? { pageBlocked } : {}), ...(windowId !== undefined ? { windowId } : {}) };
}
