/**
 * "Save to Backstory" in the page: the article extracted from this tab's document (src/extract), with
 * the shadow roots the extension can reach. A page script can close its shadow root to everyone but
 * extensions: Firefox gives content scripts the property `Element.openOrClosedShadowRoot` (a getter,
 * not a method: calling it threw, and closed roots were missed), Chrome gives
 * `chrome.dom.openOrClosedShadowRoot(el)` (Chrome 88+). Where neither exists, open roots only.
 */
import { extractArticle, type ShadowRootOf } from '../extract/extract-article';
import type { ExtractedArticle } from '../model/user-article';

interface FirefoxElement extends Element {
  readonly openOrClosedShadowRoot?: ShadowRoot | null;
}
interface ChromeDom {
  openOrClosedShadowRoot?: (el: Element) => ShadowRoot | null;
}

function reachShadowRoots(): ShadowRootOf {
  const chromeDom = (globalThis as { chrome?: { dom?: ChromeDom } }).chrome?.dom;
  return (el) => {
    if ('openOrClosedShadowRoot' in el) return (el as FirefoxElement).openOrClosedShadowRoot ?? null;
    if (typeof chromeDom?.openOrClosedShadowRoot === 'function') return chromeDom.openOrClosedShadowRoot(el);
    return el.shadowRoot;
  };
}

export function extractThisPage(): ExtractedArticle {
  return extractArticle(document, location.href, { shadowRootOf: reachShadowRoots() });
}
