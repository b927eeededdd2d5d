import browser from 'webextension-polyfill';
import { callBackground, callContent } from '../shared/messaging/client';
import { tabIdFromSearch } from './tab-param';

export interface TargetTab {
  tabId: number | null;
  url: string | null;
  /** The window the tab is in (the side panel opens there), when the browser says. */
  windowId?: number;
  /** Opened as an ordinary tab (`popup.html?tab=<id>`, as the tests do), not as the toolbar popup. */
  pageMode: boolean;
}

/**
 * The tab the popup is about, and its URL. Without the `tabs` permission `tabs.query` gives no URL,
 * so the URL comes from the tab's own content script (`getLocation`), then from the background, which
 * knows it while `activeTab` is granted; a page our content script does not run on gives null.
 */
export async function resolveTargetTab(search: string = location.search): Promise<TargetTab> {
  const fromQuery = tabIdFromSearch(search);
  let tabId = fromQuery;
  let tabUrl: string | null = null;
  let windowId: number | undefined;
  if (tabId === null) {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    tabId = tab?.id ?? null;
    tabUrl = tab?.url ?? null;
    windowId = tab?.windowId;
  } else windowId = (await browser.tabs.get(tabId).catch(() => undefined))?.windowId;
  if (tabId === null) return { tabId, url: null, pageMode: fromQuery !== null };
  const url =
    (await callContent(tabId, { type: 'getLocation' }).then((r) => r.url, () => null)) ??
    (await callBackground({ type: 'getTabUrl', tabId }).then((r) => r.url, () => null)) ??
    tabUrl;
  return { tabId, url, pageMode: fromQuery !== null, ...(windowId !== undefined ? { windowId } : {}) };
}
