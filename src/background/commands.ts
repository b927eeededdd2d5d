import browser from 'webextension-polyfill';
import type { Tabs } from 'webextension-polyfill';
import { callContent } from '../shared/messaging/client';
import { broadcastSettingsChanged } from './broadcast';
import { getPageSettings } from './page-settings';
import { setSiteEnabled } from '../storage/user-data';
import { siteKeysFor } from '../model/site-key';

/** Keyboard shortcuts (commands API); the user can change them in the browser's shortcut settings. */
export async function onCommand(command: string, tab: Tabs.Tab | undefined): Promise<void> {
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return;
  if (command === 'next-mark' || command === 'previous-mark') {
    await callContent(tabId, { type: 'moveMark', direction: command === 'next-mark' ? 'next' : 'previous' }).catch(() => undefined);
    return;
  }
  if (command === 'toggle-site') {
    const { url } = await callContent(tabId, { type: 'getLocation' });
    const [host] = siteKeysFor(url);
    if (!host) return;
    const current = await getPageSettings(url);
    // Off when it runs (or is paused), on when this site was switched off.
    await setSiteEnabled(host, current.reason === 'site', 'domain');
    await broadcastSettingsChanged();
  }
}
