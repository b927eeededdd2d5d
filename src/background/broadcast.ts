import browser from 'webextension-polyfill';
import { callContent } from '../shared/messaging/client';

/**
 * Tell every tab that settings changed; each content script re-reads its own settings and starts or
 * stops. Needs no `tabs` permission: the content scripts, not the background, know their URLs.
 */
export async function broadcastSettingsChanged(): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined ? undefined : callContent(tab.id, { type: 'settingsChanged' }).catch(() => undefined), // tabs without our content script
    ),
  );
}
