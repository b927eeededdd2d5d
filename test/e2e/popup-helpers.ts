import type Browser from 'webextension-polyfill';

/**
 * Helpers for the popup/options end-to-end tests. Each is a function handed to `page.evaluate` in an
 * extension page, so it runs with the extension's own APIs (chrome.* in Chromium, browser.* in Firefox).
 *
 * Finding a tab's id: the extension has no `tabs` permission, so `tabs.query({ url })` cannot filter by
 * URL. Instead we list every tab (ids are available without the permission) and ask each one's content
 * script where it is (`getLocation`), which is exactly what the popup itself does for its own tab. No
 * test-only code ships in the extension.
 */
export async function findTabIdInPage(url: string): Promise<number | null> {
  const g = globalThis as unknown as { browser?: Browser.Browser; chrome?: Browser.Browser };
  const api = (g.browser ?? g.chrome) as Browser.Browser;
  for (const tab of await api.tabs.query({})) {
    if (tab.id === undefined) continue;
    try {
      const reply = (await api.tabs.sendMessage(tab.id, { type: 'getLocation' })) as { result?: { url?: string } } | undefined;
      if (reply?.result?.url === url) return tab.id;
    } catch {
      // a tab without our content script (the extension page itself, about:blank)
    }
  }
  return null;
}

/** Sends a request to a tab's content script and returns its raw reply. */
export async function callContentInPage({ tabId, message }: { tabId: number; message: unknown }): Promise<unknown> {
  const g = globalThis as unknown as { browser?: Browser.Browser; chrome?: Browser.Browser };
  const api = (g.browser ?? g.chrome) as Browser.Browser;
  return api.tabs.sendMessage(tabId, message);
}
