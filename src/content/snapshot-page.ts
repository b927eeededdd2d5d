/**
 * "Save to Backstory" in the page: a snapshot of this tab's document (src/extract/page-snapshot.ts), with
 * the shadow roots the extension can reach flattened in. The extension page that asked extracts the
 * article from it, so neither Readability nor the extractor loads with every page.
 *
 * A page script can close its shadow root to everyone but extensions: Firefox gives content scripts the property `Element.openOrClosedShadowRoot` (a getter,
 * not a method: calling it threw, and closed roots were missed), Chrome gives
 * `chrome.dom.openOrClosedShadowRoot(el)` (Chrome 88+). Where neither exists, open roots only.
 */
import { snapshotOf, type PageSnapshot } from '../extract/page-snapshot';
import type { ShadowRootOf } from '../extract/shadow-clone';

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

export function snapshotThisPage(): PageSnapshot {
  return snapshotOf(document, location.href, reachShadowRoots());
}
