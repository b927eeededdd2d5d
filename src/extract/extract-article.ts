import { ARTICLE_LIMITS, type ExtractedArticle } from '../model/user-article';
import { readArticleText } from './article-text';
import { cleanLine } from './clean-text';
import { readPageMetadata } from './page-metadata';
import { flattenedCopy, openShadowRoot, type ShadowRootOf } from './shadow-clone';

export type { ShadowRootOf } from './shadow-clone';

export interface ExtractOptions {
  /** How to reach an element's shadow root: the extension passes one that reaches closed roots too. */
  shadowRootOf?: ShadowRootOf;
}

/**
 * "Save to Backstory": the article on `doc` as text, with its metadata, for the popup's preview. Pure
 * over a Document (a page in a browser, happy-dom or linkedom in tests, the CLI): the page itself is only
 * read, never changed.
 */
export function extractArticle(doc: Document, pageUrl: string, options: ExtractOptions = {}): ExtractedArticle {
  const started = performance.now();
  const metadata = readPageMetadata(doc, pageUrl);
  const body = readArticleText(flattenedCopy(doc, options.shadowRootOf ?? openShadowRoot));
  const title = metadata.title ?? foundTitle(body.title, 'readability') ?? foundTitle(doc.title, 'html');

  const article: ExtractedArticle = {
    url: metadata.url.value,
    text: body.text.slice(0, ARTICLE_LIMITS.textChars),
    paragraphs: body.paragraphs,
    found: { url: metadata.url.from },
    looksLikeArticle: body.looksLikeArticle,
    shadowRoot: body.shadowRoot,
    ms: 0,
  };
  for (const [field, found] of [
    ['title', title],
    ['outlet', metadata.outlet],
    ['author', metadata.author],
    ['date', metadata.date],
    ['language', metadata.language],
  ] as const) {
    if (!found) continue;
    article[field] = found.value;
    article.found[field] = found.from;
  }
  article.ms = performance.now() - started;
  return article;
}

function foundTitle(raw: string | undefined, from: string) {
  const value = cleanLine(raw, ARTICLE_LIMITS.titleChars);
  return value === undefined ? undefined : { value, from };
}
