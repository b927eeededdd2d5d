/**
 * Which subtrees to rescan after DOM mutations: the smallest roots that contain every change,
 * widened to the enclosing block so a name split across inline elements ("Bashar <b>al-Assad</b>")
 * is read whole. Changes inside Backstory's own UI (`[data-backstory-ui]`) are ignored.
 */

/** Inline elements: a change inside one rescans its block instead. */
const INLINE_TAGS = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'data', 'dfn', 'em', 'font', 'i', 'kbd', 'label', 'mark', 'q',
  's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr', 'br',
]);

export const OWN_UI = '[data-backstory-ui]';

/** Past this many roots a full rescan is cheaper than bookkeeping. */
export const MAX_ROOTS = 200;

function blockOf(node: Node): Node | null {
  let n: Node | null = node.nodeType === Node.ELEMENT_NODE ? node : node.parentNode;
  while (n && n.nodeType === Node.ELEMENT_NODE && INLINE_TAGS.has((n as Element).localName)) n = n.parentNode;
  return n;
}

function isOwnUi(node: Node): boolean {
  const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  return el?.closest(OWN_UI) != null;
}

/** Roots to rescan, or 'all' when the change is too spread out to be worth tracking. */
export function dirtyRoots(records: readonly MutationRecord[]): Node[] | 'all' {
  const roots = new Set<Node>();
  for (const r of records) {
    if (isOwnUi(r.target)) continue;
    if (r.type === 'characterData') {
      const root = blockOf(r.target);
      if (root) roots.add(root);
    } else if (r.type === 'childList') {
      // Removed nodes need no rescan: their marks are dropped because their text left the document.
      for (const added of r.addedNodes) {
        if (added.nodeType !== Node.TEXT_NODE && added.nodeType !== Node.ELEMENT_NODE) continue;
        if (added.nodeType === Node.ELEMENT_NODE && (added as Element).matches(OWN_UI)) continue;
        const root = blockOf(added);
        if (root) roots.add(root);
      }
      // A removal can join two text runs into one name ("Bashar al-" + "Assad"): reread the block.
      if (r.removedNodes.length > 0 && r.addedNodes.length === 0) {
        const root = blockOf(r.target);
        if (root) roots.add(root);
      }
    }
    if (roots.size > MAX_ROOTS) return 'all';
  }
  return topmost([...roots]);
}

/** Drop roots contained in another root (or disconnected); keep document order. */
export function topmost(roots: readonly Node[]): Node[] {
  const live = roots.filter((r) => r.isConnected);
  const out = live.filter((r) => !live.some((o) => o !== r && o.contains(r)));
  out.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  return out;
}
