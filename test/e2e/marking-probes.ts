/**
 * Page-side probes for the marking tests, run in the page's own (main) world. The CSS highlight
 * registry is per document, so the page sees the highlights the content script registered.
 * Written as source strings so both Playwright (Chromium) and Puppeteer (Firefox) can inject them.
 */

/**
 * Installed before any page script: `countPageNodes()` counts every node of the document except
 * Backstory's own `[data-backstory-ui]` elements, and `initialNodes` is that count at
 * DOMContentLoaded (before the content script, which runs at document_idle).
 */
export const NODE_COUNTER_SCRIPT = `
  window.countPageNodes = function () {
    let n = 0;
    const walk = document.createTreeWalker(document, NodeFilter.SHOW_ALL, {
      acceptNode: (node) => (node.nodeType === 1 && node.hasAttribute('data-backstory-ui') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    while (walk.nextNode()) n++;
    return n;
  };
  document.addEventListener('DOMContentLoaded', () => { window.initialNodes = window.countPageNodes(); });
`;

/** The text under each range of a named highlight ([] when the highlight is not registered). */
export function highlightTexts(name: string): string[] {
  const highlight = CSS.highlights.get(name);
  if (!highlight) return [];
  const out: string[] = [];
  for (const r of highlight as unknown as Iterable<AbstractRange>) {
    const range = document.createRange();
    range.setStart(r.startContainer, r.startOffset);
    range.setEnd(r.endContainer, r.endOffset);
    out.push(range.toString());
  }
  return out;
}

/** Viewport centre of the first range of highlight `name` whose text is `text` and which lies under `selector`. */
export function markCentre(args: { name: string; text: string; selector: string }): { x: number; y: number } | null {
  const highlight = CSS.highlights.get(args.name);
  const within = document.querySelector(args.selector);
  if (!highlight || !within) return null;
  for (const r of highlight as unknown as Iterable<AbstractRange>) {
    if (!within.contains(r.startContainer)) continue;
    const range = document.createRange();
    range.setStart(r.startContainer, r.startOffset);
    range.setEnd(r.endContainer, r.endOffset);
    if (range.toString() !== args.text) continue;
    const rect = range.getClientRects()[0];
    if (rect) return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }
  return null;
}

/** Sizes of every Backstory highlight, for "nothing is marked" checks. */
export function backstoryHighlightSizes(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const name of ['ctx-mention', 'ctx-mention-quiet', 'ctx-focus', 'ctx-flash']) {
    out[name] = CSS.highlights.get(name)?.size ?? 0;
  }
  return out;
}

export function scanCount(): number {
  return performance.getEntriesByName('backstory-scan').length;
}
