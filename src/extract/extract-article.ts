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

  const text = withoutHeadline(body.text, title?.value).slice(0, ARTICLE_LIMITS.textChars);

  const article: ExtractedArticle = {
    url: metadata.url.value,
    text,
    paragraphs: text === '' ? 0 : text.split('\n\n').length,
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

/**
 * Readability keeps the page's `<h1>` when it sits inside the article's container, and drops it when it
 * does not: the headline is the title's field, so a first paragraph that repeats it goes.
 */
function withoutHeadline(text: string, title: string | undefined): string {
  if (title === undefined) return text;
  const end = text.indexOf('\n\n');
  const first = end === -1 ? text : text.slice(0, end);
  return first === title ? text.slice(first.length).trimStart() : text;
}

function foundTitle(raw: string | undefined, from: string) {
  const value = cleanLine(raw, ARTICLE_LIMITS.titleChars);
  return value === undefined ? undefined : { value, from };
}
