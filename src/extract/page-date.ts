import { isIsoDay } from '../model/user-article';
import { firstFound, type Found } from './clean-text';
import { articleNode, type JsonLd } from './json-ld';
import type { MetaTags } from './meta-tags';

/**
 * The day the article was published, YYYY-MM-DD, as the publisher wrote it. "2020-01-13T23:30:00-05:00"
 * is the 13th: the date part is taken as written, never shifted to UTC or to the reader's zone, because
 * the day a reader cites is the one printed on the page. Only a string that starts with a real ISO day
 * counts; anything else ("Jan 13", "yesterday") is left absent rather than guessed.
 */
export function isoDayOf(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const day = /^\s*(\d{4}-\d{2}-\d{2})(?![\d])/.exec(raw)?.[1];
  return day !== undefined && isIsoDay(day) ? day : undefined;
}

/** Meta keys in the order they are trusted: Open Graph article, then the older conventions. */
const META_DATE_KEYS: Array<[string, string]> = [
  ['meta', 'article:published_time'],
  ['og', 'og:published_time'],
  ['meta', 'date'],
  ['meta', 'pubdate'],
  ['meta', 'publishdate'],
  ['meta', 'dc.date.issued'],
  ['meta', 'parsely-pub-date'],
  ['meta', 'datepublished'],
];

export function findPublicationDate(doc: Document, ld: JsonLd, meta: MetaTags): Found | undefined {
  return firstFound([
    ['json-ld', () => isoDayOf(articleNode(ld)?.datePublished)],
    ...META_DATE_KEYS.map(([from, key]): [string, () => string | undefined] => [from, () => isoDayOf(meta.get(key))]),
    ['meta', () => isoDayOf(parselyPage(meta)?.pub_date)],
    ['time', () => timeElementDay(doc)],
  ]);
}

/** Parse.ly's tag holds a JSON object in its content (`<meta name="parsely-page" content='{"pub_date": ...}'>`). */
function parselyPage(meta: MetaTags): Record<string, unknown> | undefined {
  const raw = meta.get('parsely-page');
  if (raw === undefined || raw.length > 20_000) return undefined;
  try {
    const value: unknown = JSON.parse(raw);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A `<time datetime>` that says it is the publication (pubdate, itemprop), else one inside the article.
 * Failing those, a page-wide `<time>` counts only when every `<time>` on the page gives the same day: a
 * sidebar of other stories, or today's date in the header, must not become the article's date.
 */
function timeElementDay(doc: Document): string | undefined {
  const marked = doc.querySelector('time[pubdate][datetime], time[itemprop="datePublished"][datetime]');
  const inArticle = doc.querySelector('article time[datetime], [itemprop="articleBody"] time[datetime], main time[datetime]');
  for (const time of [marked, inArticle]) {
    const day = isoDayOf(time?.getAttribute('datetime'));
    if (day) return day;
  }
  const days = new Set(Array.from(doc.querySelectorAll('time[datetime]'), (t) => isoDayOf(t.getAttribute('datetime'))));
  const [only] = days;
  return days.size === 1 ? only : undefined;
}
