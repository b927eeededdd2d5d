import { ARTICLE_LIMITS } from '../model/user-article';
import { cleanLine, firstFound, type Found } from './clean-text';
import { authorNames } from './authors';
import { articleNode, isArticleNode, namesOf, readJsonLd, type JsonLd } from './json-ld';
import { readMetaTags, type MetaTags } from './meta-tags';
import { findPublicationDate } from './page-date';
import { findCanonicalUrl } from './page-url';
import { resemblesPageTitle, splitTitleTail } from './title-tail';

/**
 * What the page says about its article, each field with where it came from. Sources are tried from the
 * most deliberate (JSON-LD, written for search engines) to the least (the host name); a field no source
 * gives stays absent, for the reader to fill in the preview.
 */
export interface PageMetadata {
  url: Found;
  title?: Found;
  outlet?: Found;
  /** The names, each once, in the order the page gives them. */
  authors?: { value: string[]; from: string };
  date?: Found;
  language?: Found;
}

export function readPageMetadata(doc: Document, pageUrl: string): PageMetadata {
  const ld = readJsonLd(doc);
  const meta = readMetaTags(doc);
  const metadata: PageMetadata = { url: findCanonicalUrl(doc, pageUrl, ld, meta) };
  const language = findLanguage(doc, ld, meta);
  const host = hostOf(pageUrl);
  const namedOutlet = findNamedOutlet(ld, meta);
  const { title, site } = findTitle(doc, ld, meta, namedOutlet ? [namedOutlet.value] : [], host);
  const fields: Array<[Exclude<keyof PageMetadata, 'url' | 'authors'>, Found | undefined]> = [
    ['title', title],
    ['outlet', namedOutlet ?? firstFound([['title', () => cleanLine(site, ARTICLE_LIMITS.outletChars)], ['host', () => cleanLine(host, ARTICLE_LIMITS.outletChars)]])],
    ['date', findPublicationDate(doc, ld, meta, pageUrl, language?.value)],
    ['language', language],
  ];
  for (const [field, found] of fields) if (found) metadata[field] = found;
  const authors = findAuthors(doc, ld, meta, metadata.outlet?.value);
  if (authors) metadata.authors = authors;
  return metadata;
}

/** The page's own headings: the text of its `<h1>` elements, spaces collapsed. */
export function headingsOf(doc: Document): string[] {
  return Array.from(doc.querySelectorAll('h1'), (h) => (h.textContent ?? '').replace(/\s+/g, ' ').trim()).filter((t) => t !== '').slice(0, 5);
}

/**
 * The headline as published, without the site's tail (title-tail.ts), and the site's name that tail gave,
 * if any (also from og:title or `<title>` when the headline had none). A JSON-LD headline or name that
 * does not resemble the page's own titles is the kind of page ("Wikimedia list article"), never taken.
 * When no structured title is given, Readability's and the document's are tried (extract-article.ts).
 */
function findTitle(doc: Document, ld: JsonLd, meta: MetaTags, outlets: string[], host: string | undefined): { title?: Found; site?: string } {
  const article = articleNode(ld);
  const max = ARTICLE_LIMITS.titleChars;
  const headings = headingsOf(doc);
  const pageTitles = [...headings, doc.title, meta.get('og:title')].filter((t): t is string => !!t && t.trim() !== '');
  const described = (raw: unknown) => {
    const line = cleanLine(raw, max);
    return line !== undefined && resemblesPageTitle(line, pageTitles) ? line : undefined;
  };
  const found = firstFound([
    ['json-ld', () => described(article?.headline) ?? (article && isArticleNode(article) ? described(article.name) : undefined)],
    ['og', () => cleanLine(meta.get('og:title'), max)],
    ['meta', () => cleanLine(meta.get('twitter:title'), max)],
  ]);
  let site: string | undefined;
  for (const raw of [found?.value, meta.get('og:title'), doc.title]) {
    const line = cleanLine(raw, max);
    if (line !== undefined) site ??= splitTitleTail(line, outlets, host, headings).site;
  }
  if (!found) return site === undefined ? {} : { site };
  const title = { value: splitTitleTail(found.value, outlets, host, headings).title, from: found.from };
  return site === undefined ? { title } : { title, site };
}

/** The outlet as the page names it: og:site_name, else the JSON-LD publisher. */
function findNamedOutlet(ld: JsonLd, meta: MetaTags): Found | undefined {
  const max = ARTICLE_LIMITS.outletChars;
  return firstFound([
    ['og', () => cleanLine(meta.get('og:site_name'), max)],
    ['json-ld', () => cleanLine(namesOf(ld, articleNode(ld)?.publisher)[0], max)],
  ]);
}

function hostOf(pageUrl: string): string | undefined {
  try {
    const { protocol, hostname } = new URL(pageUrl);
    return protocol === 'http:' || protocol === 'https:' ? hostname.replace(/^www\./, '') : undefined;
  } catch {
    return undefined;
  }
}

// article:author and some JSON-LD authors are profile links, not names.
const looksLikeUrl = (s: string) => /^(?:https?:)?\/\//i.test(s) || /^www\./i.test(s);

/**
 * The authors from the page's structured data (JSON-LD, meta, rel=author), cleaned of "By", roles and
 * profile links (authors.ts). The outlet is no author: "Mira Haddad | Harbour Watch" gives one name.
 */
export function findAuthors(doc: Document, ld: JsonLd, meta: MetaTags, outlet?: string): { value: string[]; from: string } | undefined {
  const names = (raws: Array<string | null | undefined>, kind: 'field' | 'byline' = 'field') =>
    raws.filter((raw) => raw && !looksLikeUrl(raw.trim())).flatMap((raw) => authorNames(raw, kind)).filter((n) => n.toLowerCase() !== outlet?.toLowerCase());
  const sources: Array<[string, () => string[]]> = [
    ['json-ld', () => names(namesOf(ld, articleNode(ld)?.author))],
    ['meta', () => names([meta.get('author')])],
    ['meta', () => names([meta.get('article:author')])],
    ['meta', () => names([meta.get('parsely-author'), meta.get('sailthru.author'), meta.get('dc.creator'), meta.get('citation_author')])],
    ['html', () => names([doc.querySelector('a[rel~="author"]')?.textContent], 'byline')],
  ];
  for (const [from, read] of sources) {
    const value = [...new Set(read())];
    if (value.length > 0) return { value, from };
  }
  return undefined;
}

// BCP 47 as the article schema accepts it: "en", "ar", "ru-RU".
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

function languageTag(raw: unknown): string | undefined {
  // og:locale is written with an underscore ("ru_RU"); content-language may list several ("en, fr").
  const tag = typeof raw === 'string' ? raw.split(',')[0]?.trim().replace(/_/g, '-') : undefined;
  return tag !== undefined && tag.length <= 35 && LANGUAGE_TAG.test(tag) ? tag : undefined;
}

function findLanguage(doc: Document, ld: JsonLd, meta: MetaTags): Found | undefined {
  const inLanguage = articleNode(ld)?.inLanguage;
  return firstFound([
    ['html', () => languageTag(doc.documentElement?.getAttribute('lang') ?? doc.documentElement?.getAttribute('xml:lang'))],
    ['json-ld', () => languageTag(inLanguage)],
    ['og', () => languageTag(meta.get('og:locale'))],
    ['meta', () => languageTag(meta.get('http-equiv:content-language') ?? meta.get('language'))],
  ]);
}
