import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { normalizeArticleText } from '../model/user-article';
import { isFurniture } from './boilerplate';
import { paragraphsOf } from './block-text';
import type { FlattenedCopy } from './shadow-clone';

/**
 * The article's text from a flattened copy of the page (shadow-clone.ts), by Firefox Reader View's
 * extractor. Measured against defuddle on the shared real pages (test/bench/compare-extractors.mjs):
 * see the header of that script for the figures that kept Readability.
 *
 * Readability's result is taken as an element (its `serializer` option), not as an HTML string, so the
 * article is never serialised and parsed again: there is no markup string anywhere to be misused.
 */
export interface ArticleText {
  /** Paragraphs separated by a blank line. */
  text: string;
  /** Readability's title: the document title without its " | Site" tail. */
  title?: string;
  /** Readability's byline, as the page wrote it ("By Mira Haddad · 4 November 2025"). */
  byline?: string;
  /** The captions of the article's figures, kept out of `text`. */
  captions: string[];
  looksLikeArticle: boolean;
  /** More than half of the text came from a shadow root. */
  shadowRoot: boolean;
}

export function readArticleText({ doc, fromShadow }: FlattenedCopy): ArticleText {
  // Asked before parse(), which takes the copy apart.
  const readerable = isProbablyReaderable(doc);
  const result = new Readability<Element>(doc, { serializer: (node) => node as Element }).parse();
  const content = result?.content;
  if (!content) return { text: '', looksLikeArticle: false, shadowRoot: false, captions: [] };
  const captions: string[] = [];
  const paragraphs = paragraphsOf(content, captions).filter((p) => !isFurniture(p));
  const text = normalizeArticleText(paragraphs.join('\n\n'));
  const title = result.title?.trim();
  const byline = result.byline?.trim();
  return {
    text,
    captions: captions.slice(0, 50),
    ...(title ? { title } : {}),
    ...(byline ? { byline } : {}),
    // Readability found a body, and its quicker test agrees the page is an article, not a front page.
    looksLikeArticle: readerable && text !== '',
    shadowRoot: shadowShare(content, fromShadow) > 0.5,
  };
}

/** The share of the article's characters that came from a shadow root. */
function shadowShare(root: Element, fromShadow: WeakSet<Node>): number {
  let all = 0;
  let shadow = 0;
  const stack: Node[] = [root];
  for (let n = stack.pop(); n; n = stack.pop()) {
    if (n.nodeType === 3) {
      const chars = n.nodeValue?.trim().length ?? 0;
      all += chars;
      if (fromShadow.has(n)) shadow += chars;
    }
    for (let c = n.firstChild; c; c = c.nextSibling) stack.push(c);
  }
  return all === 0 ? 0 : shadow / all;
}
