import { isIsoDay } from '../../model/user-article';
import { articleNode, type JsonLd } from '../json-ld';
import type { MetaTags } from '../meta-tags';
import { printedDays } from './date-text';
import { isOutsideArticle } from './page-regions';

/**
 * A publication date the page states for machines: JSON-LD, `<meta>` (Open Graph, Parse.ly, Dublin Core,
 * sailthru, citation, ...), microdata, `<time>` in the article. Only the original publication: a
 * `dateModified` or `article:modified_time` is never taken for it.
 */
export interface StructuredDay {
  day: string;
  from: string;
}

/**
 * The day of a machine-written date. "2020-01-13T23:30:00-05:00" is the 13th: the date part is taken as
 * written, never shifted, because the day a reader cites is the one printed on the page. Other forms
 * publishers write ("2020/01/13", "20200113", "Mon, 13 Jan 2020 ...", "January 13, 2020") are read too.
 */
export function structuredDayOf(raw: unknown): StructuredDay | undefined {
  if (typeof raw !== 'string' && typeof raw !== 'number') return undefined;
  const text = String(raw).trim().slice(0, 100);
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?![\d])/.exec(text) ?? /^(\d{4})\/(\d{2})\/(\d{2})(?![\d])/.exec(text) ?? /^(\d{4})(\d{2})(\d{2})(?:$|[T\s])/.exec(text);
  if (iso) {
    const day = `${iso[1]}-${iso[2]}-${iso[3]}`;
    if (!isIsoDay(day)) return undefined;
    return { day, from: '' };
  }
  // A written date ("April 13, 2020", "Mon, 13 Apr 2020 16:38:00 GMT") in English, as machine fields use.
  const [first] = printedDays(text, 'en');
  return first && !first.updated ? { day: first.day, from: '' } : undefined;
}

/** Meta keys that name the article's publication, in the order they are trusted. */
const META_KEYS: Array<[string, string]> = [
  ['meta', 'article:published_time'],
  ['og', 'og:published_time'],
  ['og', 'og:article:published_time'],
  ['meta', 'article:published'],
  ['meta', 'parsely-pub-date'],
  ['meta', 'sailthru.date'],
  ['meta', 'dc.date.issued'],
  ['meta', 'dcterms.issued'],
  ['meta', 'dc.date.created'],
  ['meta', 'dcterms.created'],
  ['meta', 'citation_publication_date'],
  ['meta', 'citation_date'],
  ['meta', 'prism.publicationdate'],
  ['meta', 'datepublished'],
  ['meta', 'date_published'],
  ['meta', 'publish-date'],
  ['meta', 'publish_date'],
  ['meta', 'publishdate'],
  ['meta', 'published_date'],
  ['meta', 'published-date'],
  ['meta', 'publication_date'],
  ['meta', 'pubdate'],
  ['meta', 'pub_date'],
  ['meta', 'original-publish-date'],
  ['meta', 'article_date_original'],
  ['meta', 'article.published'],
  ['meta', 'cxenseparse:recs:publishtime'],
  ['meta', 'rnews:datepublished'],
  ['meta', 'bt:pubdate'],
  ['meta', 'datecreated'],
  ['meta', 'date_created'],
];

/**
 * Generic keys ("date", "DC.date"): CMSs fill them with the day the page was generated or last changed
 * as often as with the publication. Weaker than the article's own `<time>` and the date it prints.
 */
export const WEAK_META_KEYS = ['dc.date', 'dcterms.date', 'date', 'created', 'release_date', 'uploaddate'];

/** Parse.ly's tag holds a JSON object in its content (`<meta name="parsely-page" content='{"pub_date": ...}'>`). */
function parselyPubDate(meta: MetaTags): unknown {
  const raw = meta.get('parsely-page');
  if (raw === undefined || raw.length > 20_000) return undefined;
  try {
    const value: unknown = JSON.parse(raw);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>).pub_date : undefined;
  } catch {
    return undefined;
  }
}

/** An element's machine-readable date: `datetime`, `content`, `title` (an `<abbr>`), else its text. */
function elementDate(el: Element | null | undefined): unknown {
  if (!el) return undefined;
  return el.getAttribute('datetime') ?? el.getAttribute('content') ?? el.getAttribute('title') ?? el.textContent;
}

/** Microdata and hAtom marked in the page itself (`<meta itemprop>` is read with the other meta tags). */
function markedElements(doc: Document): Element[] {
  return Array.from(
    doc.querySelectorAll('[itemprop="datePublished"]:not(meta), [itemprop="dateCreated"]:not(meta), time[pubdate], abbr.published[title], .published[datetime], .published[title]'),
  ).filter((el) => !isOutsideArticle(el));
}

const ARTICLE_TIME = 'article time[datetime], [itemprop="articleBody"] time[datetime], main time[datetime]';

/** `<time datetime>` elements matching `selector`, except those in a card of another story, a sidebar, a footer. */
function articleTimes(doc: Document, selector: string): Element[] {
  return Array.from(doc.querySelectorAll(selector)).filter((el) => !isOutsideArticle(el));
}

export function findStructuredDate(doc: Document, ld: JsonLd, meta: MetaTags): StructuredDay | undefined {
  const article = articleNode(ld);
  const candidates: Array<[string, () => unknown]> = [
    ['json-ld', () => article?.datePublished],
    ['json-ld', () => article?.dateCreated],
    ['json-ld', () => ld.nodes.find((n) => n !== article && typeof n.datePublished === 'string')?.datePublished],
    ...META_KEYS.map(([from, key]): [string, () => unknown] => [from, () => meta.get(key)]),
    ['meta', () => parselyPubDate(meta)],
    // An attribute in a form no parser reads ("Sonntag, Dezember 16th, 2012") gives way to the element's text ("16.12.2012").
    ...markedElements(doc).flatMap((el): Array<[string, () => unknown]> => [['html', () => elementDate(el)], ['html', () => el.textContent]]),
  ];
  for (const [from, read] of candidates) {
    const found = structuredDayOf(read());
    if (found) return { ...found, from };
  }
  return undefined;
}

/**
 * The article's own `<time>` (in its container, not in a card of another story), else one day that every
 * `<time>` on the page agrees on: a masthead's "today" beside a sidebar's dates must not become the article's.
 */
export function findArticleTime(doc: Document): StructuredDay | undefined {
  const own = structuredDayOf(articleTimes(doc, ARTICLE_TIME)[0]?.getAttribute('datetime'));
  if (own) return { ...own, from: 'time' };
  const days = new Set(Array.from(doc.querySelectorAll('time[datetime]'), (t) => structuredDayOf(t.getAttribute('datetime'))?.day));
  const [only] = days;
  return days.size === 1 && only !== undefined ? { day: only, from: 'time' } : undefined;
}

export function findWeakMetaDate(meta: MetaTags): StructuredDay | undefined {
  for (const key of WEAK_META_KEYS) {
    const found = structuredDayOf(meta.get(key));
    if (found) return { ...found, from: 'meta' };
  }
  return undefined;
}
