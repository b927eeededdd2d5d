import browser from 'webextension-polyfill';
import type { Runtime } from 'webextension-polyfill';
import { isPageChanged } from '../../shared/messaging/page-broadcast';

function numberParam(search: string, name: string): number | null {
  const raw = new URLSearchParams(search).get(name);
  return raw !== null && /^\d{1,10}$/.test(raw) ? Number(raw) : null;
}

/**
 * Which tab the panel is about, and when to read it again. A side panel or sidebar belongs to a window and
 * follows that window's active tab: a switch of tabs, a page that finished loading, and a page that changed its
 * address without loading (a single-page site: its content script reports the new page) all call `onChange`.
 * Opened as a window or a tab of its own (a browser that refused its side panel; the tests), `?window=<id>` names
 * the reader's window and `?tab=<id>` the tab to start with, and the panel never follows itself.
 * Returns the function that stops following.
 */
export function followTab(search: string, onChange: (tabId: number | null) => void): () => void {
  let windowId = numberParam(search, 'window');
  let ownTab: number | undefined;
  let current: number | null = null;

  const setTab = (tabId: number | null): void => {
    current = tabId;
    onChange(tabId);
  };
  const onActivated = (info: { tabId: number; windowId: number }): void => {
    if (info.windowId === windowId && info.tabId !== ownTab) setTab(info.tabId);
  };
  const onUpdated = (tabId: number, change: { status?: string }): void => {
    if (tabId === current && change.status === 'complete') setTab(tabId);
  };
  const onMessage = (message: unknown, sender: Runtime.MessageSender): undefined => {
    if (sender.id === browser.runtime.id && isPageChanged(message) && message.tabId === current) setTab(current);
    return undefined;
  };
  browser.tabs.onUpdated.addListener(onUpdated);
  browser.tabs.onActivated.addListener(onActivated);
  browser.runtime.onMessage.addListener(onMessage);
  void (async () => {
    const own = await browser.tabs.getCurrent().catch(() => undefined);
    ownTab = own?.id;
    windowId ??= own?.windowId ?? (await browser.windows.getCurrent()).id ?? null;
    const start = numberParam(search, 'tab');
    if (start !== null) return setTab(start);
    const [tab] = windowId === null ? [] : await browser.tabs.query({ active: true, windowId });
    setTab(tab && tab.id !== ownTab ? (tab.id ?? null) : null);
  })();
  return () => {
    browser.tabs.onUpdated.removeListener(onUpdated);
    browser.tabs.onActivated.removeListener(onActivated);
    browser.runtime.onMessage.removeListener(onMessage);
  };
}
