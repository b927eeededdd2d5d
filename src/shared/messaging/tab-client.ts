import browser from 'webextension-polyfill';
import { unwrap } from './client';
import type { ContentRequest, ContentResponses } from './content-request';

/** The one way the background and the popup talk to a tab's content script (never loaded by the content script). */
export async function callContent<T extends ContentRequest['type']>(
  tabId: number,
  request: Extract<ContentRequest, { type: T }>,
): Promise<ContentResponses[T]> {
  return unwrap<ContentResponses[T]>(await browser.tabs.sendMessage(tabId, request));
}
