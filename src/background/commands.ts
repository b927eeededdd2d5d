import browser from 'webextension-polyfill';
import type { Tabs } from 'webextension-polyfill';
import { callContent } from '../shared/messaging/tab-client';
import type { PageSettings } from '../shared/messaging/background-request';
import { broadcastSettingsChanged } from './broadcast';
import { getPageSettings } from './page-settings';
import { setSiteEnabled } from '../storage/user-data';
import type { SiteScope } from '../model/user-settings';
import { siteKeysFor } from '../model/site-key';

/** What the keyboard commands act on; `onCommand` below is wired to the browser and the reader's data. */
export interface CommandDeps {
  /** The active tab of the current window, for a command the browser sends without one. */
  activeTabId(): Promise<number | undefined>;
  /** A request to a tab's content script (`callContent`). */
  askPage: typeof callContent;
  pageSettings(url: string): Promise<PageSettings>;
  setSiteEnabled(site: string, enabled: boolean, scope: SiteScope): Promise<unknown>;
  settingsChanged(): Promise<void>;
}

/** Keyboard shortcuts (commands API); the user can change them in the browser's shortcut settings. */
export function createCommandHandler(deps: CommandDeps): (command: string, tab: Tabs.Tab | undefined) => Promise<void> {
  return async (command, tab) => {
    const tabId = tab?.id ?? (await deps.activeTabId());
    if (tabId === undefined) return;
    if (command === 'next-mark' || command === 'previous-mark') {
      await deps.askPage(tabId, { type: 'moveMark', direction: command === 'next-mark' ? 'next' : 'previous' }).catch(() => undefined);
      return;
    }
    if (command === 'toggle-site') {
      const { url } = await deps.askPage(tabId, { type: 'getLocation' });
      const [host] = siteKeysFor(url);
      if (!host) return;
      const current = await deps.pageSettings(url);
      // Off when it runs (or is paused), on when this site was switched off.
      await deps.setSiteEnabled(host, current.reason === 'site', 'domain');
      await deps.settingsChanged();
    }
  };
}

export const onCommand = createCommandHandler({
  activeTabId: async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id,
  askPage: callContent,
  pageSettings: getPageSettings,
  setSiteEnabled,
  settingsChanged: broadcastSettingsChanged,
});
