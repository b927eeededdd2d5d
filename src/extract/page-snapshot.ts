/**
 * The page as the extractor needs it, carried from the tab to an extension page. The content script only
 * copies the page (shadow roots flattened in, shadow-clone.ts) and serialises the copy; the extension page
 * parses it with DOMParser into a document without a window (nothing in it runs or loads) and runs the
 * extractor there, off the page's main thread. So the content script that every page loads carries neither
 * Readability nor the extractor.
 *
 * Which text came from a shadow root (the article's `shadowRoot` flag) does not survive a serialisation, so
 * the copy says it in an attribute: an element whose own text came mostly from a shadow root is marked.
 */
import { flattenedCopy, type FlattenedCopy, type ShadowRootOf } from './shadow-clone';

export interface PageSnapshot {
  /** The page's own address (the extractor may find a canonical one in the page). */
  url: string;
  /** The flattened copy as HTML, scripts and styles left out (JSON-LD kept: it carries metadata). */
  html: string;
  /** The copy was longer than SNAPSHOT_LIMITS.htmlChars and was cut there. */
  truncated: boolean;
}

export const SNAPSHOT_LIMITS = {
  /** Far above a news page (the largest shared test page is 5 MB with its scripts); bounds the message. */
  htmlChars: 12_000_000,
} as const;

/** On elements of the copy whose own text came from a shadow root. */
const SHADOW_MARK = 'data-backstory-shadow';

/** What the extractor never reads, left out of the copy. Inline JSON-LD is metadata, so it stays. */
const LEFT_OUT = 'script:not([type="application/ld+json" i]), style, noscript, template, link[rel~="stylesheet" i]';

/** In the page (content script): a flattened, marked copy of `doc`, as bounded HTML. */
export function snapshotOf(doc: Document, url: string, shadowRootOf?: ShadowRootOf): PageSnapshot {
  const { doc: copy, fromShadow } = flattenedCopy(doc, shadowRootOf);
  for (const el of Array.from(copy.querySelectorAll(LEFT_OUT))) el.remove();
  markShadowText(copy, fromShadow);
  // Reading the serialisation of a copy the extension made; it is only ever parsed into an inert document.
  // eslint-disable-next-line no-restricted-properties
  const full = `<!DOCTYPE html>${copy.documentElement?.outerHTML ?? ''}`;
  const truncated = full.length > SNAPSHOT_LIMITS.htmlChars;
  return { url, html: truncated ? full.slice(0, SNAPSHOT_LIMITS.htmlChars) : full, truncated };
}

function markShadowText(copy: Document, fromShadow: WeakSet<Node>): void {
  if (!copy.documentElement) return;
  const stack: Element[] = [copy.documentElement];
  for (let el = stack.pop(); el; el = stack.pop()) {
    let own = 0;
    let shadow = 0;
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 1) stack.push(c as Element);
      else if (c.nodeType === 3) {
        const chars = c.nodeValue?.trim().length ?? 0;
        own += chars;
        if (fromShadow.has(c)) shadow += chars;
      }
    }
    if (shadow > 0 && shadow * 2 >= own) el.setAttribute(SHADOW_MARK, '');
  }
}

/** Parses HTML into a document without a window: DOMParser in a browser, linkedom or happy-dom in tests. */
export type ParseHtml = (html: string) => Document;

export const parseWithDomParser: ParseHtml = (html) => new DOMParser().parseFromString(html, 'text/html');

/** In the extension page: the snapshot as the flattened copy the extractor reads. */
export function copyFromSnapshot(html: string, parse: ParseHtml = parseWithDomParser): FlattenedCopy {
  const doc = parse(html);
  const fromShadow = new WeakSet<Node>();
  for (const el of Array.from(doc.querySelectorAll(`[${SHADOW_MARK}]`))) {
    el.removeAttribute(SHADOW_MARK);
    for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 3) fromShadow.add(c);
  }
  return { doc, fromShadow };
}
