import { structuredDayOf, type StructuredDay } from './structured-date';

/**
 * A publication date a page keeps only in its own scripts: the state a JavaScript app renders from
 * (`{"publishedDate":"2016-11-04T20:37:27Z"}`, `"published_at":"2019-03-02T06:22:28+01:00"`). Read as
 * text, never run. Only keys that name the first publication, with an ISO value, and only when every
 * such key in the page's scripts names the same day: a page of many stories' states names many days.
 * Its source is told as the page's markup ('html'), which it is: the interface has words for that.
 */
const PUBLISHED_KEY = /["']?\b(?:datePublished|publishedDate|published_at|publishedAt|publishDate|publish_date|firstPublishDate|firstPublishedDate|pubDate|pub_date)["']?\s*:\s*["'](\d{4}-\d{2}-\d{2}[^"']{0,30})["']/g;
/** Bounds for a hostile page: scripts looked at, characters read. */
const MAX_SCRIPTS = 200;
const MAX_CHARS = 2_000_000;

export function findScriptDate(doc: Document): StructuredDay | undefined {
  const days = new Set<string>();
  let read = 0;
  for (const script of Array.from(doc.querySelectorAll('script')).slice(0, MAX_SCRIPTS)) {
    const type = script.getAttribute('type') ?? '';
    // JSON-LD is read as JSON elsewhere (json-ld.ts); a script from an address has no text here.
    if (type === 'application/ld+json' || script.hasAttribute('src')) continue;
    const text = (script.textContent ?? '').slice(0, MAX_CHARS - read);
    read += text.length;
    for (const m of text.matchAll(PUBLISHED_KEY)) {
      const day = structuredDayOf(m[1])?.day;
      if (day) days.add(day);
      if (days.size > 1) return undefined;
    }
    if (read >= MAX_CHARS) break;
  }
  const [only] = days;
  return only === undefined ? undefined : { day: only, from: 'html' };
}
