import { ARTICLE_LIMITS } from '../model/user-article';
import { cleanLine, firstFound, type Found } from './clean-text';
import { articleNode, namesOf, readJsonLd, type JsonLd } from './json-ld';
import { readMetaTags, type MetaTags } from './meta-tags';
import { findPublicationDate } from './page-date';
import { findCanonicalUrl } from './page-url';

/**
 * What the page says about its article, each field with where it came from. Sources are tried from the
 * most deliberate (JSON-LD, written for search engines) to the least (the host name); a field no source
 * gives stays absent, for the reader to fill in the preview.
 */
export interface PageMetadata {
  url: Found;
  title?: Found;
  outlet?: Found;
  author?: Found;
  date?: Found;
  language?: Found;
}

export function readPageMetadata(doc: Document, pageUrl: string): PageMetadata {
  const ld = readJsonLd(doc);
  const meta = readMetaTags(doc);
  const metadata: PageMetadata = { url: findCanonicalUrl(doc, pageUrl, ld, meta) };
  const language = findLanguage(doc, ld, meta);
  const fields: Array<[Exclude<keyof PageMetadata, 'url'>, Found | undefined]> = [
    ['title', findTitle(ld, meta)],
    ['outlet', findOutlet(ld, meta, pageUrl)],
    ['author', findAuthor(doc, ld, meta)],
    ['date', findPublicationDate(doc, ld, meta, pageUrl, language?.value)],
    ['language', language],
  ];
  for (const [field, found] of fields) if (found) metadata[field] = found;
  return metadata;
}

/** The headline as published. The document's `<title>` (with its " | Site" tail) is left to Readability, which trims it. */
function findTitle(ld: JsonLd, meta: MetaTags): Found | undefined {
  const article = articleNode(ld);
  const max = ARTICLE_LIMITS.titleChars;
  return firstFound([
    ['json-ld', () => cleanLine(article?.headline, max) ?? cleanLine(article?.name, max)],
    ['og', () => cleanLine(meta.get('og:title'), max)],
    ['meta', () => cleanLine(meta.get('twitter:title'), max)],
  ]);
}

function findOutlet(ld: JsonLd, meta: MetaTags, pageUrl: string): Found | undefined {
  const max = ARTICLE_LIMITS.outletChars;
  return firstFound([
    ['og', () => cleanLine(meta.get('og:site_name'), max)],
    ['json-ld', () => cleanLine(namesOf(ld, articleNode(ld)?.publisher)[0], max)],
    ['host', () => cleanLine(hostOf(pageUrl), max)],
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

function findAuthor(doc: Document, ld: JsonLd, meta: MetaTags): Found | undefined {
  const max = ARTICLE_LIMITS.authorChars;
  const name = (raw: string | null | undefined) => {
    const line = cleanLine(raw, max);
    return line !== undefined && !looksLikeUrl(line) ? line : undefined;
  };
  return firstFound([
    ['json-ld', () => {
      const names = namesOf(ld, articleNode(ld)?.author).map(name).filter((n): n is string => n !== undefined);
      return cleanLine([...new Set(names)].join(', '), max);
    }],
    ['meta', () => name(meta.get('author'))],
    ['meta', () => name(meta.get('article:author'))],
    ['html', () => name(doc.querySelector('a[rel~="author"]')?.textContent)],
  ]);
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
