/**
 * The one message the background sends to open extension pages (`runtime.sendMessage`, which reaches
 * every extension page but no content script): settings changed, so re-read what depends on them. It
 * carries no data; a page that hears it asks the background, as it did when it opened.
 */
export const SETTINGS_CHANGED = { type: 'settingsChanged' } as const;

export function isSettingsChanged(message: unknown): boolean {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === SETTINGS_CHANGED.type;
}

/**
 * To the side panel: a tab's page reported new marks (it loaded, or a single-page site changed its address), so
 * a panel following that tab reads it again. Carries the tab only.
 */
export interface PageChanged {
  type: 'pageChanged';
  tabId: number;
}

export function isPageChanged(message: unknown): message is PageChanged {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'pageChanged' && Number.isInteger((message as { tabId?: unknown }).tabId);
}
