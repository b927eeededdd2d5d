import { ARTICLE_LIMITS, type ExtractedArticle } from '../model/user-article';
import { readArticleText } from './article-text';
import { cleanLine } from './clean-text';
import { authorLine, authorNames } from './authors';
import { headingsOf, readPageMetadata } from './page-metadata';
import { copyFromSnapshot, parseWithDomParser, type PageSnapshot, type ParseHtml } from './page-snapshot';
import { flattenedCopy, openShadowRoot, type FlattenedCopy, type ShadowRootOf } from './shadow-clone';
import { splitTitleTail } from './title-tail';

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
  return articleFrom(doc, () => flattenedCopy(doc, options.shadowRootOf ?? openShadowRoot), pageUrl, started);
}

/**
 * The same, from a page snapshot (page-snapshot.ts) taken by the content script: the extension page runs
 * this, so the page's main thread only copied the page. The copy is read for metadata before Readability
 * takes it apart.
 */
export function extractArticleFromSnapshot(snapshot: PageSnapshot, parse: ParseHtml = parseWithDomParser): ExtractedArticle {
  const started = performance.now();
  const copy = copyFromSnapshot(snapshot.html, parse);
  return articleFrom(copy.doc, () => copy, snapshot.url, started);
}

/** `page` is read (metadata, headings, title) before `copyOf()` is handed to Readability, which may be the same document. */
function articleFrom(page: Document, copyOf: () => FlattenedCopy, pageUrl: string, started: number): ExtractedArticle {
  const metadata = readPageMetadata(page, pageUrl);
  const headings = headingsOf(page);
  const pageTitle = page.title;
  const body = readArticleText(copyOf());
  const outlets = metadata.outlet && metadata.outlet.from !== 'host' ? [metadata.outlet.value] : [];
  const host = metadata.outlet?.from === 'host' ? metadata.outlet.value : hostOfUrl(pageUrl);
  const title = metadata.title ?? foundTitle(body.title, 'readability', outlets, host, headings) ?? foundTitle(pageTitle, 'html', outlets, host, headings);
  // Structured authors first; else Readability's byline, cleaned of "By", dates and roles.
  const bylineNames = authorNames(body.byline).filter((n) => n.toLowerCase() !== metadata.outlet?.value.toLowerCase());
  const authors = metadata.authors ?? (bylineNames.length > 0 ? { value: bylineNames, from: 'readability' } : undefined);
  const author = authors && authorLine(authors.value);

  const titles = new Set([title?.value, body.title, ...headings].filter((t): t is string => !!t));
  const text = withoutLeadMatter(body.text, titles, authors?.value ?? []).slice(0, ARTICLE_LIMITS.textChars);

  const article: ExtractedArticle = {
    url: metadata.url.value,
    text,
    paragraphs: text === '' ? 0 : text.split('\n\n').length,
    found: { url: metadata.url.from },
    looksLikeArticle: body.looksLikeArticle,
    shadowRoot: body.shadowRoot,
    ms: 0,
  };
  if (body.captions.length > 0) article.captions = body.captions;
  if (authors && author) {
    article.authors = authors.value;
    article.author = author;
    article.found.author = authors.from;
  }
  for (const [field, found] of [
    ['title', title],
    ['outlet', metadata.outlet],
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

/** A byline: short, no sentence in it, "By …" or the author's name. */
const BYLINE_MAX = 160;

/**
 * Readability keeps the page's `<h1>` when it sits inside the article's container (its text may differ from
 * the title the metadata gives, so every title the page states counts), and sometimes the byline under it ("By Mira Haddad · 4 November 2025"). Both are the metadata's fields, not the report:
 * leading paragraphs that repeat the headline or are a byline go, so the first passage is the story.
 */
function withoutLeadMatter(text: string, titles: ReadonlySet<string>, authors: readonly string[]): string {
  let rest = text;
  for (let i = 0; i < 3; i++) {
    const end = rest.indexOf('\n\n');
    const first = end === -1 ? rest : rest.slice(0, end);
    const byline =
      first.length <= BYLINE_MAX &&
      !/[.!?]["”»]?$/.test(first) &&
      (/^(?:By|От|بقلم)\s/u.test(first) || authors.some((a) => first.includes(a)));
    if (!titles.has(first) && !byline) break;
    rest = end === -1 ? '' : rest.slice(end).trimStart();
  }
  return rest === '' ? text : rest;
}

/** A title from Readability or `<title>`, without the site's tail. */
function foundTitle(raw: string | undefined, from: string, outlets: string[], host: string | undefined, headings: string[]) {
  const value = cleanLine(raw, ARTICLE_LIMITS.titleChars);
  return value === undefined ? undefined : { value: splitTitleTail(value, outlets, host, headings).title, from };
}

function hostOfUrl(url: string): string | undefined {
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}
