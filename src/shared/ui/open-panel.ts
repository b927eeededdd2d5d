import browser from 'webextension-polyfill';
import type { BackgroundResponses } from '../messaging/background-request';
import { createLogger } from '../../model/log';

const log = createLogger('panel');

interface ChromeSidePanel {
  open(options: { tabId?: number; windowId?: number }): Promise<void>;
}

function chromeSidePanel(): ChromeSidePanel | undefined {
  return (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;
}

/**
 * The side panel beside a tab: Chrome's side panel, Firefox's sidebar. Both must be opened while the browser
 * still counts the reader's click or key (no await before them). Where the browser refuses (a card's button
 * is a click in the page, which Firefox does not count), the same panel opens as a small window on that tab.
 */
export function openPanel(tabId: number | undefined, windowId?: number): Promise<BackgroundResponses['openPanel']> {
  const sidePanel = chromeSidePanel();
  const sidebar = (browser as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
  let opening: Promise<void>;
  try {
    if (sidePanel) opening = sidePanel.open(tabId !== undefined ? { tabId } : { windowId: windowId ?? browser.windows.WINDOW_ID_CURRENT });
    else if (sidebar) opening = sidebar.open();
    else opening = Promise.reject(new Error('no side panel in this browser'));
  } catch (err) {
    opening = Promise.reject(err);
  }
  return opening.then(
    () => ({ opened: 'panel' as const }),
    async (err: unknown) => {
      log.debug('side panel refused, opening a window:', err);
      const query = [tabId !== undefined ? `tab=${tabId}` : '', windowId !== undefined ? `window=${windowId}` : ''].filter((p) => p).join('&');
      await browser.windows.create({ url: browser.runtime.getURL(`panel.html${query ? `?${query}` : ''}`), type: 'popup', width: 460, height: 760 });
      return { opened: 'window' as const };
    },
  );
}

