/**
 * The section a mark belongs to, for "first mention per section": the nearest enclosing
 * `section`/`article` (or the document), subdivided by the headings inside it, so a long article
 * with h2 sub-heads re-emphasises each name once per sub-head.
 */

const CONTAINERS = 'section, article';
const HEADINGS = 'h1, h2, h3, h4, h5, h6';

export interface SectionKey {
  container: Node;
  /** The last heading in `container` before the mark, or null before the first one. */
  heading: Element | null;
}

function follows(a: Node, b: Node): boolean {
  // True when `a` comes after `b` in document order.
  return (b.compareDocumentPosition(a) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
}

/**
 * Hands out one key object per (container, heading), across calls: marks found by a full scan and
 * by a later rescan of part of the page still share their section's key.
 */
export class SectionInterner {
  private keys = new WeakMap<Node, Map<Element | null, SectionKey>>();

  key(container: Node, heading: Element | null): SectionKey {
    let byHeading = this.keys.get(container);
    if (!byHeading) this.keys.set(container, (byHeading = new Map()));
    let key = byHeading.get(heading);
    if (!key) byHeading.set(heading, (key = { container, heading }));
    return key;
  }
}

/**
 * One key per start node (nodes in document order). Marks of the same section get the very same
 * key object, so it can serve as a Map key.
 */
export function sectionKeys(nodes: readonly Node[], interner = new SectionInterner()): SectionKey[] {
  const keys: SectionKey[] = [];
  // Headings are read afresh on each call: the page may have changed since the last one.
  const headingsOf = new Map<Node, Element[]>();
  // Consecutive marks in one element with no heading inside it share a key: a paragraph with twenty
  // names is looked up once, not twenty times (thousands of bisections on a 5 MB page otherwise).
  let lastParent: Element | null = null;
  let lastKey: SectionKey | undefined;
  for (const node of nodes) {
    const parent = node.parentElement;
    if (lastKey && parent !== null && parent === lastParent) {
      keys.push(lastKey);
      continue;
    }
    const container: Node = parent?.closest(CONTAINERS) ?? node.getRootNode();
    let headings = headingsOf.get(container);
    if (!headings) {
      const scope = container as ParentNode;
      headings = typeof scope.querySelectorAll === 'function' ? [...scope.querySelectorAll(HEADINGS)] : [];
      headingsOf.set(container, headings);
    }
    // Last heading that precedes the node (bisection: headings are in document order).
    let lo = 0;
    let hi = headings.length - 1;
    let heading: Element | null = null;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const h = headings[mid]!;
      if (follows(node, h)) {
        heading = h;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const key = interner.key(container, heading);
    keys.push(key);
    const shareable: boolean = parent !== null && parent.querySelector(HEADINGS) === null;
    lastParent = shareable ? parent : null;
    lastKey = key;
  }
  return keys;
}
