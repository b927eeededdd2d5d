import browser from 'webextension-polyfill';
import type { Runtime } from 'webextension-polyfill';

/**
 * The toolbar badge shows how many distinct entities a tab's frames found. Each frame reports its own
 * set; the per-frame sets are kept in session storage (not worker memory, which may be dropped at any time).
 */
export async function setBadge(sender: Runtime.MessageSender, entityIds: string[]): Promise<string> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return '';
  const key = `badge:${tabId}`;
  const frameId = String(sender.frameId ?? 0);
  const area = browser.storage?.session;
  let frames: Record<string, string[]> = { [frameId]: entityIds };
  if (area) {
    const stored = ((await area.get(key))[key] ?? {}) as Record<string, string[]>;
    // A top-frame report starts a new page: forget the previous page's frames.
    frames = frameId === '0' ? { 0: entityIds } : { ...stored, [frameId]: entityIds };
    await area.set({ [key]: frames });
  }
  const count = new Set(Object.values(frames).flat()).size;
  const text = count > 0 ? String(count) : '';
  await browser.action.setBadgeText({ tabId, text });
  await browser.action.setBadgeBackgroundColor({ tabId, color: '#115e59' });
  return text;
}
