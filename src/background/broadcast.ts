import browser from 'webextension-polyfill';
import { callContent } from '../shared/messaging/tab-client';
import { SETTINGS_CHANGED } from '../shared/messaging/page-broadcast';

/**
 * Tell every tab that settings changed; each content script re-reads its own settings and starts or
 * stops. Needs no `tabs` permission: the content scripts, not the background, know their URLs. Open
 * extension pages (popup, options, reader, search) hear it too, and redraw in the chosen language.
 */
export async function broadcastSettingsChanged(): Promise<void> {
  await Promise.all([
    toEveryTab({ type: 'settingsChanged' }),
    browser.runtime.sendMessage(SETTINGS_CHANGED).catch(() => undefined), // no extension page open
  ]);
}

/**
 * The corpus cards read changed (the reader saved an article, imported or removed a pack): every tab's
 * content script forgets the cards it fetched, so the next card it opens shows the new corpus.
 */
export function broadcastCorpusChanged(): Promise<void> {
  return toEveryTab({ type: 'corpusChanged' });
}

async function toEveryTab(message: { type: 'settingsChanged' | 'corpusChanged' }): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map((tab) => (tab.id === undefined ? undefined : callContent(tab.id, message).catch(() => undefined))), // tabs without our content script
  );
}
