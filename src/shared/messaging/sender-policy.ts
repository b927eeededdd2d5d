import type { Runtime } from 'webextension-polyfill';

/**
 * Who may send a request. A content script lives beside a hostile page: whatever runs in its world
 * (a bug, a compromised page world reaching in) must get no more than marking and the card need.
 * - 'content': content scripts as well as extension pages (page settings, cards, the badge report);
 * - 'pages': extension pages only (popup, options, reader, search, articles, panel): everything that
 *   reads or changes the reader's data (saving, export, import, packs, settings, search of their articles).
 */
export type AllowedSenders = 'content' | 'pages';

export type SenderKind = 'page' | 'content' | 'unknown';

/**
 * Which of our contexts sent a message, from what the browser (not the message) says: an extension
 * page's URL is under our own origin; a content script's is the web page it runs in, in a tab.
 */
export function senderKind(sender: Runtime.MessageSender, ownOrigin: string): SenderKind {
  const url = sender.url ?? '';
  if (url.startsWith(ownOrigin)) return 'page';
  if (sender.tab !== undefined && /^https?:/i.test(url)) return 'content';
  return 'unknown';
}

/**
 * A content script may speak only of its own page: a `url` in its request must be on the host it runs
 * on, so a script in one site's world cannot read or change another site's settings.
 */
export function speaksOfOwnPage(request: object, sender: Runtime.MessageSender): boolean {
  const asked = (request as { url?: unknown }).url;
  if (typeof asked !== 'string') return true;
  return hostOf(asked) !== null && hostOf(asked) === hostOf(sender.url ?? '');
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return null;
  }
}

/** The rule as one question: may this sender send a request of this kind? */
export function senderMay(allowed: AllowedSenders, kind: SenderKind, request: object, sender: Runtime.MessageSender): boolean {
  if (kind === 'page') return true;
  return allowed === 'content' && kind === 'content' && speaksOfOwnPage(request, sender);
}
