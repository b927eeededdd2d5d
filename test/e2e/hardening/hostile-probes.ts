/**
 * Main-world probes for the hostile-page tests. Written without Array.prototype methods, JSON or
 * getBoundingClientRect, because the tampering page replaces them in its own world.
 */

/** Texts of every Backstory mention range (strong and quiet) in this document, with where each lies. */
export function markedTexts(): Array<{ text: string; where: string }> {
  const out: Array<{ text: string; where: string }> = [];
  const names = ['ctx-mention', 'ctx-mention-quiet'];
  for (let n = 0; n < names.length; n++) {
    const h = CSS.highlights.get(names[n]!);
    if (!h) continue;
    for (const r of h as unknown as Iterable<AbstractRange>) {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      const root = r.startContainer.getRootNode();
      const el = r.startContainer.parentElement;
      const where = root instanceof ShadowRoot ? `shadow:${(root.host as HTMLElement).id || root.host.localName}` : (el?.closest('[id]')?.id ?? '');
      out[out.length] = { text: range.toString(), where };
    }
  }
  return out;
}

export { markCount } from '../harness/page-probes';

export function measureCount(name: string): number {
  return performance.getEntriesByName(name).length;
}

/** Status of the open card ('ready', 'loading', …) and its text, or null when no card is shown (`evaluateInShadow`). */
export function cardState(root: ShadowRoot | null): { status: string | null; text: string } | null {
  const dialog = root?.querySelector('[role="dialog"]');
  if (!dialog) return null;
  return { status: dialog.getAttribute('data-status'), text: dialog.textContent ?? '' };
}

/** Centre of the first occurrence of `word` in a text node under `selector` (scrolled into view). */
export function wordPoint(args: { word: string; selector: string }): { x: number; y: number } | null {
  const within = document.querySelector(args.selector);
  if (!within) return null;
  const walker = document.createTreeWalker(within, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent?.indexOf(args.word) ?? -1;
    if (at < 0) continue;
    (node.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + args.word.length);
    const rect = range.getClientRects()[0];
    if (rect) return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }
  return null;
}
