/**
 * "Save to Backstory" in the page: the article extracted from this tab's document (src/extract), with
 * the shadow roots the extension can reach. A page script can close its shadow root to everyone but
 * extensions: Firefox gives content scripts `Element.openOrClosedShadowRoot()`, Chrome gives
 * `chrome.dom.openOrClosedShadowRoot(el)` (Chrome 88+). Where neither exists, open roots only.
 */
import { extractArticle, type ShadowRootOf } from '../extract/extract-article';
import type { ExtractedArticle } from '../model/user-article';

interface FirefoxElement extends Element {
  openOrClosedShadowRoot?: () => ShadowRoot | null;
}
interface ChromeDom {
  openOrClosedShadowRoot?: (el: Element) => ShadowRoot | null;
}

function reachShadowRoots(): ShadowRootOf {
  const chromeDom = (globalThis as { chrome?: { dom?: ChromeDom } }).chrome?.dom;
  return (el) => {
    const firefox = (el as FirefoxElement).openOrClosedShadowRoot;
    if (typeof firefox === 'function') return firefox.call(el);
    if (typeof chromeDom?.openOrClosedShadowRoot === 'function') return chromeDom.openOrClosedShadowRoot(el);
    return el.shadowRoot;
  };
}

export function extractThisPage(): ExtractedArticle {
  return extractArticle(document, location.href, { shadowRootOf: reachShadowRoots() });
}
