import browser from 'webextension-polyfill';
import type { Tabs } from 'webextension-polyfill';
import { createLogger } from '../model/log';
import { PANEL_MENU_ID } from './panel';

const log = createLogger('background');

export const SAVE_MENU_ID = 'save-article';
/** How long a request to save stays waiting for the popup it opened. */
const REQUEST_TTL_MS = 10_000;

let request: { tabId: number; at: number } | undefined;

/** The context-menu items on web pages (save, and the side panel); menus persist, so they are (re)created on install and update. */
export function createSaveMenu(): void {
  browser.contextMenus.removeAll().then(
    () => {
      browser.contextMenus.create({
        id: SAVE_MENU_ID,
        title: browser.i18n.getMessage('menu_save_article'),
        contexts: ['page', 'selection'],
        documentUrlPatterns: ['http://*/*', 'https://*/*'],
      });
      browser.contextMenus.create({
        id: PANEL_MENU_ID,
        title: browser.i18n.getMessage('panel_menu_open'),
        contexts: ['page', 'selection'],
        documentUrlPatterns: ['http://*/*', 'https://*/*'],
      });
    },
    (err: unknown) => log.warn('context menu not created', err),
  );
}

/**
 * "Save this article" from the context menu or the keyboard: the popup opens on the save preview, so the
 * reader checks what was extracted before anything is stored. `openPopup` is called before anything is
 * awaited (Firefox allows it only while handling the click or key); where the browser refuses, the same
 * popup opens as a small window on that tab.
 */
export function openSavePreview(tab: Tabs.Tab | undefined): void {
  const tabId = tab?.id;
  if (tabId === undefined) return;
  request = { tabId, at: Date.now() };
  browser.action.openPopup().catch(() => {
    request = undefined;
    void browser.windows.create({ url: browser.runtime.getURL(`popup.html?tab=${tabId}&save=1`), type: 'popup', width: 420, height: 640 });
  });
}

/** The popup, as it opens: was it opened to save an article, and from which tab? Asked once. */
export function takeSaveRequest(): number | null {
  const pending = request;
  request = undefined;
  return pending && Date.now() - pending.at < REQUEST_TTL_MS ? pending.tabId : null;
}
