/**
 * Whether text is hidden by CSS, asked lazily: only for the parent elements of text nodes that hold
 * a mention, once per element per scan. An off-topic page with no alias in it does no style work at
 * all; a page with 150,000 mentions in 20,000 paragraphs asks 20,000 elements, not the 200,000 an
 * eager walk would.
 *
 * `checkVisibility()` on the parent covers its ancestors too (display: none, content-visibility:
 * hidden, and visibility: hidden with `visibilityProperty`). An element without a box is hidden,
 * except `display: contents`, which has no box but shows its children: the answer is then its parent's.
 */

const OPTIONS = { visibilityProperty: true, contentVisibilityAuto: false } as const;

/** Hidden by CSS, ancestors included (computed style where checkVisibility is missing: happy-dom in tests). */
function hiddenByStyle(el: Element, parentHidden: (up: Element) => boolean): boolean {
  if (typeof el.checkVisibility === 'function') {
    if (el.checkVisibility(OPTIONS)) return false;
    if (getComputedStyle(el).display !== 'contents') return true;
    const up = el.parentElement ?? hostOf(el);
    return up ? parentHidden(up) : false;
  }
  for (let e: Element | null = el; e; e = e.parentElement) {
    const style = getComputedStyle(e);
    if (style.display === 'none' || style.visibility === 'hidden') return true;
  }
  return false;
}

/** Memoised per element for one scan (styles may change between scans, so never kept longer). */
export class VisibilityCache {
  private hidden = new Map<Element, boolean>();
  /** Elements whose style was asked for, for tests and the bench (zero on pages with no mention). */
  checks = 0;

  elementHidden(el: Element): boolean {
    let h = this.hidden.get(el);
    if (h === undefined) {
      this.checks++;
      h = hiddenByStyle(el, (up) => this.elementHidden(up));
      this.hidden.set(el, h);
    }
    return h;
  }

  /** A text node is hidden when the element it renders in is. */
  textHidden(node: Text): boolean {
    const el = node.parentElement ?? hostOf(node);
    return el ? this.elementHidden(el) : false;
  }
}

function hostOf(node: Node): Element | null {
  const parent = node.parentNode;
  return parent && parent.nodeType === 11 && 'host' in parent ? (parent as ShadowRoot).host : null;
}
